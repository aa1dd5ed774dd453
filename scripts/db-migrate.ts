import { database } from "@/db/client";
import { migrationState } from "@/db/migrate";
import { connectAndMigrate } from "@/db/prepare";
import { config } from "@/lib/config";
import { runCli } from "./cli";

await runCli(async () => {
  const current = config();
  await connectAndMigrate(current);
  const state = await migrationState(database());
  console.log(`Migrations applied on ${current.dialect}: ${state.applied} of ${state.expected}.`);
});
