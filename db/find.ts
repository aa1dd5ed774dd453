import "server-only";
import { eq } from "drizzle-orm";
import type { SQLiteColumn, SQLiteTable } from "drizzle-orm/sqlite-core";
import type { Executor } from "./executor";

type Keyed = SQLiteTable & { id: SQLiteColumn };

/** The row of `table` with this primary key, or null. */
export async function findById<T extends Keyed>(table: T, id: string, exec: Executor): Promise<T["$inferSelect"] | null> {
  const rows = await exec
    .select()
    .from(table as SQLiteTable)
    .where(eq(table.id, id))
    .limit(1);
  return (rows[0] as T["$inferSelect"] | undefined) ?? null;
}
