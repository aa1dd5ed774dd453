import "server-only";
import { and, desc, eq } from "drizzle-orm";
import type { RevisionKind } from "../schema/types";
import { findById } from "./find";
import { defaultExecutor, inTransaction, tables, type Executor } from "./executor";

export type Revision = ReturnType<typeof tables>["revisions"]["$inferSelect"];

/** What an author writes; everything a revision snapshots. */
export type RevisionContent = Pick<
  Revision,
  "title" | "teaser" | "body" | "seoTitle" | "seoDescription" | "ctaLabel" | "ctaUrl" | "socialImageAssetId"
>;

/** Interviews and stories share the revision model; a revision belongs to exactly one. */
export type RevisionOwner = { interviewId: string } | { storyId: string };

function ownerTable(owner: RevisionOwner) {
  const t = tables();
  return "interviewId" in owner
    ? { table: t.interviews, id: owner.interviewId, column: t.revisions.interviewId }
    : { table: t.stories, id: owner.storyId, column: t.revisions.storyId };
}

export type AppendResult =
  | { ok: true; revision: Revision }
  | { ok: false; conflict: true; head: number };

/**
 * Appends a revision with optimistic concurrency: it succeeds only when the owner's head
 * is still `expectedHead`, so two editors never silently overwrite each other. Both the
 * head bump and the insert happen in one transaction.
 */
export async function appendRevision(
  owner: RevisionOwner,
  expectedHead: number,
  content: RevisionContent,
  meta: { kind: RevisionKind; authorId: string | null },
  exec?: Executor,
): Promise<AppendResult> {
  return inTransaction(async (tx): Promise<AppendResult> => {
    const { table, id } = ownerTable(owner);
    const bumped = await tx
      .update(table)
      .set({ headRevision: expectedHead + 1, updatedAt: new Date() })
      .where(and(eq(table.id, id), eq(table.headRevision, expectedHead)))
      .returning({ head: table.headRevision });
    if (bumped.length === 0) {
      const [current] = await tx.select({ head: table.headRevision }).from(table).where(eq(table.id, id));
      if (!current) throw new Error(`No ${"interviewId" in owner ? "interview" : "story"} with id ${id}`);
      return { ok: false, conflict: true, head: current.head };
    }
    const [revision] = await tx
      .insert(tables().revisions)
      .values({
        ...content,
        ...owner,
        number: expectedHead + 1,
        kind: meta.kind,
        authorId: meta.authorId,
      })
      .returning();
    return { ok: true, revision: revision! };
  }, exec);
}

export function getRevision(id: string, exec: Executor = defaultExecutor()): Promise<Revision | null> {
  return findById(tables().revisions, id, exec);
}

export async function getRevisionByNumber(
  owner: RevisionOwner,
  number: number,
  exec: Executor = defaultExecutor(),
): Promise<Revision | null> {
  const { revisions } = tables();
  const { id, column } = ownerTable(owner);
  const [row] = await exec
    .select()
    .from(revisions)
    .where(and(eq(column, id), eq(revisions.number, number)))
    .limit(1);
  return row ?? null;
}

/** Newest first. */
export async function listRevisions(owner: RevisionOwner, exec: Executor = defaultExecutor()): Promise<Revision[]> {
  const { revisions } = tables();
  const { id, column } = ownerTable(owner);
  return exec.select().from(revisions).where(eq(column, id)).orderBy(desc(revisions.number));
}
