import type { AnyColumn, BuildColumns, ColumnBuilderBase, SQL } from "drizzle-orm";
import type { PgTableWithColumns } from "drizzle-orm/pg-core";
import type { SQLiteTableWithColumns, UpdateDeleteAction } from "drizzle-orm/sqlite-core";

/**
 * The types of one dialect's builders, so that one set of table definitions (define.ts)
 * builds both schemas and each comes out with its own dialect's exact types.
 *
 * The column members are type functions of the column name: a dialect sets `text` to its
 * text builder for a column named `this["name"]`, and `ColumnOf` reads it with the name
 * filled in. Inside the definitions the dialect is unknown, so the builders' methods come
 * from `Col` below; once a dialect fills these in, every column has the type its own
 * builder chain would have given it.
 */
export interface DialectTypes {
  /** Selects the table type (SQLite's or PostgreSQL's). */
  dialect: "sqlite" | "pg";
  /** The column name the column members below are read with; `ColumnOf` sets it. */
  name: string;
  text: ColumnBuilderBase;
  integer: ColumnBuilderBase;
  /** A double-precision float: real in SQLite, double precision in PostgreSQL. */
  real: ColumnBuilderBase;
  bool: ColumnBuilderBase;
  timestamp: ColumnBuilderBase;
  json: ColumnBuilderBase;
  /** A column as a table's index and check callback receives it. */
  indexColumn: unknown;
  /** An index or check, as that callback returns it. */
  constraint: unknown;
}

/**
 * The builder methods the table definitions call. Each adds to `_` exactly what drizzle's
 * own method adds (NotNull, HasDefault, … are these intersections), and both dialects'
 * builders have them, which `Builders` checks when a dialect supplies its builders.
 */
interface Col<TData> {
  $type<T extends TData>(): this & { _: { $type: T } };
  notNull(): this & { _: { notNull: true } };
  default(value: TData | SQL): this & { _: { hasDefault: true } };
  $defaultFn(fn: () => TData | SQL): this & { _: { hasDefault: true } } & { _: { hasRuntimeDefault: true } };
  $onUpdateFn(fn: () => TData | SQL): this & { _: { hasDefault: true } };
  primaryKey(): this & { _: { notNull: true } } & { _: { isPrimaryKey: true } };
  references(ref: () => AnyColumn, actions: { onDelete: UpdateDeleteAction }): this;
}

type ColumnKind = "text" | "integer" | "real" | "bool" | "timestamp" | "json";

/** Dialect D's builder of kind K for a column named N, with the methods of `Col`. */
type ColumnOf<D extends DialectTypes, K extends ColumnKind, N extends string, TData> = (D & { name: N })[K] & Col<TData>;

/** What the dialect's table function returns for a table N with columns C. */
type TableOf<D extends DialectTypes, N extends string, C extends Record<string, ColumnBuilderBase>> = D["dialect"] extends "pg"
  ? PgTableWithColumns<{ name: N; schema: undefined; columns: BuildColumns<N, C, "pg">; dialect: "pg" }>
  : SQLiteTableWithColumns<{ name: N; schema: undefined; columns: BuildColumns<N, C, "sqlite">; dialect: "sqlite" }>;

type IndexOn<D extends DialectTypes> = {
  on(...columns: [D["indexColumn"] | SQL, ...(D["indexColumn"] | SQL)[]]): D["constraint"];
};

/** One dialect's builders, as db/schema/sqlite.ts and db/schema/postgres.ts supply them. */
export interface Builders<D extends DialectTypes> {
  text<N extends string>(name: N): ColumnOf<D, "text", N, string>;
  integer<N extends string>(name: N): ColumnOf<D, "integer", N, number>;
  real<N extends string>(name: N): ColumnOf<D, "real", N, number>;
  bool<N extends string>(name: N): ColumnOf<D, "bool", N, boolean>;
  timestamp<N extends string>(name: N): ColumnOf<D, "timestamp", N, Date>;
  json<N extends string>(name: N): ColumnOf<D, "json", N, unknown>;
  table<N extends string, C extends Record<string, ColumnBuilderBase>>(
    name: N,
    columns: C,
    extra?: (self: Record<keyof C, D["indexColumn"]>) => D["constraint"][],
  ): TableOf<D, N, C>;
  index(name: string): IndexOn<D>;
  uniqueIndex(name: string): IndexOn<D>;
  check(name: string, value: SQL): D["constraint"];
}

/** A table that another one references; the definitions only need its id. */
export type Referenced = { id: AnyColumn };
