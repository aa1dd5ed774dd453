import "server-only";
import { eq } from "drizzle-orm";
import { findById } from "@/db/find";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

type AssetInsert = ReturnType<typeof tables>["assets"]["$inferInsert"];
export type Asset = ReturnType<typeof tables>["assets"]["$inferSelect"];

export async function createAsset(input: AssetInsert, exec: Executor = defaultExecutor()): Promise<Asset> {
  const [row] = await exec.insert(tables().assets).values(input).returning();
  return row!;
}

export function getAsset(id: string, exec: Executor = defaultExecutor()): Promise<Asset | null> {
  return findById(tables().assets, id, exec);
}

export async function getAssetByKey(storageKey: string, exec: Executor = defaultExecutor()): Promise<Asset | null> {
  const { assets } = tables();
  const [row] = await exec.select().from(assets).where(eq(assets.storageKey, storageKey)).limit(1);
  return row ?? null;
}

/** The site's logo as the header shows it, or null when none is set. */
export async function logoImage(assetId: string | null, exec: Executor = defaultExecutor()): Promise<{ src: string; width: number; height: number } | null> {
  const logo = assetId ? await getAsset(assetId, exec) : null;
  return logo && { src: `/api/media/${logo.storageKey}`, width: logo.width, height: logo.height };
}
