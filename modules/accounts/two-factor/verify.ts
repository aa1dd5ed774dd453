import "server-only";
import { claimTotpStep, consumeRecoveryCode } from "../queries/two-factor";
import type { User } from "../queries/users";
import type { Executor } from "@/db/executor";
import { hashRecoveryCode, isRecoveryCodeShape } from "./recovery-codes";
import { open } from "./secret-box";
import { authSecret } from "@/lib/secret";
import { totpStep } from "./totp";

/**
 * Checks a second factor: a six-digit code from the user's app (each works once) or one of
 * their recovery codes (used up). `requireEnabled: false` checks against a secret still
 * being enrolled.
 */
export async function verifySecondFactor(
  user: Pick<User, "id" | "totpSecret" | "totpEnabledAt">,
  code: string,
  now: Date,
  { requireEnabled = true, exec }: { requireEnabled?: boolean; exec?: Executor } = {},
): Promise<"totp" | "recovery" | null> {
  if (!user.totpSecret || (requireEnabled && !user.totpEnabledAt)) return null;
  if (requireEnabled && isRecoveryCodeShape(code)) {
    return (await consumeRecoveryCode(user.id, hashRecoveryCode(code), now, exec)) ? "recovery" : null;
  }
  const secret = open(user.totpSecret, authSecret());
  const step = secret ? totpStep(secret, code, now.getTime()) : null;
  return step !== null && (await claimTotpStep(user.id, step, exec)) ? "totp" : null;
}
