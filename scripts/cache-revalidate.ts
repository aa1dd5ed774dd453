import { requestRevalidation } from "@/lib/cache/revalidation-token";
import { TAG_PATTERN, cacheTags } from "@/lib/cache/tags";
import { config, ConfigError } from "@/lib/config";
import { resolveAuthSecret } from "@/lib/secret";
import { runCli } from "./cli";

/**
 * `npm run cache:revalidate -- [tag …]`: tells the running server that data changed outside
 * the studio (an import, a manual fix), so its cached public pages are refreshed. Without
 * tags, everything public is.
 */
await runCli(async () => {
  const current = config();
  const tags = process.argv.slice(2).length ? process.argv.slice(2) : [cacheTags.public];
  const bad = tags.find((tag) => !TAG_PATTERN.test(tag));
  if (bad) throw new ConfigError(`"${bad}" is not a cache tag (see lib/cache/tags.ts)`);
  const response = await requestRevalidation(`http://localhost:${current.port}`, resolveAuthSecret(current), tags).catch(() => {
    throw new ConfigError(`no Einblick server answers on port ${current.port}`);
  });
  if (!response.ok) throw new ConfigError(`the server refused the revalidation (${response.status})`);
  console.log(`  Revalidated: ${tags.join(", ")}`);
}, "Revalidation failed");
