import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import pg from "pg";

/**
 * Throwaway databases for test runs: a temporary SQLite file, or a fresh PostgreSQL
 * database created next to TEST_DATABASE_URL's and dropped afterwards. A whole database
 * (not a schema) because drizzle-kit's migrations name the `public` schema explicitly.
 */

export type TestDialect = "sqlite" | "postgres";
export type TestDatabase = { dialect: TestDialect; url: string; drop: () => Promise<void> };

export const DEFAULT_TEST_DATABASE_URL = "postgres://postgres@127.0.0.1:5432/test";

export function testDialect(): TestDialect {
  return process.env.EINBLICK_TEST_DIALECT === "postgres" ? "postgres" : "sqlite";
}

function adminUrl(): string {
  return process.env.TEST_DATABASE_URL || DEFAULT_TEST_DATABASE_URL;
}

async function withAdminClient<T>(work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl(), connectionTimeoutMillis: 3000 });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Whether the PostgreSQL server of TEST_DATABASE_URL answers. */
export async function postgresReachable(): Promise<boolean> {
  try {
    await withAdminClient((client) => client.query("select 1"));
    return true;
  } catch {
    return false;
  }
}

export async function createTestDatabase(dialect: TestDialect, label: string): Promise<TestDatabase> {
  if (dialect === "sqlite") {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `einblick-${label}-`));
    return {
      dialect,
      url: `file:${path.join(dir, "test.db")}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `einblick_${label}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 8)}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE "${name}"`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  return {
    dialect,
    url: url.toString(),
    drop: () => withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(() => undefined),
  };
}
