import * as postgres from "./postgres";
import * as sqlite from "./sqlite";
import type { Dialect } from "@/lib/config";

/**
 * The tables the query layer works with. The SQLite definitions type the code; on
 * PostgreSQL the mirrored tables are used in their place. Drizzle's query builders
 * share the API we use (select/insert/update/delete, returning, transactions), and the
 * parity test guarantees the two schemas have the same columns.
 */
export type Tables = typeof sqlite;

export function tablesFor(dialect: Dialect): Tables {
  return dialect === "postgres" ? (postgres as unknown as Tables) : sqlite;
}

export { sqlite as sqliteTables, postgres as postgresTables };
