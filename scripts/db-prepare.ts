import { connectAndMigrate } from "@/db/prepare";
import { ensureFirstAdmin } from "@/db/seed/admin";
import { isEmpty, seedDemo } from "@/db/seed/demo";
import { config } from "@/lib/config";
import { runCli } from "./cli";
import { printWelcome } from "./welcome";

// Used by `npm run dev`: the same database preparation as `npm start`, without the build.
await runCli(async () => {
  const current = config();
  await connectAndMigrate(current);
  if (await isEmpty()) await seedDemo();
  printWelcome(current, await ensureFirstAdmin(current.adminEmail));
});
