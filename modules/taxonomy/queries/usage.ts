import "server-only";
import { count, eq } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

/**
 * What refers to a department, office or series, and moving those references elsewhere,
 * so that one in use is never deleted with its interviews silently losing it.
 */
export type TaxonomyKind = "departments" | "locations" | "series";

function references(kind: TaxonomyKind) {
  const { people, jobs, interviews, questionBank } = tables();
  switch (kind) {
    case "departments":
      return [
        { name: "people", table: people, column: people.departmentId, key: "departmentId" },
        { name: "jobs", table: jobs, column: jobs.departmentId, key: "departmentId" },
      ] as const;
    case "locations":
      return [
        { name: "people", table: people, column: people.locationId, key: "locationId" },
        { name: "jobs", table: jobs, column: jobs.locationId, key: "locationId" },
      ] as const;
    case "series":
      return [
        { name: "interviews", table: interviews, column: interviews.seriesId, key: "seriesId" },
        { name: "questions", table: questionBank, column: questionBank.seriesId, key: "seriesId" },
      ] as const;
  }
}

export type Usage = Partial<Record<"people" | "jobs" | "interviews" | "questions", number>>;

/** How many rows refer to the entry, by kind of row (only kinds that do appear). */
export async function usageOf(kind: TaxonomyKind, id: string, exec: Executor = defaultExecutor()): Promise<Usage> {
  const usage: Usage = {};
  for (const { name, table, column } of references(kind)) {
    const [row] = await exec.select({ n: count() }).from(table).where(eq(column, id));
    const n = Number(row?.n ?? 0);
    if (n > 0) usage[name] = n;
  }
  return usage;
}

/** Points everything that refers to `from` at `to` instead. */
export async function reassign(kind: TaxonomyKind, from: string, to: string, exec: Executor = defaultExecutor()): Promise<void> {
  for (const { table, column, key } of references(kind)) {
    await exec
      .update(table)
      .set({ [key]: to } as never)
      .where(eq(column, from));
  }
}

export async function removeEntry(kind: TaxonomyKind, id: string, exec: Executor = defaultExecutor()): Promise<boolean> {
  const table = tables()[kind];
  return (await exec.delete(table).where(eq(table.id, id)).returning({ id: table.id })).length > 0;
}
