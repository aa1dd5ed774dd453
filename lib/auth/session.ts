import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getUserById, type User } from "@/db/queries/users";
import { authOptions, SESSION_MAX_AGE_S } from "./options";

/** True once the absolute lifetime since sign-in has passed (or the time is missing). */
export function sessionExpired(signedInAt: number | undefined, now: number, maxAgeS: number = SESSION_MAX_AGE_S): boolean {
  return typeof signedInAt !== "number" || now - signedInAt > maxAgeS * 1000;
}

/**
 * The signed-in user, checked against the user row on every call: the account must still
 * exist, be enabled and carry the token version the session was issued with. Disabling a
 * user or "sign out everywhere" therefore takes effect on the very next request.
 */
export async function currentUser(): Promise<User | null> {
  const session = (await getServerSession(authOptions)) as { uid?: string; tv?: number; signedInAt?: number } | null;
  if (!session?.uid || sessionExpired(session.signedInAt, Date.now())) return null;
  const user = await getUserById(session.uid);
  if (!user || user.disabled || user.tokenVersion !== session.tv) return null;
  return user;
}

/** For studio pages: the user, or a redirect to the sign-in page. */
export async function requireUser(): Promise<User> {
  const user = await currentUser();
  if (!user) redirect("/studio/sign-in");
  return user;
}
