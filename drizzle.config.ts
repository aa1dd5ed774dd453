import { defineConfig } from "drizzle-kit";

// One config for both dialects: `npm run db:generate` runs drizzle-kit once per dialect,
// selecting PostgreSQL with EINBLICK_DIALECT=postgres, which also selects the tables that
// db/schema/drizzle-kit.ts exports. Generation needs no database.
const dialect = process.env.EINBLICK_DIALECT === "postgres" ? "postgresql" : "sqlite";
const schema = "./db/schema/drizzle-kit.ts";

export default defineConfig(
  dialect === "postgresql" ? { dialect, schema, out: "./db/migrations/postgres" } : { dialect, schema, out: "./db/migrations/sqlite" },
);
