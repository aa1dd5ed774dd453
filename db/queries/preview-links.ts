import "server-only";
import { eq } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "./executor";

type PreviewLinkInsert = ReturnType<typeof tables>["previewLinks"]["$inferInsert"];
export type PreviewLink = ReturnType<typeof tables>["previewLinks"]["$inferSelect"];

/** Stores a link by the hash of its token; the token itself is never stored. */
export async function createPreviewLink(input: PreviewLinkInsert, exec: Executor = defaultExecutor()): Promise<PreviewLink> {
  const [row] = await exec.insert(tables().previewLinks).values(input).returning();
  return row!;
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
