import { describe, expectTypeOf, it } from "vitest";
import type * as drizzleKit from "./drizzle-kit";
import type { postgresTables } from "./postgres";
import type { sqliteTables } from "./sqlite";

/** Each table's row types: what a select returns and what an insert accepts. */
type RowTypes<TSchema> = {
  [Table in keyof TSchema]: TSchema[Table] extends { $inferSelect: infer Select; $inferInsert: infer Insert } ? { select: Select; insert: Insert } : never;
};

// Checked by `tsc --noEmit`: the query layer uses the PostgreSQL tables typed as the SQLite
// ones (db/schema/index.ts), which is sound only while their rows have the same types.
describe("schema parity of types", () => {
  it("every PostgreSQL table selects and inserts the same row types as its SQLite twin", () => {
    expectTypeOf<RowTypes<typeof postgresTables>>().toEqualTypeOf<RowTypes<typeof sqliteTables>>();
  });

  it("drizzle-kit sees every table", () => {
    expectTypeOf<keyof typeof drizzleKit>().toEqualTypeOf<keyof typeof sqliteTables>();
  });
});
