import fs from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
import { config, ConfigError, type Config } from "./config";

/**
 * The secret that signs sessions. With PostgreSQL it must be configured (lib/config.ts
 * refuses to start without it). With the embedded SQLite default a random one is
 * generated once and kept beside the database file, so `npm start` needs no
 * configuration and sessions survive restarts.
 */
export function resolveAuthSecret(config: Config): string {
  if (config.authSecret) return config.authSecret;
  const file = path.join(path.dirname(config.sqliteFile!), "auth-secret");
  try {
    return fs.readFileSync(file, "utf8").trim();
  } catch {
    const secret = randomBytes(32).toString("base64url");
    try {
      fs.writeFileSync(file, secret, { mode: 0o600 });
    } catch (error) {
      throw new ConfigError(`NEXTAUTH_SECRET is not set and none can be stored beside the database (${file}): ${(error as Error).message}.`);
    }
    return secret;
  }
}

let resolved: string | undefined;

/**
 * The session secret for this process, read through the configuration: next-auth, the
 * sealed two-factor secrets and the revalidation token all use it. `npm start` passes it on
 * in NEXTAUTH_SECRET; `npm run dev` and scripts resolve the same generated one.
 */
export function authSecret(): string {
  resolved ??= resolveAuthSecret(config());
  return resolved;
}
