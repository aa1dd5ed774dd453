import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { Role } from "./types";

/** Users, and the one-time links that let them set a password. */
export function defineUsers<D extends DialectTypes>(b: Builders<D>) {
  const { text, integer, bool, timestamp } = b;
  const { id, createdAt, updatedAt } = sharedColumns(b);

  const users = b.table(
    "users",
    {
      id: id(),
      email: text("email").notNull(),
      name: text("name").notNull(),
      role: text("role").$type<Role>().notNull(),
      passwordHash: text("password_hash"),
      disabled: bool("disabled").notNull().default(false),
      tokenVersion: integer("token_version").notNull().default(0),
      /** The TOTP secret, encrypted (modules/accounts/two-factor/secret-box.ts); set while enrolling and after. */
      totpSecret: text("totp_secret"),
      /** Set once a first code confirmed the enrolment: from then on sign-in asks for a code. */
      totpEnabledAt: timestamp("totp_enabled_at"),
      /** The time step of the last accepted code, so a code works only once. */
      totpLastStep: integer("totp_last_step"),
      createdAt: createdAt(),
      updatedAt: updatedAt(),
    },
    (t) => [b.uniqueIndex("users_email_unique").on(t.email)],
  );

  /**
   * One-time links that let a user set a password: an admin's invitation or a reset. Only a
   * hash of the token is stored; a link works once, until it expires.
   */
  const accountTokens = b.table(
    "account_tokens",
    {
      id: id(),
      userId: text("user_id")
        .notNull()
        .references(() => users.id, { onDelete: "cascade" }),
      purpose: text("purpose").$type<"invite" | "reset">().notNull(),
      tokenHash: text("token_hash").notNull(),
      expiresAt: timestamp("expires_at").notNull(),
      usedAt: timestamp("used_at"),
      createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
      createdAt: createdAt(),
    },
    (t) => [b.uniqueIndex("account_tokens_token_hash_unique").on(t.tokenHash), b.index("account_tokens_user_idx").on(t.userId)],
  );

  return { users, accountTokens };
}

/** What signing in keeps: sessions, recovery codes and the throttle on failed attempts. */
export function defineSignIn<D extends DialectTypes>(b: Builders<D>, { users }: { users: Referenced }) {
  const { text, integer, timestamp } = b;
  const { id, createdAt, updatedAt } = sharedColumns(b);

  /**
   * One row per signed-in browser: the JWT carries its id. It makes the idle timeout work
   * (RSC requests cannot refresh the cookie, so activity is recorded here) and lets sign-out
   * end a session on the server, not only in the browser.
   */
  const userSessions = b.table(
    "user_sessions",
    {
      id: id(),
      userId: text("user_id")
        .notNull()
        .references(() => users.id, { onDelete: "cascade" }),
      lastSeenAt: timestamp("last_seen_at").notNull(),
      createdAt: createdAt(),
    },
    (t) => [b.index("user_sessions_user_idx").on(t.userId)],
  );

  /** Single-use codes for signing in without the authenticator app; only hashes are stored. */
  const recoveryCodes = b.table(
    "recovery_codes",
    {
      id: id(),
      userId: text("user_id")
        .notNull()
        .references(() => users.id, { onDelete: "cascade" }),
      codeHash: text("code_hash").notNull(),
      usedAt: timestamp("used_at"),
      createdAt: createdAt(),
    },
    (t) => [b.uniqueIndex("recovery_codes_code_hash_unique").on(t.codeHash), b.index("recovery_codes_user_idx").on(t.userId)],
  );

  /**
   * Failed sign-ins per account ("email:…") and per client address ("ip:…"), kept in the
   * database so the throttle holds across restarts and instances.
   */
  const signInThrottle = b.table("sign_in_throttle", {
    key: text("key").primaryKey(),
    failures: integer("failures").notNull().default(0),
    blockedUntil: timestamp("blocked_until"),
    updatedAt: updatedAt(),
  });

  return { userSessions, recoveryCodes, signInThrottle };
}
