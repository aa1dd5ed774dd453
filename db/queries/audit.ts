import "server-only";
import { desc } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "./executor";

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
