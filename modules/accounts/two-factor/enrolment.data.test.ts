import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { countUnusedRecoveryCodes } from "../queries/two-factor";
import { getUserById } from "../queries/users";
import { makeUser } from "@/test/factories";
import { type ActionResult } from "@/lib/action";
import { runAction } from "../run-action";
import { localize } from "@/lib/i18n/bilingual";
import { adminResetSpec, CODE_WRONG, confirmEnrolmentSpec, disableOwnSpec, renewRecoveryCodesSpec, startEnrolmentSpec } from "./enrolment";
import { totpCode } from "./totp";
import { verifySecondFactor } from "./verify";

function data<T>(result: ActionResult<T>): T {
  if (!result.ok) throw new Error(`${result.error} ${JSON.stringify(result.fieldErrors)}`);
  return result.data;
}

async function enrolled() {
  const user = await makeUser("editor");
  const started = data(await runAction(startEnrolmentSpec, {}, user));
  const secret = started.secret.replace(/ /g, "");
  const { recoveryCodes } = data(await runAction(confirmEnrolmentSpec, { code: totpCode(secret, Date.now()) }, (await getUserById(user.id))!));
  return { user: (await getUserById(user.id))!, secret, recoveryCodes };
}

describe(`two-factor enrolment (${database().dialect})`, () => {
  it("enrols only with a right code, and then hands out ten recovery codes once", async () => {
    const user = await makeUser("reviewer");
    const started = data(await runAction(startEnrolmentSpec, {}, user));
    expect(started.qrCode).toMatch(/^data:image\/png;base64,/);
    const pending = (await getUserById(user.id))!;
    expect(pending.totpEnabledAt).toBeNull();
    // The stored secret is sealed, never the plain key the app shows.
    expect(pending.totpSecret).not.toContain(started.secret.replace(/ /g, ""));

    expect(await runAction(confirmEnrolmentSpec, { code: "000000" }, pending)).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { code: [localize(CODE_WRONG, "de")] },
    });
    expect((await getUserById(user.id))!.totpEnabledAt).toBeNull();

    const { recoveryCodes } = data(await runAction(confirmEnrolmentSpec, { code: totpCode(started.secret.replace(/ /g, ""), Date.now()) }, pending));
    expect(recoveryCodes).toHaveLength(10);
    expect((await getUserById(user.id))!.totpEnabledAt).not.toBeNull();
    expect(await countUnusedRecoveryCodes(user.id)).toBe(10);
  });

  it("takes each app code once and each recovery code once", async () => {
    const { user, secret, recoveryCodes } = await enrolled();
    const now = new Date();
    // The enrolment used the current step: the same code is refused, the next one works.
    expect(await verifySecondFactor(user, totpCode(secret, now.getTime()), now)).toBeNull();
    expect(await verifySecondFactor(user, totpCode(secret, now.getTime() + 30_000), now)).toBe("totp");
    expect(await verifySecondFactor(user, recoveryCodes[3]!.toUpperCase(), now)).toBe("recovery");
    expect(await verifySecondFactor(user, recoveryCodes[3]!, now)).toBeNull();
    expect(await countUnusedRecoveryCodes(user.id)).toBe(9);
    // Someone else's recovery code is no code at all.
    const other = await enrolled();
    expect(await verifySecondFactor(user, other.recoveryCodes[0]!, now)).toBeNull();
  });

  it("renews recovery codes and turns off only with a valid code", async () => {
    const { user, recoveryCodes } = await enrolled();
    const renewed = data(await runAction(renewRecoveryCodesSpec, { code: recoveryCodes[0]! }, user));
    expect(renewed.recoveryCodes).toHaveLength(10);
    expect(await verifySecondFactor(user, recoveryCodes[1]!, new Date())).toBeNull();

    expect(await runAction(disableOwnSpec, { code: "123456" }, user)).toMatchObject({
      ok: false,
      code: "validation",
      fieldErrors: { code: [localize(CODE_WRONG, "de")] },
    });
    data(await runAction(disableOwnSpec, { code: renewed.recoveryCodes[0]! }, user));
    expect(await getUserById(user.id)).toMatchObject({ totpSecret: null, totpEnabledAt: null });
    expect(await countUnusedRecoveryCodes(user.id)).toBe(0);
  });

  it("an admin resets someone's two-factor sign-in and signs them out; others may not", async () => {
    const { user } = await enrolled();
    const editor = await makeUser("editor");
    expect(await runAction(adminResetSpec, { userId: user.id }, editor)).toMatchObject({ ok: false, code: "forbidden" });
    data(await runAction(adminResetSpec, { userId: user.id }, await makeUser("admin")));
    const after = (await getUserById(user.id))!;
    expect(after).toMatchObject({ totpSecret: null, totpEnabledAt: null, tokenVersion: user.tokenVersion + 1 });
  });
});
