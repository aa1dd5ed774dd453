import { postgresReachable } from "@/test/test-database";

// Exit 0 when TEST_DATABASE_URL's PostgreSQL answers, 1 when it does not.
process.exit((await postgresReachable()) ? 0 : 1);
