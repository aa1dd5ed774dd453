import { postgresTables } from "./postgres";
import { sqliteTables } from "./sqlite";

// drizzle-kit reads a schema's tables from the named exports of one file. It runs once per
// dialect (drizzle.config.ts), so this file exports the tables of the dialect it generates
// for; parity.types.test.ts checks that it exports every table.
export const {
  settings,
  users,
  userSessions,
  recoveryCodes,
  accountTokens,
  signInThrottle,
  assets,
  departments,
  locations,
  series,
  questionBank,
  people,
  interviews,
  searchIndex,
  interviewRedirects,
  universes,
  topics,
  stories,
  revisions,
  reviewEvents,
  previewLinks,
  jobs,
  auditLog,
  notifications,
} = process.env.EINBLICK_DIALECT === "postgres" ? postgresTables : sqliteTables;
