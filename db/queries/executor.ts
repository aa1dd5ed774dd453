import "server-only";
import { database, type Db, type Tx } from "../client";

/** Either the database or an open transaction: every query function accepts both. */
export type Executor = Db | Tx;

export function tables() {
  return database().t;
}

export function defaultExecutor(): Db {
  return database().db;
}

/**
 * Runs `work` in one transaction. On SQLite it begins IMMEDIATE (libsql's default for
 * write transactions), so concurrent writers queue on the busy timeout instead of failing.
 */
export function inTransaction<T>(work: (tx: Tx) => Promise<T>): Promise<T> {
  return database().db.transaction(work);
}
