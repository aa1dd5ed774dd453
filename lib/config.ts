import path from "node:path";
import { z } from "zod";

/**
 * Process configuration, read from the environment once and validated with zod.
 * Every problem is reported as one sentence that names the variable, because the
 * person reading it is usually setting up a server, not reading a stack trace.
 */

const DEFAULT_SQLITE_FILE = "data/einblick.db";

const databaseUrl = z
  .string()
  .trim()
  .optional()
  .transform((value) => (value ? value : `file:${DEFAULT_SQLITE_FILE}`))
  .superRefine((value, ctx) => {
    if (!/^(file:|postgres:\/\/|postgresql:\/\/)/.test(value)) {
      ctx.addIssue({
        code: "custom",
        message: `must start with file:, postgres:// or postgresql:// (it starts with "${value.split(":")[0]}:")`,
      });
    }
  });

const envSchema = z.object({
  DATABASE_URL: databaseUrl,
  NEXTAUTH_SECRET: z.string().min(32, "must be at least 32 characters long (try: openssl rand -base64 32)").optional(),
  SITE_URL: z.url({ protocol: /^https?$/, error: "must be an http(s) URL such as https://karriere.example.com" }).optional(),
  PORT: z.coerce.number().int().min(1, "must be a port number between 1 and 65535").max(65535, "must be a port number between 1 and 65535").default(3000),
  // Next.js 16 builds its proxy rewrites for "localhost"; bound to a loopback IP literal, the
  // rewrites behind localized paths come back as redirects to themselves.
  HOSTNAME: z
    .string()
    .trim()
    .min(1)
    .refine(
      (host) => !/^(127\.\d+\.\d+\.\d+|::1|\[::1\])$/.test(host),
      "must be localhost rather than a loopback address like 127.0.0.1 (Next.js 16 would loop on localized pages)",
    )
    .optional(),
  ADMIN_EMAIL: z.email("must be an email address").default("admin@sonnenthal.example"),
  UPLOADS_DIR: z.string().trim().min(1).default("data/uploads"),
  SESSION_MAX_AGE_HOURS: z.coerce
    .number({ error: "must be a number of hours, such as 12" })
    .min(0.25, "must be at least 0.25 (a quarter of an hour)")
    .max(24 * 30, "must be at most 720 (30 days)")
    .default(12),
  SESSION_IDLE_MINUTES: z.coerce
    .number({ error: "must be a number of minutes, such as 120" })
    .int("must be a whole number of minutes")
    .min(5, "must be at least 5")
    .max(24 * 60 * 30, "must be at most 43200 (30 days)")
    .default(120),
  OIDC_ISSUER: z
    .url({ protocol: /^https?$/, error: "must be the issuer URL of the OpenID Connect provider, such as https://login.microsoftonline.com/<tenant>/v2.0" })
    .optional(),
  OIDC_CLIENT_ID: z.string().trim().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().trim().min(1).optional(),
  OIDC_NAME: z.string().trim().min(1).max(40, "must be at most 40 characters (it is the label of the sign-in button)").default("Single Sign-on"),
  SMTP_URL: z
    .string()
    .trim()
    .optional()
    .refine((value) => !value || /^smtps?:\/\/[^/]+/.test(value), "must be an smtp:// or smtps:// URL such as smtps://user:password@mail.example.com:465"),
  MAIL_FROM: z
    .string()
    .trim()
    .optional()
    .refine(
      (value) => !value || /^([^<>]*<[^\s@<>]+@[^\s@<>]+>|[^\s@<>]+@[^\s@<>]+)$/.test(value),
      'must be an address such as karriere@example.com or "Karriere <karriere@example.com>"',
    ),
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
});

export type Dialect = "sqlite" | "postgres";

export type Config = {
  dialect: Dialect;
  databaseUrl: string;
  /** Absolute path of the SQLite file; only set for the sqlite dialect. */
  sqliteFile: string | null;
  authSecret: string | undefined;
  siteUrl: string;
  port: number;
  hostname: string | undefined;
  adminEmail: string;
  uploadsDir: string;
  /** Sign-in through the organisation's identity provider, or null when not set up. */
  oidc: { issuer: string; clientId: string; clientSecret: string; name: string } | null;
  /** Outgoing mail (invitations, resets), or null: then links are only shown to the admin. */
  smtp: { url: string; from: string } | null;
  /** Studio sessions end this long after sign-in, however active (seconds). */
  sessionMaxAgeS: number;
  /** … and after this long without a request (seconds). */
  sessionIdleS: number;
  isProduction: boolean;
};

export class ConfigError extends Error {
  override name = "ConfigError";
}

export function parseConfig(env: Record<string, string | undefined>): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? "configuration");
    throw new ConfigError(`${variable} ${issue.message}.`);
  }
  const e = parsed.data;
  const dialect: Dialect = e.DATABASE_URL.startsWith("file:") ? "sqlite" : "postgres";
  // A deployment on PostgreSQL may run several instances; they must share one secret.
  // (With SQLite, lib/secret.ts generates one beside the database file.)
  if (dialect === "postgres" && !e.NEXTAUTH_SECRET) {
    throw new ConfigError(
      "NEXTAUTH_SECRET is missing: with PostgreSQL it must be set to a random string of at least 32 characters (for example: openssl rand -base64 32).",
    );
  }
  const oidcParts = [e.OIDC_ISSUER, e.OIDC_CLIENT_ID, e.OIDC_CLIENT_SECRET];
  if (oidcParts.some(Boolean) && !oidcParts.every(Boolean)) {
    throw new ConfigError("OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together (single sign-on is on only when all three are).");
  }
  const sqliteFile = dialect === "sqlite" ? path.resolve(e.DATABASE_URL.slice("file:".length)) : null;
  return {
    dialect,
    databaseUrl: e.DATABASE_URL,
    sqliteFile,
    authSecret: e.NEXTAUTH_SECRET,
    siteUrl: (e.SITE_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ""),
    port: e.PORT,
    hostname: e.HOSTNAME,
    adminEmail: e.ADMIN_EMAIL.toLowerCase(),
    uploadsDir: path.resolve(e.UPLOADS_DIR),
    oidc:
      e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET
        ? { issuer: e.OIDC_ISSUER.replace(/\/$/, ""), clientId: e.OIDC_CLIENT_ID, clientSecret: e.OIDC_CLIENT_SECRET, name: e.OIDC_NAME }
        : null,
    smtp: e.SMTP_URL ? { url: e.SMTP_URL, from: e.MAIL_FROM ?? `Einblick <no-reply@${new URL(e.SMTP_URL).hostname}>` } : null,
    sessionMaxAgeS: Math.round(e.SESSION_MAX_AGE_HOURS * 3600),
    sessionIdleS: e.SESSION_IDLE_MINUTES * 60,
    isProduction: e.NODE_ENV === "production",
  };
}

let cached: Config | undefined;

/** The validated configuration of this process, parsed on first use. */
export function config(): Config {
  cached ??= parseConfig(process.env);
  return cached;
}
