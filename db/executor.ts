import "server-only";
import { database, type Db, type Tx } from "./client";

/** Either the database or an open transaction: every query function accepts both. */
export type Executor = Db | Tx;

export function tables() {
  return database().t;
}

export function defaultExecutor(): Db {
  return database().db;
}

/**
 * Runs `work` in one transaction, or inside `outer` when the caller already has one (so
 * query functions compose into larger transactions). On SQLite a new transaction begins
 * IMMEDIATE (libsql's default for writes), so writers queue instead of failing.
 */
export function inTransaction<T>(work: (tx: Executor) => Promise<T>, outer?: Executor): Promise<T> {
  return outer ? work(outer) : database().db.transaction(work);
}
