import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig } from "./config";

describe("configuration", () => {
  it("defaults to SQLite at data/einblick.db on port 3000", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      dialect: "sqlite",
      sqliteFile: path.resolve("data/einblick.db"),
      port: 3000,
      siteUrl: "http://localhost:3000",
      adminEmail: "admin@sonnenthal.example",
      sessionMaxAgeS: 12 * 3600,
      sessionIdleS: 2 * 3600,
    });
  });

  it("sends mail only when SMTP_URL is set, and checks both mail settings", () => {
    expect(parseConfig({}).smtp).toBeNull();
    expect(parseConfig({ SMTP_URL: "smtps://u:p@mail.example.com:465" }).smtp).toEqual({
      url: "smtps://u:p@mail.example.com:465",
      from: "Einblick <no-reply@mail.example.com>",
    });
    expect(parseConfig({ SMTP_URL: "smtp://127.0.0.1:2525", MAIL_FROM: "Karriere <karriere@example.com>" }).smtp?.from).toBe("Karriere <karriere@example.com>");
    expect(() => parseConfig({ SMTP_URL: "https://mail.example.com" })).toThrow(/^SMTP_URL must be an smtp:\/\/ or smtps:\/\/ URL/);
    expect(() => parseConfig({ SMTP_URL: "smtp://h", MAIL_FROM: "keine adresse" })).toThrow(/^MAIL_FROM must be an address/);
  });

  it("switches single sign-on on only with issuer, client id and secret together", () => {
    expect(parseConfig({}).oidc).toBeNull();
    const oidc = { OIDC_ISSUER: "https://login.example.com/tenant/v2.0/", OIDC_CLIENT_ID: "einblick", OIDC_CLIENT_SECRET: "s3cret" };
    expect(parseConfig(oidc).oidc).toEqual({
      issuer: "https://login.example.com/tenant/v2.0",
      clientId: "einblick",
      clientSecret: "s3cret",
      name: "Single Sign-on",
    });
    expect(parseConfig({ ...oidc, OIDC_NAME: "Microsoft" }).oidc?.name).toBe("Microsoft");
    expect(() => parseConfig({ OIDC_ISSUER: oidc.OIDC_ISSUER })).toThrow(/^OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together/);
    expect(() => parseConfig({ ...oidc, OIDC_ISSUER: "login.example.com" })).toThrow(/^OIDC_ISSUER must be the issuer URL/);
  });

  it("reads the session lifetimes in hours and minutes", () => {
    expect(parseConfig({ SESSION_MAX_AGE_HOURS: "8", SESSION_IDLE_MINUTES: "30" })).toMatchObject({ sessionMaxAgeS: 8 * 3600, sessionIdleS: 1800 });
    expect(() => parseConfig({ SESSION_IDLE_MINUTES: "1" })).toThrow("SESSION_IDLE_MINUTES must be at least 5.");
    expect(() => parseConfig({ SESSION_MAX_AGE_HOURS: "zwölf" })).toThrow("SESSION_MAX_AGE_HOURS must be a number of hours, such as 12.");
  });

  it("chooses PostgreSQL for postgres:// and postgresql:// URLs", () => {
    const secret = "s".repeat(32);
    expect(parseConfig({ DATABASE_URL: "postgres://u@h/db", NEXTAUTH_SECRET: secret }).dialect).toBe("postgres");
    expect(parseConfig({ DATABASE_URL: "postgresql://u@h/db", NEXTAUTH_SECRET: secret }).dialect).toBe("postgres");
    expect(() => parseConfig({ DATABASE_URL: "postgres://u@h/db" })).toThrow(/^NEXTAUTH_SECRET is missing: with PostgreSQL/);
    expect(parseConfig({ DATABASE_URL: "file:/tmp/x.db" }).sqliteFile).toBe("/tmp/x.db");
  });

  it("explains a bad value in one sentence that names the variable and hides credentials", () => {
    const error = (() => {
      try {
        parseConfig({ DATABASE_URL: "mysql://root:geheim@db/einblick" });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toBe('DATABASE_URL must start with file:, postgres:// or postgresql:// (it starts with "mysql:").');
    expect((error as Error).message).not.toContain("geheim");
    expect(() => parseConfig({ PORT: "80000" })).toThrow("PORT must be a port number between 1 and 65535.");
    expect(() => parseConfig({ NEXTAUTH_SECRET: "kurz" })).toThrow(/^NEXTAUTH_SECRET must be at least 32 characters long/);
    expect(() => parseConfig({ SITE_URL: "javascript:alert(1)" })).toThrow(/^SITE_URL must be an http\(s\) URL/);
    expect(() => parseConfig({ HOSTNAME: "127.0.0.1" })).toThrow(/^HOSTNAME must be localhost rather than a loopback address/);
    expect(parseConfig({ HOSTNAME: "localhost" }).hostname).toBe("localhost");
  });
});
