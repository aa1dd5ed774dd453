import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { z } from "zod";
import { database } from "@/db/client";
import { tables } from "@/db/queries/executor";
import { makeUser, unique } from "@/test/factories";
import { MESSAGES, runAction } from "./action";

const spec = {
  name: "test.createDepartment",
  input: z.object({ slug: z.string().regex(/^[a-z-]+$/, "Nur Kleinbuchstaben und Bindestriche"), fail: z.boolean().default(false) }),
  permission: "taxonomy.manage" as const,
  run: async ({ slug, fail }: { slug: string; fail: boolean }, { tx }: { tx: import("@/db/queries/executor").Executor }) => {
    await tx.insert(tables().departments).values({ slug, name: { de: slug } });
    if (fail) throw new Error("secret connection string postgres://user:pw@db");
    return { slug };
  },
};

const exists = async (slug: string) =>
  (await database().db.select().from(tables().departments).where(eq(tables().departments.slug, slug))).length > 0;

describe(`server action wrapper (${database().dialect})`, () => {
  it("runs allowed, valid input in a transaction", async () => {
    const slug = unique("bereich").replace(/[0-9]/g, "x");
    expect(await runAction(spec, { slug }, await makeUser("editor"))).toEqual({ ok: true, data: { slug } });
    expect(await exists(slug)).toBe(true);
  });

  it("refuses anonymous and unauthorized callers before touching anything", async () => {
    const slug = unique("nie").replace(/[0-9]/g, "x");
    expect(await runAction(spec, { slug }, null)).toEqual({ ok: false, error: MESSAGES.signedOut.de });
    expect(await runAction(spec, { slug }, await makeUser("reviewer"))).toEqual({ ok: false, error: MESSAGES.forbidden.de });
    expect(await exists(slug)).toBe(false);
  });

  it("returns field errors for invalid input", async () => {
    const result = await runAction(spec, { slug: "Mit Leerzeichen" }, await makeUser("admin"));
    expect(result).toEqual({ ok: false, error: MESSAGES.invalid.de, fieldErrors: { slug: ["Nur Kleinbuchstaben und Bindestriche"] } });
  });

  it("rolls back a failed action and never returns the error's text", async () => {
    const log = vi.spyOn(console, "error").mockImplementation(() => undefined);
    const slug = unique("halb").replace(/[0-9]/g, "x");
    const result = await runAction(spec, { slug, fail: true }, await makeUser("admin"));
    expect(result.ok).toBe(false);
    expect(JSON.stringify(result)).not.toContain("postgres://");
    expect(result).toMatchObject({ error: expect.stringMatching(/^Das hat nicht geklappt\. Bitte versuch es noch einmal\. \(Referenz [0-9a-f]{8}\)$/) });
    expect(await exists(slug)).toBe(false);
    expect(log).toHaveBeenCalled();
    log.mockRestore();
  });
});
