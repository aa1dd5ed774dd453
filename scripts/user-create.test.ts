import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "einblick-user-create-"));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function userCreate(...args: string[]) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/user-create.ts", ...args], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", DATABASE_URL: `file:${path.join(dir, "e.db")}` },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe("npm run user:create", () => {
  it("creates a user and shows the generated password once; a second one with that email is refused", () => {
    const created = userCreate("--email", "Grete@Sonnenthal.example", "--name", "Grete Groß", "--role", "reviewer");
    expect(created.status).toBe(0);
    expect(created.out).toMatch(/Created reviewer grete@sonnenthal\.example\n\s+password: [a-zA-Z2-9]{5}(-[a-zA-Z2-9]{5}){3}/);

    const again = userCreate("--email", "grete@sonnenthal.example", "--name", "Grete", "--role", "admin");
    expect(again.status).toBe(1);
    expect(again.err).toContain("The user was not created: a user with the email grete@sonnenthal.example already exists");
  }, 60_000);

  it("explains a bad role", () => {
    const result = userCreate("--email", "x@sonnenthal.example", "--name", "X", "--role", "boss");
    expect(result.status).toBe(1);
    expect(result.err).toContain("The user was not created: --role must be admin, editor or reviewer");
  });
});
