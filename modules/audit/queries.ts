import "server-only";
import { desc, inArray, like, or } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

type AuditInsert = ReturnType<typeof tables>["auditLog"]["$inferInsert"];
export type AuditEntry = ReturnType<typeof tables>["auditLog"]["$inferSelect"];

export async function audit(entry: AuditInsert, exec: Executor = defaultExecutor()): Promise<void> {
  await exec.insert(tables().auditLog).values(entry);
}

/** Newest first. */
export async function listAudit(limit: number, exec: Executor = defaultExecutor()): Promise<AuditEntry[]> {
  const { auditLog } = tables();
  return exec.select().from(auditLog).orderBy(desc(auditLog.createdAt), desc(auditLog.id)).limit(limit);
}

export type AuditRow = AuditEntry & { actorName: string | null; subjectName: string | null };

/**
 * One page of the log for the studio, newest first, optionally only actions starting with
 * one of `prefixes` ("sign_in.", "user."). Reads one row more than asked so the caller
 * knows whether an older page exists. Names come from the current user rows, so a renamed
 * user reads under the new name; deleted actors read as null.
 */
export async function auditPage(
  { prefixes, offset, limit }: { prefixes: readonly string[]; offset: number; limit: number },
  exec: Executor = defaultExecutor(),
): Promise<{ rows: AuditRow[]; hasOlder: boolean }> {
  const { auditLog, users } = tables();
  const filter = prefixes.length ? or(...prefixes.map((prefix) => like(auditLog.action, `${prefix}%`))) : undefined;
  const entries = await exec
    .select()
    .from(auditLog)
    .where(filter)
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(limit + 1)
    .offset(offset);
  const page = entries.slice(0, limit);
  const ids = [...new Set(page.flatMap((entry) => [entry.actorUserId, entry.entityType === "user" ? entry.entityId : null]))].filter(
    (id): id is string => id !== null,
  );
  const names = new Map(
    ids.length ? (await exec.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, ids))).map((u) => [u.id, u.name]) : [],
  );
  return {
    rows: page.map((entry) => ({
      ...entry,
      actorName: entry.actorUserId ? (names.get(entry.actorUserId) ?? null) : null,
      subjectName: entry.entityType === "user" && entry.entityId ? (names.get(entry.entityId) ?? null) : null,
    })),
    hasOlder: entries.length > limit,
  };
}
