import { sql } from "drizzle-orm";
import { ConfigError, type Config } from "@/lib/config";
import { openDatabase } from "./client";
import { runMigrations } from "./migrate";
import { rawRows } from "./raw";

/**
 * Checks that DATABASE_URL can be reached and migrates it. Connection problems become a
 * ConfigError that names the variable, without echoing credentials.
 */
export async function connectAndMigrate(config: Config): Promise<void> {
  const probe = (() => {
    try {
      return openDatabase(config.databaseUrl);
    } catch (error) {
      throw unreachable(config, error);
    }
  })();
  try {
    await rawRows(probe, sql`select 1 as ok`);
  } catch (error) {
    throw unreachable(config, error);
  } finally {
    await probe.close().catch(() => undefined);
  }
  await runMigrations(config.databaseUrl);
}

/** The innermost cause's first line: the driver's words, not Drizzle's "Failed query" wrapper. */
function rootReason(error: unknown): string {
  let current = error;
  while (current instanceof Error && current.cause) current = current.cause;
  if (!(current instanceof Error)) return String(current);
  const code = (current as NodeJS.ErrnoException).code;
  const message = current.message.split("\n")[0] || current.name;
  return code && !message.includes(code) ? `${message} (${code})` : message;
}

function unreachable(config: Config, error: unknown): ConfigError {
  const reason = rootReason(error);
  if (config.dialect === "postgres") {
    const { hostname, port, pathname } = new URL(config.databaseUrl);
    return new ConfigError(`DATABASE_URL points to a PostgreSQL database (${hostname}:${port || 5432}${pathname}) that cannot be reached: ${reason}.`);
  }
  return new ConfigError(`DATABASE_URL points to a SQLite file (${config.sqliteFile}) that cannot be opened: ${reason}.`);
}
