import { parseArgs } from "node:util";
import { connectAndMigrate } from "@/db/prepare";
import { isEmpty, seedDemo } from "@/db/seed/demo";
import { seedScale } from "@/db/seed/scale";
import { config, ConfigError } from "@/lib/config";
import { runCli } from "./cli";

await runCli(async () => {
  const { values } = parseArgs({ options: { scale: { type: "string" } } });
  const scale = values.scale === undefined ? 0 : Number(values.scale);
  if (!Number.isInteger(scale) || scale < 0) throw new ConfigError(`--scale must be a whole number (got "${values.scale}")`);

  await connectAndMigrate(config());
  if (await isEmpty()) {
    const { interviews } = await seedDemo();
    console.log(`Demo content created: ${interviews} interviews of Sonnenthal Präzisionstechnik.`);
  } else if (scale === 0) {
    console.log("The database already has content; the demo content was not added again.");
  }
  if (scale > 0) {
    console.log(`Adding ${scale} generated interviews…`);
    await seedScale(scale);
  }
});
