import { foreignKey, index, integer as pgInteger, pgTable, text as pgText } from "drizzle-orm/pg-core";
import { integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { describe, expect, it } from "vitest";
import { diffShapes, postgresShape, sqliteShape } from "./parity";
import { postgresTables as postgres } from "./postgres";
import { sqliteTables as sqlite } from "./sqlite";

describe("schema parity", () => {
  it("the SQLite and PostgreSQL schemas match in tables, columns, keys and indexes", () => {
    expect(diffShapes(sqliteShape(sqlite), postgresShape(postgres))).toEqual([]);
    // Guards against comparing two empty descriptions.
    expect(Object.keys(sqliteShape(sqlite)).sort()).toEqual([
      "account_tokens",
      "assets",
      "audit_log",
      "departments",
      "interview_redirects",
      "interviews",
      "jobs",
      "locations",
      "notifications",
      "people",
      "preview_links",
      "question_bank",
      "recovery_codes",
      "review_events",
      "revisions",
      "search_index",
      "series",
      "settings",
      "sign_in_throttle",
      "stories",
      "topics",
      "universes",
      "user_sessions",
      "users",
    ]);
    expect(Object.keys(sqliteShape(sqlite).interviews!).length).toBeGreaterThan(15);
  });

  it("reports every kind of drift", () => {
    const parentS = sqliteTable("parent", { id: text("id").primaryKey() });
    const childS = sqliteTable(
      "child",
      {
        id: text("id").primaryKey(),
        parentId: text("parent_id")
          .notNull()
          .references(() => parentS.id, { onDelete: "cascade" }),
        rank: integer("rank"),
      },
      (t) => [uniqueIndex("child_rank_unique").on(t.rank)],
    );
    const onlyS = sqliteTable("only_sqlite", { id: text("id").primaryKey() });
    const parentP = pgTable("parent", { id: pgText("id").primaryKey() });
    const childP = pgTable(
      "child",
      {
        id: pgText("id").primaryKey(),
        parentId: pgText("parent_id"),
        rank: pgInteger("rank"),
        extra: pgText("extra"),
      },
      (t) => [index("child_rank_unique").on(t.rank), foreignKey({ columns: [t.parentId], foreignColumns: [parentP.id] }).onDelete("set null")],
    );

    const diff = diffShapes(sqliteShape({ parentS, childS, onlyS }), postgresShape({ parentP, childP })).join("\n");

    expect(diff).toContain("table only_sqlite exists only in sqlite");
    expect(diff).toContain("child: column parent_id: sqlite=string not null postgres=string null");
    expect(diff).toContain("child: column extra: sqlite=missing");
    expect(diff).toContain("child: index child_rank_unique: sqlite=unique rank postgres=rank");
    expect(diff).toMatch(/child: foreign key parent_id: sqlite=parent\(id\) on delete cascade postgres=parent\(id\) on delete set null/);
  });
});
