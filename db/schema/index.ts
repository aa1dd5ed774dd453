import { postgresTables } from "./postgres";
import { sqliteTables } from "./sqlite";
import type { Dialect } from "@/lib/config";

/**
 * The tables the query layer works with. The SQLite tables type the code; on PostgreSQL
 * the same definitions (db/schema/define.ts), built with PostgreSQL's builders, are used in
 * their place. Drizzle's query builders share the API we use (select/insert/update/delete,
 * returning, transactions), parity.test.ts checks that both schemas have the same columns,
 * and parity.types.test.ts that their rows have the same types.
 */
export type Tables = typeof sqliteTables;

export function tablesFor(dialect: Dialect): Tables {
  return dialect === "postgres" ? (postgresTables as unknown as Tables) : sqliteTables;
}

export { sqliteTables, postgresTables };
