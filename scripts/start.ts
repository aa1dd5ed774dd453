import { spawn } from "node:child_process";
import { closeDatabase } from "@/db/client";
import { connectAndMigrate } from "@/db/prepare";
import { ensureFirstAdmin } from "@/db/seed/admin";
import { isEmpty, seedDemo } from "@/db/seed/demo";
import { config } from "@/lib/config";
import { resolveAuthSecret } from "@/lib/secret";
import { clearPageCache, ensureBuild } from "./build";
import { runCli } from "./cli";
import { printWelcome } from "./welcome";

/**
 * `npm start`: validate the configuration, migrate, seed an empty database, create the
 * first admin, build when the build is missing or stale, then serve with `next start`.
 * Problems with the configuration stop here with one sentence and exit code 1.
 */
let authSecret = "";
let newAdmin: { email: string; password: string } | null = null;

await runCli(async () => {
  const current = config();
  await connectAndMigrate(current);
  authSecret = resolveAuthSecret(current);
  if (await isEmpty()) {
    const { interviews } = await seedDemo();
    console.log(`  Demo content created (${interviews} interviews).`);
  }
  newAdmin = await ensureFirstAdmin(current.adminEmail);
});

ensureBuild();
clearPageCache();

const current = config();
printWelcome(current, newAdmin);

const args = ["next", "start", "--port", String(current.port)];
if (current.hostname) args.push("--hostname", current.hostname);
const server = spawn("npx", args, {
  stdio: "inherit",
  // next-auth builds its callback URLs from NEXTAUTH_URL; SITE_URL is the public address.
  env: { ...process.env, NEXTAUTH_SECRET: authSecret, NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? current.siteUrl, NEXT_TELEMETRY_DISABLED: "1" },
});
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => server.kill(signal));
server.on("exit", (code, signal) => {
  void closeDatabase();
  process.exit(code ?? (signal ? 0 : 1));
});
