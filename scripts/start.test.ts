import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";

/** Runs `npm start`'s script with the given environment; it must stop before building. */
function start(env: Record<string, string>) {
  const result = spawnSync("npx", ["tsx", "--conditions=react-server", "scripts/start.ts"], {
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NODE_ENV: "production", ...env },
    encoding: "utf8",
    timeout: 30_000,
  });
  return { status: result.status, stderr: result.stderr, stdout: result.stdout };
}

describe("npm start refuses a bad configuration with one sentence and exit code 1", () => {
  it("an unknown database scheme", () => {
    const result = start({ DATABASE_URL: "mysql://root:geheim@localhost/einblick" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Einblick cannot start: DATABASE_URL must start with file:, postgres:// or postgresql:// (it starts with "mysql:").');
    expect(result.stderr + result.stdout).not.toContain("geheim");
  });

  it("a PostgreSQL server that does not answer", () => {
    const result = start({ DATABASE_URL: "postgres://einblick:geheim@127.0.0.1:1/einblick", NEXTAUTH_SECRET: "x".repeat(32) });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(
      /Einblick cannot start: DATABASE_URL points to a PostgreSQL database \(127\.0\.0\.1:1\/einblick\) that cannot be reached: .*ECONNREFUSED/,
    );
    expect(result.stderr + result.stdout).not.toContain("geheim");
  });

  it("a SQLite file that cannot be created", () => {
    const result = start({ DATABASE_URL: "file:/etc/hostname/einblick.db" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Einblick cannot start: DATABASE_URL points to a SQLite file (/etc/hostname/einblick.db) that cannot be opened");
  });

  it("PostgreSQL without a session secret, before anything touches the database", () => {
    // An unreachable address: the run must stop on the configuration, not on the connection.
    const result = start({ DATABASE_URL: "postgres://postgres@127.0.0.1:1/einblick" });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain("Einblick cannot start: NEXTAUTH_SECRET is missing: with PostgreSQL it must be set");
  });
});
