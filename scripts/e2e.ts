import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createTestDatabase, testDialect } from "@/test/test-database";

/**
 * Runs the Playwright suite against a fresh database of EINBLICK_TEST_DIALECT (sqlite by
 * default): created here, migrated and seeded by the server's own start-up, dropped after.
 * Extra arguments go to `playwright test`.
 */
const dialect = testDialect();
const database = await createTestDatabase(dialect, "e2e");
const uploads = fs.mkdtempSync(path.join(os.tmpdir(), "einblick-e2e-uploads-"));
const mail = fs.mkdtempSync(path.join(os.tmpdir(), "einblick-e2e-mail-"));
let status = 1;
try {
  const result = spawnSync("npx", ["playwright", "test", ...process.argv.slice(2)], {
    stdio: "inherit",
    env: {
      ...process.env,
      EINBLICK_TEST_DIALECT: dialect,
      E2E_PORT: dialect === "postgres" ? "3101" : "3100",
      DATABASE_URL: database.url,
      UPLOADS_DIR: uploads,
      E2E_MAIL_DIR: mail,
      NEXTAUTH_SECRET: "e2e-secret-that-is-long-enough-for-validation",
      // Lets the test process use the server-only query modules to create its own data.
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server`.trim(),
    },
  });
  status = result.status ?? 1;
} finally {
  await database.drop();
  fs.rmSync(uploads, { recursive: true, force: true });
  fs.rmSync(mail, { recursive: true, force: true });
}
process.exit(status);
