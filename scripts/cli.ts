import { closeDatabase } from "@/db/client";
import { ConfigError } from "@/lib/config";

/**
 * Runs a command-line task: configuration problems print one sentence and exit 1,
 * anything else prints its error and exits 1 too. The database is closed either way.
 */
export async function runCli(task: () => Promise<void>, failure = "Einblick cannot start"): Promise<void> {
  try {
    await task();
    await closeDatabase();
  } catch (error) {
    await closeDatabase().catch(() => undefined);
    if (error instanceof ConfigError) {
      console.error(`\n  ${failure}: ${error.message}\n`);
    } else {
      console.error(error);
    }
    process.exit(1);
  }
}
