import { parseArgs } from "node:util";
import { z } from "zod";
import { connectAndMigrate } from "@/db/prepare";
import { isUniqueViolation } from "@/db/errors";
import { audit } from "../modules/audit/queries";
import { createUser } from "../modules/accounts/queries/users";
import { generatePassword, hashPassword } from "../modules/accounts/passwords";
import { ROLES } from "@/db/schema/types";
import { config, ConfigError } from "@/lib/config";
import { runCli } from "./cli";

/** `npm run user:create -- --email … --name … --role admin|editor|reviewer` */
const args = z.object({
  email: z.email("--email must be an email address"),
  name: z.string().trim().min(1, "--name must not be empty").max(200),
  role: z.enum(ROLES, { error: "--role must be admin, editor or reviewer" }),
});

await runCli(async () => {
  const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" }, role: { type: "string" } } });
  const parsed = args.safeParse(values);
  if (!parsed.success) throw new ConfigError(parsed.error.issues[0]!.message.replace(/^Invalid input.*$/, "--email, --name and --role are required"));
  await connectAndMigrate(config());
  const password = generatePassword();
  const user = await createUser({ ...parsed.data, passwordHash: await hashPassword(password) }).catch((error: unknown) => {
    if (isUniqueViolation(error)) throw new ConfigError(`a user with the email ${parsed.data.email.toLowerCase()} already exists`);
    throw error;
  });
  await audit({ actorUserId: null, action: "user.create", entityType: "user", entityId: user.id, details: { via: "shell", role: user.role } });
  console.log(`\n  Created ${user.role} ${user.email}\n  password: ${password}\n\n  The password is shown only this once.\n`);
}, "The user was not created");
