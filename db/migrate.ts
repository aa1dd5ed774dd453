import path from "node:path";
import { sql } from "drizzle-orm";
import { migrate as migrateLibsql } from "drizzle-orm/libsql/migrator";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import { migrate as migratePg } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import type { Dialect } from "@/lib/config";
import { openDatabase, type Database } from "./client";
import { rawRows } from "./raw";
import postgresJournal from "./migrations/postgres/meta/_journal.json";
import sqliteJournal from "./migrations/sqlite/meta/_journal.json";

const journals = { sqlite: sqliteJournal, postgres: postgresJournal } as const;

function migrationsFolder(dialect: Dialect): string {
  return path.join(process.cwd(), "db", "migrations", dialect);
}

/** Any 64-bit number unique to Einblick; serializes migrations of concurrent starts. */
const MIGRATION_LOCK_ID = 4_711_002_026;

/**
 * Applies pending migrations. On PostgreSQL several app instances may start at once,
 * so the run holds an advisory lock on its own connection.
 */
export async function runMigrations(url: string): Promise<void> {
  if (!url.startsWith("file:")) {
    const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
    await client.connect();
    try {
      await client.query("SELECT pg_advisory_lock($1)", [MIGRATION_LOCK_ID]);
      await migratePg(drizzlePg(client), { migrationsFolder: migrationsFolder("postgres") });
    } finally {
      await client.query("SELECT pg_advisory_unlock($1)", [MIGRATION_LOCK_ID]).catch(() => undefined);
      await client.end();
    }
    return;
  }
  const database = openDatabase(url);
  try {
    await migrateLibsql(database.db, { migrationsFolder: migrationsFolder("sqlite") });
  } finally {
    await database.close();
  }
}

export type MigrationState = {
  /** Migrations shipped with this build. */
  expected: number;
  /** Migrations recorded as applied in the database. */
  applied: number;
  upToDate: boolean;
};

/** Compares the migrations of this build with those the database has applied. */
export async function migrationState(database: Database): Promise<MigrationState> {
  const { dialect } = database;
  const entries = journals[dialect].entries;
  const latest = Math.max(...entries.map((entry) => entry.when));
  const table = dialect === "postgres" ? sql`"drizzle"."__drizzle_migrations"` : sql`"__drizzle_migrations"`;
  const exists =
    dialect === "postgres"
      ? await rawRows<{ found: unknown }>(database, sql`select to_regclass('drizzle.__drizzle_migrations') as found`)
      : await rawRows<{ found: unknown }>(database, sql`select name as found from sqlite_master where type = 'table' and name = '__drizzle_migrations'`);
  if (!exists[0]?.found) return { expected: entries.length, applied: 0, upToDate: false };
  const rows = await rawRows<{ applied: number | string; newest: number | string | null }>(
    database,
    sql`select count(*) as applied, max(created_at) as newest from ${table}`,
  );
  const applied = Number(rows[0]?.applied ?? 0);
  const newest = Number(rows[0]?.newest ?? 0);
  return { expected: entries.length, applied, upToDate: newest >= latest };
}
