import { defineConfig } from "drizzle-kit";

// One config for both dialects: `npm run db:generate` runs drizzle-kit once per dialect,
// selecting PostgreSQL with EINBLICK_DIALECT=postgres. Generation needs no database.
const dialect = process.env.EINBLICK_DIALECT === "postgres" ? "postgresql" : "sqlite";

export default defineConfig(
  dialect === "postgresql"
    ? { dialect, schema: "./db/schema/postgres.ts", out: "./db/migrations/postgres" }
    : { dialect, schema: "./db/schema/sqlite.ts", out: "./db/migrations/sqlite" },
);
