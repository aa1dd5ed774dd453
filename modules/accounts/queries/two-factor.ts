import "server-only";
import { and, count, eq, isNull, lt, or } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

/** Stores a new (sealed) secret that is not yet confirmed; sign-in keeps working without a code. */
export async function setPendingTotpSecret(userId: string, sealedSecret: string, exec: Executor = defaultExecutor()): Promise<void> {
  const { users } = tables();
  await exec.update(users).set({ totpSecret: sealedSecret, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId));
}

/**
 * Records a used code's time step; false when that step (or a later one) was used already.
 * One conditional update, so two requests with the same code cannot both pass.
 */
export async function claimTotpStep(userId: string, step: number, exec: Executor = defaultExecutor()): Promise<boolean> {
  const { users } = tables();
  const rows = await exec
    .update(users)
    .set({ totpLastStep: step })
    .where(and(eq(users.id, userId), or(isNull(users.totpLastStep), lt(users.totpLastStep, step))))
    .returning({ id: users.id });
  return rows.length === 1;
}

export async function enableTotp(userId: string, now: Date, exec: Executor = defaultExecutor()): Promise<void> {
  const { users } = tables();
  await exec.update(users).set({ totpEnabledAt: now }).where(eq(users.id, userId));
}

/** Turns two-factor sign-in off and forgets the secret and the recovery codes. */
export async function clearTwoFactor(userId: string, exec: Executor = defaultExecutor()): Promise<void> {
  const { users, recoveryCodes } = tables();
  await exec.update(users).set({ totpSecret: null, totpEnabledAt: null, totpLastStep: null }).where(eq(users.id, userId));
  await exec.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
}

/** Replaces every recovery code of the user (old ones stop working). */
export async function replaceRecoveryCodes(userId: string, hashes: string[], exec: Executor = defaultExecutor()): Promise<void> {
  const { recoveryCodes } = tables();
  await exec.delete(recoveryCodes).where(eq(recoveryCodes.userId, userId));
  await exec.insert(recoveryCodes).values(hashes.map((codeHash) => ({ userId, codeHash })));
}

/** Uses up one recovery code; false when it is unknown, someone else's or used. */
export async function consumeRecoveryCode(userId: string, codeHash: string, now: Date, exec: Executor = defaultExecutor()): Promise<boolean> {
  const { recoveryCodes } = tables();
  const rows = await exec
    .update(recoveryCodes)
    .set({ usedAt: now })
    .where(and(eq(recoveryCodes.userId, userId), eq(recoveryCodes.codeHash, codeHash), isNull(recoveryCodes.usedAt)))
    .returning({ id: recoveryCodes.id });
  return rows.length === 1;
}

export async function countUnusedRecoveryCodes(userId: string, exec: Executor = defaultExecutor()): Promise<number> {
  const { recoveryCodes } = tables();
  const [row] = await exec
    .select({ n: count() })
    .from(recoveryCodes)
    .where(and(eq(recoveryCodes.userId, userId), isNull(recoveryCodes.usedAt)));
  return Number(row?.n ?? 0);
}
