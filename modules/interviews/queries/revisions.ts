import "server-only";
import { and, desc, eq, lt } from "drizzle-orm";
import type { RevisionKind } from "@/db/schema/types";
import { findById } from "@/db/find";
import { defaultExecutor, inTransaction, tables, type Executor } from "@/db/executor";

export type Revision = ReturnType<typeof tables>["revisions"]["$inferSelect"];

/** What an author writes; everything a revision snapshots. */
export type RevisionContent = Pick<Revision, "title" | "teaser" | "body" | "seoTitle" | "seoDescription" | "ctaLabel" | "ctaUrl" | "socialImageAssetId">;

/** Interviews and stories share the revision model; a revision belongs to exactly one. */
export type RevisionOwner = { interviewId: string } | { storyId: string };

function ownerTable(owner: RevisionOwner) {
  const t = tables();
  return "interviewId" in owner
    ? { table: t.interviews, id: owner.interviewId, column: t.revisions.interviewId }
    : { table: t.stories, id: owner.storyId, column: t.revisions.storyId };
}

export type AppendResult = { ok: true; revision: Revision } | { ok: false; conflict: true; head: number };

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

export async function getRevisionByNumber(owner: RevisionOwner, number: number, exec: Executor = defaultExecutor()): Promise<Revision | null> {
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

/** What a history list shows of a revision: no body. */
export type RevisionSummary = Pick<Revision, "id" | "number" | "kind" | "title" | "createdAt"> & { authorName: string | null };

/** Newest first, with the author's current name. */
export async function listRevisionSummaries(owner: RevisionOwner, exec: Executor = defaultExecutor()): Promise<RevisionSummary[]> {
  const { revisions, users } = tables();
  const { id, column } = ownerTable(owner);
  return exec
    .select({
      id: revisions.id,
      number: revisions.number,
      kind: revisions.kind,
      title: revisions.title,
      createdAt: revisions.createdAt,
      authorName: users.name,
    })
    .from(revisions)
    .leftJoin(users, eq(users.id, revisions.authorId))
    .where(eq(column, id))
    .orderBy(desc(revisions.number));
}

const CONTENT_KEYS = [
  "title",
  "teaser",
  "body",
  "seoTitle",
  "seoDescription",
  "ctaLabel",
  "ctaUrl",
  "socialImageAssetId",
] as const satisfies (keyof RevisionContent)[];

/** Only what a revision snapshots, from a revision, an editor's input or anything that has it. */
export function pickContent(source: RevisionContent): RevisionContent {
  return Object.fromEntries(CONTENT_KEYS.map((key) => [key, source[key]])) as RevisionContent;
}

/** Key order does not matter (PostgreSQL's jsonb reorders keys), values do. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value && typeof value === "object") {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, canonical((value as Record<string, unknown>)[key])]),
    );
  }
  return value;
}

/** True when two revisions (or a revision and new content) say the same. */
export function sameContent(a: RevisionContent, b: RevisionContent): boolean {
  return CONTENT_KEYS.every((key) => JSON.stringify(canonical(a[key] ?? null)) === JSON.stringify(canonical(b[key] ?? null)));
}

/** An autosave is kept as a checkpoint when it is this long after the revision before it. */
export const AUTOSAVE_CHECKPOINT_MS = 10 * 60 * 1000;

/**
 * Keeps a history of autosaves readable: once `latest` (an autosave) is written, the autosave
 * just before it goes if it has the same author and follows its own predecessor by less than
 * ten minutes. A long writing session thus leaves one checkpoint per ten minutes and its
 * latest state. Explicit saves, published revisions and revisions a review or preview link
 * refers to are never removed.
 */
export async function coalesceAutosaves(owner: RevisionOwner, latest: Revision, exec: Executor): Promise<void> {
  if (latest.kind !== "autosave") return;
  const { revisions, reviewEvents, previewLinks } = tables();
  const { table, id, column } = ownerTable(owner);
  const [previous, beforeThat] = await exec
    .select()
    .from(revisions)
    .where(and(eq(column, id), lt(revisions.number, latest.number)))
    .orderBy(desc(revisions.number))
    .limit(2);
  if (!previous || previous.kind !== "autosave" || previous.authorId !== latest.authorId) return;
  if (beforeThat && previous.createdAt.getTime() - beforeThat.createdAt.getTime() >= AUTOSAVE_CHECKPOINT_MS) return;
  const [owned] = await exec.select({ published: table.publishedRevisionId }).from(table).where(eq(table.id, id));
  if (owned?.published === previous.id) return;
  const eventColumn = "interviewId" in owner ? reviewEvents.interviewId : reviewEvents.storyId;
  const [event] = await exec
    .select({ id: reviewEvents.id })
    .from(reviewEvents)
    .where(and(eq(eventColumn, id), eq(reviewEvents.revisionNumber, previous.number)))
    .limit(1);
  const [link] = await exec.select({ id: previewLinks.id }).from(previewLinks).where(eq(previewLinks.pinnedRevisionId, previous.id)).limit(1);
  if (event || link) return;
  await exec.delete(revisions).where(eq(revisions.id, previous.id));
}
