import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";

/**
 * Decides whether the production build in .next is current: a hash over everything that
 * goes into it is stored after each build and compared before starting.
 */
const INPUTS = [
  "app",
  "components",
  "modules",
  "lib",
  "db",
  "messages",
  "public",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "tsconfig.json",
  "package-lock.json",
];
const STAMP = path.join(".next", "einblick-build-hash");

function collect(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  const stat = fs.statSync(entry);
  if (stat.isDirectory()) {
    for (const child of fs.readdirSync(entry).sort()) collect(path.join(entry, child), out);
  } else if (!/\.test\.tsx?$/.test(entry)) {
    out.push(entry);
  }
}

export function sourceHash(): string {
  const files: string[] = [];
  for (const input of INPUTS) collect(input, files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(file).update("\0").update(fs.readFileSync(file)).update("\0");
  return hash.digest("hex");
}

export function buildIsCurrent(): boolean {
  return fs.existsSync(path.join(".next", "BUILD_ID")) && fs.existsSync(STAMP) && fs.readFileSync(STAMP, "utf8") === sourceHash();
}

/** Builds unless the existing build matches the sources. Exits the process if the build fails. */
export function ensureBuild(): void {
  if (buildIsCurrent()) return;
  console.log("\n  Building Einblick for production (the first start takes a minute or two)…\n");
  const hash = sourceHash();
  const result = spawnSync("npx", ["next", "build"], { stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
  if (result.status !== 0) {
    console.error("\n  Einblick cannot start: the production build failed (see above).\n");
    process.exit(result.status ?? 1);
  }
  fs.writeFileSync(STAMP, hash);
}

/**
 * Pages rendered on demand are kept on disk under .next (Next's page cache). They belong to
 * the database the server rendered them from, and their tags' revalidations live in that
 * server's memory. A server starting, perhaps on another database (the tests' throwaway
 * ones, then the demo), must not serve them: each start begins with an empty page cache.
 */
export function clearPageCache(): void {
  fs.rmSync(path.join(".next", "server", "route-cache"), { recursive: true, force: true });
}
