import "server-only";
import { accountSettings } from "../queries/account-settings";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { touchSession } from "../queries/user-sessions";
import { getUserById, type User } from "../queries/users";
import { config } from "@/lib/config";
import { mustEnrolTwoFactor } from "../two-factor/policy";
import { authOptions } from "./options";

/** True once the absolute lifetime since sign-in has passed (or the time is missing). */
export function sessionExpired(signedInAt: number | undefined, now: number, maxAgeS: number): boolean {
  return typeof signedInAt !== "number" || now - signedInAt > maxAgeS * 1000;
}

type SessionClaims = { uid?: string; tv?: number; sid?: string; signedInAt?: number };

/**
 * The request's session checked against the database: the account must still exist, be
 * enabled and carry the token version the session was issued with, and the session itself
 * must be signed in, younger than its absolute lifetime and used within the idle limit.
 * Disabling a user, "sign out everywhere" or a long pause therefore ends it at once.
 * `hadSession` tells a rejected session apart from none, so the sign-in page can say why.
 * Cached per request: layout, page and action share one check.
 */
const checkedSession = cache(async (): Promise<{ user: User | null; hadSession: boolean }> => {
  const session = (await getServerSession(authOptions())) as SessionClaims | null;
  if (!session?.uid) return { user: null, hadSession: false };
  const { sessionMaxAgeS, sessionIdleS } = config();
  const now = new Date();
  if (!session.sid || sessionExpired(session.signedInAt, now.getTime(), sessionMaxAgeS)) return { user: null, hadSession: true };
  const user = await getUserById(session.uid);
  if (!user || user.disabled || user.tokenVersion !== session.tv) return { user: null, hadSession: true };
  if (!(await touchSession(session.sid, user.id, now, sessionIdleS))) return { user: null, hadSession: true };
  return { user, hadSession: true };
});

/** The signed-in user, or null (see `checkedSession` for what is checked). */
export async function currentUser(): Promise<User | null> {
  return (await checkedSession()).user;
}

/**
 * For studio pages: the user, or a redirect to the sign-in page that says when a session
 * ended. Someone who must still enrol in two-factor sign-in is sent to their account page,
 * except from the pages that allow it (the account page and the shared layout).
 */
export async function requireUser({ allowWithoutTwoFactor = false } = {}): Promise<User> {
  const { user, hadSession } = await checkedSession();
  if (!user) redirect(hadSession ? "/studio/sign-in?sitzung=beendet" : "/studio/sign-in");
  if (!allowWithoutTwoFactor && mustEnrolTwoFactor(user, await accountSettings())) redirect("/studio/account");
  return user;
}
