import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import type { Owner } from "./state";

type PreviewLinkInsert = ReturnType<typeof tables>["previewLinks"]["$inferInsert"];
export type PreviewLink = ReturnType<typeof tables>["previewLinks"]["$inferSelect"];

/** Stores a link by the hash of its token; the token itself is never stored. */
export async function createPreviewLink(input: PreviewLinkInsert, exec: Executor = defaultExecutor()): Promise<PreviewLink> {
  const [row] = await exec.insert(tables().previewLinks).values(input).returning();
  return row!;
}

/** The link stored under a token's hash while it is usable: of this purpose, not revoked, not expired. */
export async function findUsableLink(
  tokenHash: string,
  purpose: PreviewLink["purpose"],
  now: Date,
  exec: Executor = defaultExecutor(),
): Promise<PreviewLink | null> {
  const link = await getPreviewLinkByHash(tokenHash, exec);
  return link && link.purpose === purpose && !link.revokedAt && link.expiresAt > now ? link : null;
}

export async function getPreviewLinkByHash(tokenHash: string, exec: Executor = defaultExecutor()): Promise<PreviewLink | null> {
  const { previewLinks } = tables();
  const [row] = await exec.select().from(previewLinks).where(eq(previewLinks.tokenHash, tokenHash)).limit(1);
  return row ?? null;
}

export async function revokePreviewLink(id: string, now: Date = new Date(), exec: Executor = defaultExecutor()): Promise<void> {
  const { previewLinks } = tables();
  await exec.update(previewLinks).set({ revokedAt: now }).where(eq(previewLinks.id, id));
}

export async function getPreviewLink(id: string, exec: Executor = defaultExecutor()): Promise<PreviewLink | null> {
  const { previewLinks } = tables();
  const [row] = await exec.select().from(previewLinks).where(eq(previewLinks.id, id)).limit(1);
  return row ?? null;
}

export type ActivePreviewLink = Pick<PreviewLink, "id" | "expiresAt" | "createdAt"> & { pinnedNumber: number | null; createdByName: string | null };

/** An interview's or a story's preview links that still work, newest first. */
export async function listActivePreviewLinks(owner: Owner, now: Date = new Date(), exec: Executor = defaultExecutor()): Promise<ActivePreviewLink[]> {
  const { previewLinks: l, revisions, users } = tables();
  return exec
    .select({ id: l.id, expiresAt: l.expiresAt, createdAt: l.createdAt, pinnedNumber: revisions.number, createdByName: users.name })
    .from(l)
    .leftJoin(revisions, eq(revisions.id, l.pinnedRevisionId))
    .leftJoin(users, eq(users.id, l.createdBy))
    .where(
      and(
        "interviewId" in owner ? eq(l.interviewId, owner.interviewId) : eq(l.storyId, owner.storyId),
        eq(l.purpose, "preview"),
        isNull(l.revokedAt),
        gt(l.expiresAt, now),
      ),
    )
    .orderBy(desc(l.createdAt));
}
