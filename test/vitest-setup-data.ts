import { afterAll, inject } from "vitest";
import { closeDatabase } from "@/db/client";

// Point this worker's lazily opened database at the run's throwaway database.
process.env.DATABASE_URL = inject("databaseUrl");

afterAll(() => closeDatabase());
