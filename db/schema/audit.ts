import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { AuditDetails } from "./types";

/** The audit log: who changed what, and when. */
export function defineAuditLog<D extends DialectTypes>(b: Builders<D>, { users }: { users: Referenced }) {
  const { text } = b;
  const { id, createdAt, json } = sharedColumns(b);

  const auditLog = b.table(
    "audit_log",
    {
      id: id(),
      actorUserId: text("actor_user_id").references(() => users.id, { onDelete: "set null" }),
      action: text("action").notNull(),
      entityType: text("entity_type").notNull(),
      entityId: text("entity_id"),
      details: json<AuditDetails>("details").notNull(),
      createdAt: createdAt(),
    },
    (t) => [b.index("audit_log_created_idx").on(t.createdAt), b.index("audit_log_entity_idx").on(t.entityType, t.entityId)],
  );

  return { auditLog };
}
