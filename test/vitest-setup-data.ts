import { afterAll, inject } from "vitest";
import { closeDatabase } from "@/db/client";

// Point this worker's lazily opened database at the run's throwaway database. The
// configuration requires a session secret with PostgreSQL; tests sign nothing with it.
process.env.DATABASE_URL = inject("databaseUrl");
process.env.NEXTAUTH_SECRET ??= "data-layer-tests-secret-of-32-chars-or-more";

afterAll(() => closeDatabase());
