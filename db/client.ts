import fs from "node:fs";
import path from "node:path";
import { createClient, type Client as LibsqlClient } from "@libsql/client";
import { drizzle as drizzleLibsql, type LibSQLDatabase } from "drizzle-orm/libsql";
import { drizzle as drizzlePg } from "drizzle-orm/node-postgres";
import pg from "pg";
import { config, type Dialect } from "@/lib/config";
import { sqliteTables as sqliteSchema } from "./schema/sqlite";
import { postgresTables as postgresSchema } from "./schema/postgres";
import { tablesFor, type Tables } from "./schema";
import { serializeClient } from "./sqlite-serial";

/**
 * The database handle for this process. DATABASE_URL decides the dialect; both are typed
 * as the SQLite database so that one set of query functions serves both.
 */
export type Db = LibSQLDatabase<typeof sqliteSchema>;
/** A transaction handle; same query API as Db. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

export type Database = {
  dialect: Dialect;
  db: Db;
  t: Tables;
  /** Closes the pool or file handles (scripts and tests; the server keeps its pool). */
  close: () => Promise<void>;
};

/** Milliseconds a SQLite writer waits for a lock before failing (see DESIGN.md §7). */
const SQLITE_BUSY_TIMEOUT_MS = 5000;

function openSqlite(file: string): Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const client: LibsqlClient = serializeClient(createClient({ url: `file:${file}`, timeout: SQLITE_BUSY_TIMEOUT_MS }));
  // WAL is a property of the file and persists; readers no longer block the writer.
  const ready = client.execute("PRAGMA journal_mode = WAL");
  const db = drizzleLibsql(client, { schema: sqliteSchema });
  return {
    dialect: "sqlite",
    db,
    t: tablesFor("sqlite"),
    close: async () => {
      await ready.catch(() => undefined);
      client.close();
    },
  };
}

function openPostgres(url: string): Database {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // pg waits forever for a free connection by default; fail visibly instead.
    connectionTimeoutMillis: 5000,
    idleTimeoutMillis: 30_000,
  });
  pool.on("error", (error) => console.error("[db] idle PostgreSQL client failed:", error));
  const db = drizzlePg(pool, { schema: postgresSchema }) as unknown as Db;
  return { dialect: "postgres", db, t: tablesFor("postgres"), close: () => pool.end() };
}

export function openDatabase(url: string): Database {
  if (url.startsWith("file:")) return openSqlite(path.resolve(url.slice("file:".length)));
  return openPostgres(url);
}

// One pool per process; kept on globalThis so dev-mode module reloads reuse it.
const globalForDb = globalThis as typeof globalThis & { __einblickDb?: Database };

export function database(): Database {
  globalForDb.__einblickDb ??= openDatabase(config().databaseUrl);
  return globalForDb.__einblickDb;
}

export async function closeDatabase(): Promise<void> {
  const current = globalForDb.__einblickDb;
  globalForDb.__einblickDb = undefined;
  await current?.close();
}
