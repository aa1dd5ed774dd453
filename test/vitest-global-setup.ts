import type { TestProject } from "vitest/node";
import { runMigrations } from "@/db/migrate";
import { createTestDatabase, testDialect } from "./test-database";

/** One migrated throwaway database per data-layer run; dropped when the run ends. */
export default async function setup(project: TestProject) {
  const database = await createTestDatabase(testDialect(), "vitest");
  await runMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}
