import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { tables } from "@/db/executor";
import { getUserById, updateUser } from "./queries/users";
import { makeUser } from "@/test/factories";
import { localize } from "@/lib/i18n/bilingual";
import { runAction } from "./run-action";
import { LAST_ADMIN, changeRoleSpec, setDisabledSpec } from "./user-specs";

/** Makes `admin` the only enabled admin of this database for the duration of a test. */
async function soleAdmin() {
  const { users } = tables();
  await database().db.update(users).set({ disabled: true }).where(eq(users.role, "admin"));
  const admin = await makeUser("admin");
  return admin;
}

describe(`user administration (${database().dialect})`, () => {
  it("an admin changes roles; the change is audited and ends the user's sessions", async () => {
    const admin = await makeUser("admin");
    const editor = await makeUser("editor");
    expect(await runAction(changeRoleSpec, { userId: editor.id, role: "reviewer" }, admin)).toEqual({ ok: true, data: { role: "reviewer" } });
    const after = await getUserById(editor.id);
    expect(after).toMatchObject({ role: "reviewer", tokenVersion: editor.tokenVersion + 1 });
    const { auditLog } = tables();
    const [entry] = await database().db.select().from(auditLog).where(eq(auditLog.entityId, editor.id)).orderBy(desc(auditLog.createdAt));
    expect(entry).toMatchObject({ action: "user.role_change", actorUserId: admin.id, details: { from: "editor", to: "reviewer" } });
  });

  it("editors and reviewers cannot manage users, even calling the action directly", async () => {
    const target = await makeUser("editor");
    for (const caller of [await makeUser("editor"), await makeUser("reviewer")]) {
      expect(await runAction(changeRoleSpec, { userId: target.id, role: "admin" }, caller)).toMatchObject({ ok: false, code: "forbidden" });
      expect(await runAction(setDisabledSpec, { userId: target.id, disabled: true }, caller)).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect(await getUserById(target.id)).toMatchObject({ role: "editor", disabled: false });
  });

  it("the last enabled admin can be neither demoted nor disabled", async () => {
    const admin = await soleAdmin();
    const demote = await runAction(changeRoleSpec, { userId: admin.id, role: "editor" }, admin);
    const disable = await runAction(setDisabledSpec, { userId: admin.id, disabled: true }, admin);
    for (const result of [demote, disable]) {
      expect(result).toMatchObject({ ok: false, code: "conflict", error: localize(LAST_ADMIN, "de") });
    }
    expect(await getUserById(admin.id)).toMatchObject({ role: "admin", disabled: false });

    // With a second admin, the first may step down.
    const second = await makeUser("admin");
    expect((await runAction(changeRoleSpec, { userId: admin.id, role: "editor" }, second)).ok).toBe(true);
    await updateUser(second.id, { disabled: true });
  });

  it("disabling and re-enabling", async () => {
    const admin = await makeUser("admin");
    const reviewer = await makeUser("reviewer");
    expect(await runAction(setDisabledSpec, { userId: reviewer.id, disabled: true }, admin)).toEqual({ ok: true, data: { disabled: true } });
    expect((await getUserById(reviewer.id))?.disabled).toBe(true);
    expect(await runAction(setDisabledSpec, { userId: reviewer.id, disabled: false }, admin)).toEqual({ ok: true, data: { disabled: false } });
    expect(await runAction(changeRoleSpec, { userId: "gibt-es-nicht", role: "admin" }, admin)).toMatchObject({ ok: false, code: "not_found" });
  });
});
