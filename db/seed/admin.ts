import type { Executor } from "@/db/executor";
import { countUsers, createUser } from "../../modules/accounts/queries/users";
import { generatePassword, hashPassword } from "../../modules/accounts/passwords";

/**
 * Creates the first admin when there are no users yet. Returns the generated password so
 * the caller can show it once; it is stored only as an argon2id hash.
 */
export async function ensureFirstAdmin(email: string, exec?: Executor): Promise<{ email: string; password: string } | null> {
  if ((await countUsers(exec)) > 0) return null;
  const password = generatePassword();
  await createUser({ email, name: "Administrator", role: "admin", passwordHash: await hashPassword(password) }, exec);
  return { email, password };
}
