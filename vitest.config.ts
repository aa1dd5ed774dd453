import path from "node:path";
import { defineConfig } from "vitest/config";

const root = import.meta.dirname;
const resolve = {
  alias: {
    "@": root,
    // Query modules import "server-only" to keep them out of client bundles; tests are server code.
    "server-only": path.join(root, "test/empty-module.ts"),
  },
};

export default defineConfig({
  resolve,
  test: {
    projects: [
      {
        resolve,
        test: {
          name: "unit",
          // next-intl imports "next/navigation" without an extension; let Vite resolve it.
          server: { deps: { inline: ["next-intl"] } },
          include: [
            "lib/**/!(*.data).test.ts",
            "lib/**/*.test.tsx",
            "modules/**/!(*.data).test.ts",
            "app/**/*.test.ts",
            "db/schema/**/*.test.ts",
            "db/seed/**/*.test.ts",
            "scripts/**/*.test.ts",
            "eslint/**/*.test.ts",
          ],
          environment: "node",
          // The command-line tests start real processes; on a busy two-core machine that takes seconds.
          testTimeout: 30_000,
        },
      },
      {
        resolve,
        test: {
          name: "data",
          // Module indexes reach next-intl's navigation; let Vite resolve its "next/navigation".
          server: { deps: { inline: ["next-intl"] } },
          // One shared database per run, and some rules are global (the last admin): files run in turn.
          fileParallelism: false,
          include: ["db/**/*.data.test.ts", "lib/**/*.data.test.ts", "modules/**/*.data.test.ts"],
          environment: "node",
          globalSetup: ["test/vitest-global-setup.ts"],
          setupFiles: ["test/vitest-setup-data.ts"],
          testTimeout: 20_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
