import { defineConfig, devices } from "@playwright/test";
import { baseURL, oidc, port, smtpPort } from "./e2e/server";

/**
 * End-to-end tests in Debian's Chromium against a production build, started exactly as
 * `npm start` starts it. scripts/e2e.ts provides the throwaway database and runs this
 * once per dialect.
 */
const dialect = process.env.EINBLICK_TEST_DIALECT ?? "sqlite";

/**
 * Specs whose outcome does not depend on the database: they read public pages or check the
 * browser side (accessibility, findability, the language switches, 404s, the bundle,
 * screenshots). They run once, on SQLite; journeys that write through the studio run on
 * both dialects.
 */
const DIALECT_INDEPENDENT = [
  "accessibility.spec.ts",
  "bundle.spec.ts",
  "findability.spec.ts",
  "interview-index.spec.ts",
  "public-site.spec.ts",
  "screenshots.spec.ts",
  "studio-language.spec.ts",
  "universes-public.spec.ts",
];
const onceOnly = dialect === "sqlite" ? [] : DIALECT_INDEPENDENT;

const browser = {
  ...devices["Desktop Chrome"],
  launchOptions: {
    executablePath: process.env.PLAYWRIGHT_CHROMIUM_EXECUTABLE_PATH || "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  },
};

export default defineConfig({
  testDir: "e2e",
  outputDir: `test-results/${dialect}`,
  fullyParallel: true,
  workers: 2,
  forbidOnly: !!process.env.CI,
  retries: 0,
  reporter: [["list"]],
  // The app's outside services, run locally: a test SMTP server and an OpenID Connect provider.
  globalSetup: "./e2e/services.setup.ts",
  timeout: 30_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    locale: "de-DE",
    // CI keeps only its log, so a trace there is never read, and recording one for every
    // test costs about a tenth of the run; locally a failing test leaves its trace.
    trace: process.env.CI ? "off" : "retain-on-failure",
    screenshot: "only-on-failure",
  },
  projects: [
    {
      name: `chromium-${dialect}`,
      testIgnore: ["*.serial.spec.ts", "*.exclusive.spec.ts", "universes-*.spec.ts", ...onceOnly],
      use: browser,
    },
    {
      // The work universes' journeys, one at a time beside the rest: each creates universes
      // and reads the lists of all of them, so two of them at once would read each other's.
      name: `universes-${dialect}`,
      testMatch: "universes-*.spec.ts",
      testIgnore: ["*.exclusive.spec.ts", ...onceOnly],
      fullyParallel: false,
      workers: 1,
      use: browser,
    },
    {
      // Tests of shared state run after the rest: the site settings every page shows, and
      // cache entries that must stay put while other tests revalidate lists as they go.
      name: `serial-${dialect}`,
      testMatch: "*.serial.spec.ts",
      dependencies: [`chromium-${dialect}`, `universes-${dialect}`],
      use: browser,
    },
    {
      // Tests that need the whole site to themselves (no other test may add an admin
      // meanwhile), one at a time, after everything else.
      name: `exclusive-${dialect}`,
      testMatch: "*.exclusive.spec.ts",
      dependencies: [`serial-${dialect}`],
      fullyParallel: false,
      workers: 1,
      use: browser,
    },
  ],
  webServer: {
    command: "npx tsx --conditions=react-server scripts/start.ts",
    url: `${baseURL}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "ignore",
    stderr: "pipe",
    // No HOSTNAME: bound to 127.0.0.1, Next 16 turns the proxy's rewrites (localized paths)
    // into redirect loops; unset, it listens on every interface and rewrites work.
    env: {
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      MAIL_FROM: "Sonnenthal Karriere <karriere@sonnenthal.example>",
      OIDC_ISSUER: `http://127.0.0.1:${oidc.port}`,
      OIDC_CLIENT_ID: oidc.clientId,
      OIDC_CLIENT_SECRET: oidc.clientSecret,
      OIDC_NAME: "Sonnenthal-Konto",
    },
  },
});
