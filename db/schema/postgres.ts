import {
  boolean,
  check,
  doublePrecision,
  type ExtraConfigColumn,
  index,
  integer,
  jsonb,
  type PgBooleanBuilderInitial,
  type PgDoublePrecisionBuilderInitial,
  type PgIntegerBuilderInitial,
  type PgJsonbBuilderInitial,
  pgTable,
  type PgTableExtraConfigValue,
  type PgTextBuilderInitial,
  type PgTimestampBuilderInitial,
  text,
  timestamp,
  uniqueIndex,
} from "drizzle-orm/pg-core";
import { defineTables } from "./define";
import type { Builders, DialectTypes } from "./dialect";

// The PostgreSQL schema: the tables of db/schema/define.ts built with PostgreSQL's column
// types. drizzle-kit reads them through drizzle-kit.ts; parity.test.ts and parity.types.test.ts check
// that they match the SQLite tables, which type the code.

interface PgTypes extends DialectTypes {
  dialect: "pg";
  text: PgTextBuilderInitial<this["name"], [string, ...string[]]>;
  integer: PgIntegerBuilderInitial<this["name"]>;
  real: PgDoublePrecisionBuilderInitial<this["name"]>;
  bool: PgBooleanBuilderInitial<this["name"]>;
  timestamp: PgTimestampBuilderInitial<this["name"]>;
  json: PgJsonbBuilderInitial<this["name"]>;
  indexColumn: ExtraConfigColumn;
  constraint: PgTableExtraConfigValue;
}

const builders: Builders<PgTypes> = {
  text: (name) => text(name),
  integer: (name) => integer(name),
  real: (name) => doublePrecision(name),
  bool: (name) => boolean(name),
  timestamp: (name) => timestamp(name, { withTimezone: true, mode: "date" }),
  json: (name) => jsonb(name),
  table: pgTable,
  index,
  uniqueIndex,
  check,
};

export const postgresTables = defineTables(builders);
