import type { SQL } from "drizzle-orm";
import type { Database } from "./client";

/**
 * Runs a raw SQL statement and returns its rows on either dialect. The query builders
 * are shared, but raw execution differs: libsql has `all`, node-postgres `execute`.
 * Keep raw SQL rare; it is for catalogue look-ups and health checks.
 */
export async function rawRows<T extends Record<string, unknown>>(database: Database, query: SQL): Promise<T[]> {
  if (database.dialect === "postgres") {
    const pgDb = database.db as unknown as { execute: (q: SQL) => Promise<{ rows: T[] }> };
    return (await pgDb.execute(query)).rows;
  }
  return database.db.all<T>(query);
}
