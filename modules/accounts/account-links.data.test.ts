import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { findUsableAccountToken } from "./queries/account-tokens";
import { tables } from "@/db/executor";
import { getUserByEmail, getUserById } from "./queries/users";
import { makeUser, unique } from "@/test/factories";
import { runLinkAction } from "@/lib/action/link";
import { runAction } from "./run-action";
import { LINK_UNUSABLE as LINK_UNUSABLE_MESSAGE, inviteUserSpec, resetLinkSpec, setPasswordSpec } from "./account-links";
import { localize } from "@/lib/i18n/bilingual";
import { verifyPassword } from "./passwords";

const LINK_UNUSABLE = localize(LINK_UNUSABLE_MESSAGE, "de");
const GOOD = "Drei Espresso vor der Frühschicht";
const tokenOf = (url: string) => url.split("/").pop()!;

async function invite(admin: Awaited<ReturnType<typeof makeUser>>) {
  const email = `${unique("neu")}@sonnenthal.example`;
  const result = await runAction(inviteUserSpec, { name: "Neue Kollegin", email: email.toUpperCase(), role: "editor" }, admin);
  if (!result.ok) throw new Error(result.error);
  // No SMTP server is set up here: the link is only shown.
  expect(result.data.mailed).toBeNull();
  return { email, token: tokenOf(result.data.url) };
}

describe(`invitations and password links (${database().dialect})`, () => {
  it("an invitation creates an account without a password that its link activates once", async () => {
    const admin = await makeUser("admin");
    const { email, token } = await invite(admin);
    const invited = (await getUserByEmail(email))!;
    expect(invited).toMatchObject({ role: "editor", passwordHash: null });

    expect(await runLinkAction(setPasswordSpec, { token, password: GOOD, repeat: GOOD })).toEqual({ ok: true, data: { email } });
    const after = (await getUserById(invited.id))!;
    expect(await verifyPassword(after.passwordHash!, GOOD)).toBe(true);
    expect(after.tokenVersion).toBe(invited.tokenVersion + 1);

    // Used once: the second attempt changes nothing.
    expect(await runLinkAction(setPasswordSpec, { token, password: `${GOOD}!`, repeat: `${GOOD}!` })).toMatchObject({
      ok: false,
      code: "not_found",
      error: LINK_UNUSABLE,
    });
    expect(await verifyPassword((await getUserById(invited.id))!.passwordHash!, GOOD)).toBe(true);

    const { auditLog } = tables();
    const actions = (await database().db.select().from(auditLog).where(eq(auditLog.entityId, invited.id)).orderBy(desc(auditLog.createdAt))).map(
      (row) => row.action,
    );
    expect(actions).toEqual(["user.invite_accepted", "user.invite"]);
  });

  it("refuses a duplicate email at its field, and non-admins entirely", async () => {
    const admin = await makeUser("admin");
    const { email } = await invite(admin);
    const duplicate = await runAction(inviteUserSpec, { name: "Doppelt", email, role: "editor" }, admin);
    expect(duplicate).toMatchObject({ ok: false, code: "validation", fieldErrors: { email: [expect.any(String)] } });
    for (const caller of [await makeUser("editor"), await makeUser("reviewer")]) {
      expect(await runAction(inviteUserSpec, { name: "X", email: `${unique("x")}@sonnenthal.example`, role: "admin" }, caller)).toMatchObject({
        ok: false,
        code: "forbidden",
      });
      expect(await runAction(resetLinkSpec, { userId: admin.id }, caller)).toMatchObject({ ok: false, code: "forbidden" });
    }
  });

  it("weak passwords and mismatches are refused at their field and keep the link usable", async () => {
    const admin = await makeUser("admin");
    const { email, token } = await invite(admin);
    const cases: [string, string, string][] = [
      ["kurz", "kurz", "password"],
      [email, email, "password"],
      ["qwertyuiop123", "qwertyuiop123", "password"],
      [GOOD, `${GOOD}?`, "repeat"],
    ];
    for (const [password, repeat, field] of cases) {
      const result = await runLinkAction(setPasswordSpec, { token, password, repeat });
      expect(result, password).toMatchObject({ ok: false, code: "validation" });
      expect(!result.ok && Object.keys(result.fieldErrors ?? {})).toEqual([field]);
    }
    expect(await findUsableAccountToken(token)).not.toBeNull();
  });

  it("a new link replaces the old one; expired links and disabled users are refused", async () => {
    const admin = await makeUser("admin");
    const user = await makeUser("editor");
    const first = await runAction(resetLinkSpec, { userId: user.id }, admin);
    const second = await runAction(resetLinkSpec, { userId: user.id }, admin);
    if (!first.ok || !second.ok) throw new Error("links not issued");
    expect(await findUsableAccountToken(tokenOf(first.data.url))).toBeNull();
    expect(await findUsableAccountToken(tokenOf(second.data.url))).not.toBeNull();
    expect(await findUsableAccountToken(tokenOf(second.data.url), new Date(Date.now() + 73 * 3600_000))).toBeNull();

    const { users } = tables();
    await database().db.update(users).set({ disabled: true }).where(eq(users.id, user.id));
    expect(await runLinkAction(setPasswordSpec, { token: tokenOf(second.data.url), password: GOOD, repeat: GOOD })).toMatchObject({
      ok: false,
      code: "not_found",
      error: LINK_UNUSABLE,
    });
  });

  it("rejects malformed tokens before any lookup", async () => {
    const result = await runLinkAction(setPasswordSpec, { token: "'; drop table users; --", password: GOOD, repeat: GOOD });
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { token: [LINK_UNUSABLE] } });
  });
});
