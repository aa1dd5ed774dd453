import { getTableConfig as pgConfig, type PgTable } from "drizzle-orm/pg-core";
import { getTableConfig as sqliteConfig, type SQLiteTable } from "drizzle-orm/sqlite-core";
import { is, Table } from "drizzle-orm";

/**
 * A dialect-neutral description of a schema, so the SQLite and PostgreSQL mirrors can be
 * compared: tables, columns (logical type, nullability, default, primary key), foreign
 * keys, indexes, unique and check constraints.
 */
type Shape = Record<string, Record<string, string>>;

type AnyConfig = ReturnType<typeof sqliteConfig> | ReturnType<typeof pgConfig>;

function describe(config: AnyConfig): Record<string, string> {
  const out: Record<string, string> = {};
  for (const column of config.columns) {
    const defaultValue = column.default === undefined ? "" : ` default=${JSON.stringify(column.default)}`;
    out[`column ${column.name}`] =
      `${column.dataType} ${column.notNull ? "not null" : "null"}${column.primary ? " primary" : ""}` +
      `${column.hasDefault ? " has-default" : ""}${defaultValue}`;
  }
  for (const key of config.primaryKeys) out[`primary key ${key.getName()}`] = key.columns.map((c) => c.name).join(",");
  for (const fk of config.foreignKeys) {
    const ref = fk.reference();
    const target = ref.foreignTable as Table;
    const foreign = is(target, Table) ? (target as unknown as { [k: symbol]: string })[Symbol.for("drizzle:Name")] : "?";
    out[`foreign key ${ref.columns.map((c) => c.name).join(",")}`] =
      `${foreign}(${ref.foreignColumns.map((c) => c.name).join(",")}) on delete ${fk.onDelete ?? "no action"}`;
  }
  for (const index of config.indexes) {
    const { name, unique, columns } = index.config;
    const names = columns.map((c) => ("name" in c ? c.name : "expr")).join(",");
    out[`index ${name}`] = `${unique ? "unique " : ""}${names}`;
  }
  for (const unique of config.uniqueConstraints) {
    out[`unique ${unique.getName()}`] = unique.columns.map((c) => c.name).join(",");
  }
  for (const check of config.checks) out[`check ${check.name}`] = "check";
  return out;
}

function tablesOf(module: Record<string, unknown>): Table[] {
  return Object.values(module).filter((value): value is Table => is(value, Table));
}

export function sqliteShape(module: Record<string, unknown>): Shape {
  return Object.fromEntries(
    tablesOf(module).map((table) => {
      const config = sqliteConfig(table as SQLiteTable);
      return [config.name, describe(config)];
    }),
  );
}

export function postgresShape(module: Record<string, unknown>): Shape {
  return Object.fromEntries(
    tablesOf(module).map((table) => {
      const config = pgConfig(table as PgTable);
      return [config.name, describe(config)];
    }),
  );
}

/** Every difference between two shapes, one readable line each; empty when they match. */
export function diffShapes(left: Shape, right: Shape, labels = ["sqlite", "postgres"] as const): string[] {
  const differences: string[] = [];
  const tableNames = new Set([...Object.keys(left), ...Object.keys(right)]);
  for (const table of [...tableNames].sort()) {
    const a = left[table];
    const b = right[table];
    if (!a || !b) {
      differences.push(`table ${table} exists only in ${a ? labels[0] : labels[1]}`);
      continue;
    }
    for (const item of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      if (a[item] !== b[item]) {
        differences.push(`${table}: ${item}: ${labels[0]}=${a[item] ?? "missing"} ${labels[1]}=${b[item] ?? "missing"}`);
      }
    }
  }
  return differences;
}
