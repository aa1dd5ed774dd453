import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { getUserById, type User } from "@/db/queries/users";
import { authOptions } from "./options";

/**
 * The signed-in user, checked against the user row on every call: the account must still
 * exist, be enabled and carry the token version the session was issued with. Disabling a
 * user or "sign out everywhere" therefore takes effect on the very next request.
 */
export async function currentUser(): Promise<User | null> {
  const session = (await getServerSession(authOptions)) as { uid?: string; tv?: number } | null;
  if (!session?.uid) return null;
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
