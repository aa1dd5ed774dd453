import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import type { User } from "./users";

export type AccountTokenPurpose = "invite" | "reset";

/**
 * A new one-time link token for the user. Earlier unused links of the user stop working:
 * only the newest invitation or reset counts. Returns the token itself, which is not stored.
 */
export async function issueAccountToken(
  input: { userId: string; purpose: AccountTokenPurpose; createdBy: string | null; expiresAt: Date },
  exec: Executor = defaultExecutor(),
): Promise<string> {
  const { accountTokens } = tables();
  await exec.delete(accountTokens).where(and(eq(accountTokens.userId, input.userId), isNull(accountTokens.usedAt)));
  const token = newLinkToken();
  await exec.insert(accountTokens).values({ ...input, tokenHash: hashLinkToken(token) });
  return token;
}

/** The user a token lets set a password, if it is unused and unexpired and the user enabled. */
export async function findUsableAccountToken(
  token: string,
  now: Date = new Date(),
  exec: Executor = defaultExecutor(),
): Promise<{ id: string; purpose: AccountTokenPurpose; user: User } | null> {
  const { accountTokens, users } = tables();
  const [row] = await exec
    .select({ id: accountTokens.id, purpose: accountTokens.purpose, user: users })
    .from(accountTokens)
    .innerJoin(users, eq(users.id, accountTokens.userId))
    .where(and(eq(accountTokens.tokenHash, hashLinkToken(token)), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now), eq(users.disabled, false)))
    .limit(1);
  return row ?? null;
}

/** Marks the token used; false if another request used it first (one statement decides). */
export async function consumeAccountToken(id: string, now: Date = new Date(), exec: Executor = defaultExecutor()): Promise<boolean> {
  const { accountTokens } = tables();
  const rows = await exec
    .update(accountTokens)
    .set({ usedAt: now })
    .where(and(eq(accountTokens.id, id), isNull(accountTokens.usedAt), gt(accountTokens.expiresAt, now)))
    .returning({ id: accountTokens.id });
  return rows.length === 1;
}
