import type { Builders, DialectTypes } from "./dialect";
// Relative, not "@/": drizzle-kit loads the schema too.
import { newId } from "../../lib/ids";

/**
 * Columns most tables have, and JSON columns with their value type.
 * IDs and timestamps are produced by the application ($defaultFn), not by SQL defaults,
 * so both dialects behave the same and rows can be created before they are inserted.
 */
export function sharedColumns<D extends DialectTypes>(b: Builders<D>) {
  return {
    id: () => b.text("id").primaryKey().$defaultFn(newId),
    createdAt: () =>
      b
        .timestamp("created_at")
        .notNull()
        .$defaultFn(() => new Date()),
    updatedAt: () =>
      b
        .timestamp("updated_at")
        .notNull()
        .$defaultFn(() => new Date())
        .$onUpdateFn(() => new Date()),
    json: <T>(name: string) => b.json(name).$type<T>(),
  };
}
