import "server-only";
import { asc, eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import { localized } from "@/lib/i18n/localized";
import type { Tables } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/types";
import { findById } from "@/db/find";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

type SluggedTable = SQLiteTable & { id: SQLiteColumn; slug: SQLiteColumn; createdAt: SQLiteColumn };

/**
 * Create, read and update for the slugged taxonomies (departments, locations, series,
 * universes, topics). They differ only in their columns, so one implementation serves all.
 */
function sluggedTable<T extends SluggedTable>(pick: (t: Tables) => T) {
  type Row = T["$inferSelect"];
  type Insert = T["$inferInsert"];
  return {
    async create(values: Insert, exec: Executor = defaultExecutor()): Promise<Row> {
      const rows = await exec.insert(pick(tables())).values(values).returning();
      return (rows as Row[])[0]!;
    },
    getById(id: string, exec: Executor = defaultExecutor()): Promise<Row | null> {
      return findById(pick(tables()), id, exec);
    },
    async getBySlug(slug: string, exec: Executor = defaultExecutor()): Promise<Row | null> {
      const table = pick(tables());
      const rows = await exec
        .select()
        .from(table as SQLiteTable)
        .where(eq(table.slug, slug))
        .limit(1);
      return (rows[0] as Row | undefined) ?? null;
    },
    async list(exec: Executor = defaultExecutor()): Promise<Row[]> {
      const table = pick(tables());
      return (await exec
        .select()
        .from(table as SQLiteTable)
        .orderBy(asc(table.createdAt), asc(table.slug))) as Row[];
    },
    async update(id: string, patch: Partial<Omit<Insert, "id">>, exec: Executor = defaultExecutor()): Promise<Row | null> {
      const table = pick(tables());
      const rows = await exec
        .update(table)
        .set(patch as never)
        .where(eq(table.id, id))
        .returning();
      return ((rows as Row[])[0] as Row | undefined) ?? null;
    },
  };
}

export const departments = sluggedTable((t) => t.departments);
export const locations = sluggedTable((t) => t.locations);
export const seriesTable = sluggedTable((t) => t.series);
export const universes = sluggedTable((t) => t.universes);
export const topics = sluggedTable((t) => t.topics);

export type Department = Tables["departments"]["$inferSelect"];
export type Location = Tables["locations"]["$inferSelect"];
export type Series = Tables["series"]["$inferSelect"];
export type Universe = Tables["universes"]["$inferSelect"];
export type Topic = Tables["topics"]["$inferSelect"];

export type TaxonomyOption = { slug: string; name: string };

/** Departments, locations and series as localized options for filters and browse links. */
export async function taxonomyOptions(locale: string): Promise<{ department: TaxonomyOption[]; location: TaxonomyOption[]; series: TaxonomyOption[] }> {
  const option = (row: { slug: string; name: LocalizedText }) => ({ slug: row.slug, name: localized(row.name, locale) });
  const [allDepartments, allLocations, allSeries] = await Promise.all([departments.list(), locations.list(), seriesTable.list()]);
  return { department: allDepartments.map(option), location: allLocations.map(option), series: allSeries.map(option) };
}
