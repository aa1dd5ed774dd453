import "server-only";
import { and, count, eq, ne, sql } from "drizzle-orm";
import { findById } from "@/db/find";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

type UserInsert = ReturnType<typeof tables>["users"]["$inferInsert"];
export type User = ReturnType<typeof tables>["users"]["$inferSelect"];

export async function createUser(input: UserInsert, exec: Executor = defaultExecutor()): Promise<User> {
  const [row] = await exec
    .insert(tables().users)
    .values({ ...input, email: input.email.toLowerCase() })
    .returning();
  return row!;
}

export function getUserById(id: string, exec: Executor = defaultExecutor()): Promise<User | null> {
  return findById(tables().users, id, exec);
}

export async function getUserByEmail(email: string, exec: Executor = defaultExecutor()): Promise<User | null> {
  const { users } = tables();
  const [row] = await exec.select().from(users).where(eq(users.email, email.toLowerCase())).limit(1);
  return row ?? null;
}

export async function updateUser(
  id: string,
  patch: Partial<Pick<UserInsert, "name" | "role" | "passwordHash" | "disabled">>,
  exec: Executor = defaultExecutor(),
): Promise<User | null> {
  const { users } = tables();
  const [row] = await exec.update(users).set(patch).where(eq(users.id, id)).returning();
  return row ?? null;
}

/** Invalidates every session of the user ("sign out everywhere"). */
export async function bumpTokenVersion(id: string, exec: Executor = defaultExecutor()): Promise<void> {
  const { users } = tables();
  await exec
    .update(users)
    .set({ tokenVersion: sql`${users.tokenVersion} + 1` })
    .where(eq(users.id, id));
}

export async function countUsers(exec: Executor = defaultExecutor()): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(tables().users);
  return Number(row?.n ?? 0);
}

/** Everyone with a studio account, admins first, then by name. */
export async function listUsers(exec: Executor = defaultExecutor()): Promise<User[]> {
  const { users } = tables();
  return exec.select().from(users).orderBy(users.role, users.name);
}

/** Enabled admins other than `exceptId`: an admin may only be demoted or disabled while one remains. */
export async function countOtherActiveAdmins(exceptId: string, exec: Executor = defaultExecutor()): Promise<number> {
  const { users } = tables();
  const [row] = await exec
    .select({ n: count() })
    .from(users)
    .where(and(eq(users.role, "admin"), eq(users.disabled, false), ne(users.id, exceptId)));
  return Number(row?.n ?? 0);
}
