import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { database } from "@/db/client";
import { tables } from "@/db/executor";
import { MESSAGES, REFERENCE } from "@/lib/action";
import { makeUser, unique } from "@/test/factories";
import { runAction } from "./run-action";

const SLUG_RULE = "Nur Kleinbuchstaben und Bindestriche";

const spec = {
  name: "test.createDepartment",
  input: z.object({ slug: z.string().regex(/^[a-z-]+$/, SLUG_RULE), fail: z.boolean().default(false) }),
  permission: "taxonomy.manage" as const,
  run: async ({ slug, fail }: { slug: string; fail: boolean }, { tx }: { tx: import("@/db/executor").Executor }) => {
    await tx.insert(tables().departments).values({ slug, name: { de: slug } });
    if (fail) throw new Error("secret connection string postgres://user:pw@db");
    return { slug };
  },
};

const exists = async (slug: string) => (await database().db.select().from(tables().departments).where(eq(tables().departments.slug, slug))).length > 0;

describe(`server action wrapper (${database().dialect})`, () => {
  it("runs allowed, valid input in a transaction", async () => {
    const slug = unique("bereich").replace(/[0-9]/g, "x");
    expect(await runAction(spec, { slug }, await makeUser("editor"))).toEqual({ ok: true, data: { slug } });
    expect(await exists(slug)).toBe(true);
  });

  it("refuses anonymous and unauthorized callers before touching anything", async () => {
    const slug = unique("nie").replace(/[0-9]/g, "x");
    expect(await runAction(spec, { slug }, null)).toMatchObject({ ok: false, code: "signed_out" });
    expect(await runAction(spec, { slug }, await makeUser("reviewer"))).toMatchObject({ ok: false, code: "forbidden" });
    expect(await exists(slug)).toBe(false);
  });

  it("returns field errors for invalid input", async () => {
    const result = await runAction(spec, { slug: "Mit Leerzeichen" }, await makeUser("admin"));
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { slug: [SLUG_RULE] } });
  });

  it("rolls back a failed action and never returns the error's text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const slug = unique("halb").replace(/[0-9]/g, "x");
    const result = await runAction(spec, { slug, fail: true }, await makeUser("admin"));
    expect(result).toMatchObject({ ok: false, code: "failed" });
    expect(JSON.stringify(result)).not.toContain("postgres://");
    // The standard sentence and a reference of eight hex digits to find the server's log entry.
    const error = result.ok ? "" : result.error;
    expect(error.replace(/ [0-9a-f]{8}\)$/, " xxxxxxxx)")).toBe(`${MESSAGES.failed.de} (${REFERENCE.de} xxxxxxxx)`);
    expect(await exists(slug)).toBe(false);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
