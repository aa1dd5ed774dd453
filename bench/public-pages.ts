/**
 * Load benchmark of the public site with 10,000 published interviews (DESIGN.md section 7):
 * warm pages, the filtered index, and a crawler walking every interview in random order,
 * which is what fills (and must not overflow) the 'use cache' store. Targets are checked at
 * the end; the exit code says whether they were met.
 *
 *   npm run bench                 # SQLite, 10,000 interviews
 *   npm run bench -- --count 2000 --dialect postgres
 */
import { spawn, spawnSync } from "node:child_process";
import { parseArgs } from "node:util";
import autocannon from "autocannon";
import { createTestDatabase, type TestDialect } from "@/test/test-database";
import { ensureBuild } from "@/scripts/build";
import { treeRssMiB } from "./process-memory";

const { values } = parseArgs({
  options: {
    count: { type: "string", default: "10000" },
    dialect: { type: "string", default: "sqlite" },
    seconds: { type: "string", default: "15" },
  },
});
const count = Number(values.count);
const seconds = Number(values.seconds);
const dialect = values.dialect as TestDialect;
const port = 3200;
const base = `http://localhost:${port}`;

/**
 * What the public site must sustain on two cores (10 connections, loopback). Warm pages come
 * from Next's page cache; the index renders per request from cached reads; the crawler's
 * first visit to each interview renders it, so its rate is a render rate.
 */
const TARGETS = { warmRps: 200, indexRps: 25, crawlRps: 15, p99Ms: 1500, rssMiB: 1024 };

ensureBuild();
const database = await createTestDatabase(dialect, "bench");
const env = { ...process.env, DATABASE_URL: database.url, NEXTAUTH_SECRET: "bench-secret-long-enough-to-be-accepted", NEXT_TELEMETRY_DISABLED: "1" };
let server: ReturnType<typeof spawn> | undefined;

try {
  console.log(`Seeding ${count} interviews on ${dialect}…`);
  const seeded = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/db-seed.ts", "--scale", String(count)], { env, stdio: "ignore" });
  if (seeded.status !== 0) throw new Error("Seeding failed");

  server = spawn("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
    env: { ...env, PORT: String(port) },
    stdio: "ignore",
    // Its own process group, so that stopping it stops `next start` too.
    detached: true,
  });
  await waitForHealth();
  const slugs = await interviewSlugs();
  console.log(`${slugs.length} interview pages; server at ${treeRssMiB(server.pid!)} MiB\n`);

  const results = {
    warmHome: await load("home, warm", ["/de"]),
    warmInterview: await load("one interview, warm", [`/de/geschichten/${slugs[0]}`]),
    index: await load("index, filtered and searched", ["/de/geschichten?q=produktion", "/de/geschichten?department=produktion&page=3"]),
    crawl: await load(
      "crawler over every interview",
      shuffle(slugs).map((slug) => `/de/geschichten/${slug}`),
    ),
  };
  const crawlAgain = await load(
    "crawler, second pass",
    shuffle(slugs).map((slug) => `/de/geschichten/${slug}`),
  );
  const rss = treeRssMiB(server.pid!);
  console.log(`\nServer memory after both crawls: ${rss} MiB`);

  const misses = [
    results.warmHome.rps < TARGETS.warmRps && `warm home ${results.warmHome.rps} rps < ${TARGETS.warmRps}`,
    results.warmInterview.rps < TARGETS.warmRps && `warm interview ${results.warmInterview.rps} rps < ${TARGETS.warmRps}`,
    results.index.rps < TARGETS.indexRps && `index ${results.index.rps} rps < ${TARGETS.indexRps}`,
    results.crawl.rps < TARGETS.crawlRps && `crawl ${results.crawl.rps} rps < ${TARGETS.crawlRps}`,
    ...[...Object.values(results), crawlAgain].map((r) => r.p99 > TARGETS.p99Ms && `${r.label}: p99 ${r.p99} ms > ${TARGETS.p99Ms}`),
    ...[...Object.values(results), crawlAgain].map((r) => r.errors > 0 && `${r.label}: ${r.errors} failed responses`),
    rss > TARGETS.rssMiB && `memory ${rss} MiB > ${TARGETS.rssMiB}`,
  ].filter(Boolean);
  if (misses.length) {
    console.error(`\nTargets missed:\n- ${misses.join("\n- ")}`);
    process.exitCode = 1;
  } else {
    console.log("\nAll targets met.");
  }
} finally {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
  await database.drop();
}

async function waitForHealth() {
  const deadline = Date.now() + 240_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${base}/api/health`)).ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error("The server did not become healthy within 4 minutes");
}

/** Every German interview's slug, as a crawler finds them: through the sitemap. */
async function interviewSlugs(): Promise<string[]> {
  const xml = await (await fetch(`${base}/sitemap.xml`)).text();
  return [...xml.matchAll(/<loc>[^<]*\/de\/geschichten\/([^<]+)<\/loc>/g)].map((match) => match[1]!);
}

function shuffle<T>(items: T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

async function load(label: string, paths: string[]) {
  let next = 0;
  const result = await autocannon({
    url: base,
    connections: 10,
    duration: seconds,
    requests: [{ setupRequest: (request) => ({ ...request, path: paths[next++ % paths.length]! }) }],
  });
  const summary = {
    label,
    rps: Math.round(result.requests.average),
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    rssMiB: treeRssMiB(server!.pid!),
  };
  console.log(
    `${label.padEnd(32)} ${String(summary.rps).padStart(6)} rps   p50 ${summary.p50} ms   p99 ${summary.p99} ms   errors ${summary.errors}   server ${summary.rssMiB} MiB`,
  );
  return summary;
}
