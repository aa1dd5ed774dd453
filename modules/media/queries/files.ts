import "server-only";
import { STORAGE_KEY, storage } from "../storage";
import { getAssetByKey } from "./assets";

/** The bytes and type of a stored asset, or null when the key is not a recorded asset. */
export async function getMediaFile(key: string): Promise<{ data: Buffer; mimeType: string } | null> {
  if (!STORAGE_KEY.test(key)) return null;
  const asset = await getAssetByKey(key);
  if (!asset) return null;
  const data = await storage().get(key);
  if (!data) return null;
  return { data, mimeType: asset.mimeType };
}
