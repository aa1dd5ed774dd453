import {
  check,
  index,
  integer,
  real,
  type SQLiteBooleanBuilderInitial,
  type SQLiteColumn,
  type SQLiteIntegerBuilderInitial,
  type SQLiteRealBuilderInitial,
  type SQLiteTableExtraConfigValue,
  type SQLiteTextBuilderInitial,
  type SQLiteTextJsonBuilderInitial,
  type SQLiteTimestampBuilderInitial,
  sqliteTable,
  text,
  uniqueIndex,
} from "drizzle-orm/sqlite-core";
import { defineTables } from "./define";
import type { Builders, DialectTypes } from "./dialect";

// The SQLite schema; its types type the code (db/schema/index.ts). The tables are defined
// once, in db/schema/define.ts; drizzle-kit reads them through db/schema/drizzle-kit.ts.

interface SqliteTypes extends DialectTypes {
  dialect: "sqlite";
  text: SQLiteTextBuilderInitial<this["name"], [string, ...string[]], number | undefined>;
  integer: SQLiteIntegerBuilderInitial<this["name"]>;
  real: SQLiteRealBuilderInitial<this["name"]>;
  bool: SQLiteBooleanBuilderInitial<this["name"]>;
  timestamp: SQLiteTimestampBuilderInitial<this["name"]>;
  json: SQLiteTextJsonBuilderInitial<this["name"]>;
  indexColumn: SQLiteColumn;
  constraint: SQLiteTableExtraConfigValue;
}

const builders: Builders<SqliteTypes> = {
  text: (name) => text(name),
  integer: (name) => integer(name),
  real: (name) => real(name),
  bool: (name) => integer(name, { mode: "boolean" }),
  timestamp: (name) => integer(name, { mode: "timestamp_ms" }),
  json: (name) => text(name, { mode: "json" }),
  table: sqliteTable,
  index,
  uniqueIndex,
  check,
};

export const sqliteTables = defineTables(builders);
