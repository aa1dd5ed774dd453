/**
 * Two-factor sign-in for one's own account: enrol with an authenticator app (QR code and
 * a first code), get recovery codes once, renew them, turn it off; and an admin's reset for
 * someone who lost both phone and codes.
 */
import "server-only";
import { readAccountSettings } from "../queries/account-settings";
import QRCode from "qrcode";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { clearTwoFactor, enableTotp, replaceRecoveryCodes, setPendingTotpSecret } from "../queries/two-factor";
import { bumpTokenVersion, getUserById } from "../queries/users";
import { actionSpec } from "@/lib/action";
import { USER_GONE, UserFacingError, notFound } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";
import { hashRecoveryCode, newRecoveryCodes } from "./recovery-codes";
import { seal } from "./secret-box";
import { authSecret } from "@/lib/secret";
import { newTotpSecret, totpUri } from "./totp";
import { verifySecondFactor } from "./verify";

export const CODE_WRONG = msg("Der Code stimmt nicht. Nimm den aktuellen Code aus deiner App.", "That code is not right. Use the current code from your app.");
/** The code the confirm, renew and disable forms send; the account page reads its limits from here. */
export const twoFactorCodeInput = z.object({
  code: z.string().trim().min(1, msg("Bitte den Code aus deiner App eingeben.", "Please enter the code from your app.")).max(40),
});

async function issueRecoveryCodes(userId: string, tx: Parameters<typeof replaceRecoveryCodes>[2]): Promise<string[]> {
  const codes = newRecoveryCodes();
  await replaceRecoveryCodes(userId, codes.map(hashRecoveryCode), tx);
  return codes;
}

export const startEnrolmentSpec = actionSpec({
  name: "twoFactor.start",
  input: z.object({}),
  permission: "account.manage_own",
  run: async (_input, { user, tx }) => {
    if (user.totpEnabledAt) throw new UserFacingError(msg("Die Zwei-Faktor-Anmeldung ist schon eingerichtet.", "Two-factor sign-in is already set up."));
    const secret = newTotpSecret();
    await setPendingTotpSecret(user.id, seal(secret, authSecret()), tx);
    const uri = totpUri(secret, user.email, `${(await readAccountSettings(tx)).companyName} Studio`);
    const qrCode = await QRCode.toDataURL(uri, { errorCorrectionLevel: "M", margin: 2, width: 240 });
    // The secret in groups of four, for typing into an app by hand.
    return { qrCode, secret: secret.match(/.{1,4}/g)!.join(" ") };
  },
});

export const confirmEnrolmentSpec = actionSpec({
  name: "twoFactor.confirm",
  input: twoFactorCodeInput,
  permission: "account.manage_own",
  run: async ({ code }, { user, tx }) => {
    const fresh = await getUserById(user.id, tx);
    if (!fresh?.totpSecret || fresh.totpEnabledAt) throw new UserFacingError(msg("Bitte starte die Einrichtung neu.", "Please start the setup again."));
    if (!(await verifySecondFactor(fresh, code, new Date(), { requireEnabled: false, exec: tx }))) throw new UserFacingError(CODE_WRONG, "code");
    await enableTotp(user.id, new Date(), tx);
    const codes = await issueRecoveryCodes(user.id, tx);
    await audit({ actorUserId: user.id, action: "two_factor.enabled", entityType: "user", entityId: user.id, details: {} }, tx);
    return { recoveryCodes: codes };
  },
});

export const renewRecoveryCodesSpec = actionSpec({
  name: "twoFactor.renewCodes",
  input: twoFactorCodeInput,
  permission: "account.manage_own",
  run: async ({ code }, { user, tx }) => {
    if (!(await verifySecondFactor(user, code, new Date(), { exec: tx }))) throw new UserFacingError(CODE_WRONG, "code");
    const codes = await issueRecoveryCodes(user.id, tx);
    await audit({ actorUserId: user.id, action: "two_factor.codes_renewed", entityType: "user", entityId: user.id, details: {} }, tx);
    return { recoveryCodes: codes };
  },
});

export const disableOwnSpec = actionSpec({
  name: "twoFactor.disable",
  input: twoFactorCodeInput,
  permission: "account.manage_own",
  run: async ({ code }, { user, tx }) => {
    if ((await readAccountSettings(tx)).requireTwoFactor) {
      throw new UserFacingError(
        msg(
          "Die Administration verlangt die Zwei-Faktor-Anmeldung für alle; abschalten geht daher nicht.",
          "Your administrators require two-factor sign-in for everyone, so it cannot be turned off.",
        ),
      );
    }
    if (!(await verifySecondFactor(user, code, new Date(), { exec: tx }))) throw new UserFacingError(CODE_WRONG, "code");
    await clearTwoFactor(user.id, tx);
    await audit({ actorUserId: user.id, action: "two_factor.disabled", entityType: "user", entityId: user.id, details: {} }, tx);
    return null;
  },
});

export const adminResetSpec = actionSpec({
  name: "twoFactor.adminReset",
  input: z.object({ userId: z.string().min(1) }),
  permission: "users.manage",
  run: async ({ userId }, { user, tx }) => {
    const target = await getUserById(userId, tx);
    if (!target) throw notFound(USER_GONE);
    if (!target.totpSecret)
      throw new UserFacingError(msg(`${target.name} hat keine Zwei-Faktor-Anmeldung eingerichtet.`, `${target.name} has not set up two-factor sign-in.`));
    await clearTwoFactor(userId, tx);
    // Whoever held the lost phone is signed out; the person enrols again at the next sign-in.
    await bumpTokenVersion(userId, tx);
    await audit({ actorUserId: user.id, action: "two_factor.reset", entityType: "user", entityId: userId, details: {} }, tx);
    return null;
  },
});
