import { afterAll, describe, expect, it, vi } from "vitest";

// A PostgreSQL address where nothing listens: the route must answer 503, not throw.
process.env.DATABASE_URL = "postgres://einblick:geheim@127.0.0.1:1/einblick";
process.env.NEXTAUTH_SECRET = "x".repeat(32);
const { GET } = await import("./route");
const { closeDatabase } = await import("@/db/client");

afterAll(() => closeDatabase());

describe("GET /api/health", () => {
  it("answers 503 without details when the database is unreachable", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const response = await GET();
    expect(response.status).toBe(503);
    expect(response.headers.get("cache-control")).toBe("no-store");
    const body = await response.json();
    expect(body).toEqual({ status: "unavailable", database: { dialect: "postgres", error: "database unreachable" } });
    expect(JSON.stringify(body)).not.toContain("geheim");
    expect(log).toHaveBeenCalled();
  });
});
