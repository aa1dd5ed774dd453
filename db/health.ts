import "server-only";
import { sql } from "drizzle-orm";
import { database } from "./client";
import { migrationState, type MigrationState } from "./migrate";
import { rawRows } from "./raw";

export type Health = { ok: true; dialect: string; migrations: MigrationState } | { ok: false; dialect: string; error: string };

/** Pings the database and compares applied migrations with this build's. */
export async function checkHealth(): Promise<Health> {
  const current = database();
  try {
    await rawRows(current, sql`select 1 as ok`);
    return { ok: true, dialect: current.dialect, migrations: await migrationState(current) };
  } catch (error) {
    // The cause goes to the server log only; the response names no hosts or credentials.
    console.error("[health] database check failed:", error);
    return { ok: false, dialect: current.dialect, error: "database unreachable" };
  }
}
