import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";
import { boundaryZones } from "./eslint/boundaries.mjs";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      // Destructuring to drop fields is how we narrow rows to public shapes.
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", destructuredArrayIgnorePattern: "^_" }],
      // app → components → modules → lib, db (eslint/boundaries.mjs).
      "import/no-restricted-paths": ["error", { zones: boundaryZones }],
    },
  },
  {
    // Files small and named for what they hold, functions short (a test's describe block is not a function).
    ignores: ["db/seed/content/**"],
    rules: { "max-lines": ["error", { max: 300 }] },
  },
  {
    ignores: ["**/*.test.ts", "**/*.test.tsx", "e2e/**/*.spec.ts", "db/seed/content/**"],
    rules: { "max-lines-per-function": ["error", { max: 80, skipBlankLines: true, skipComments: true }] },
  },
  globalIgnores([".next/**", "node_modules/**", "data/**", "test-results/**", "playwright-report/**", "next-env.d.ts", "db/migrations/**"]),
]);
