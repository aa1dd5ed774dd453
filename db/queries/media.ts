import "server-only";
import { MIME_BY_EXTENSION, STORAGE_KEY, storage } from "@/lib/storage";
import { getAssetByKey } from "./assets";

/** The bytes and type of a stored asset, or null when the key is not a known asset. */
export async function getMediaFile(key: string): Promise<{ data: Buffer; mimeType: string } | null> {
  if (!STORAGE_KEY.test(key)) return null;
  // Variants are stored as "<asset key without extension>-<width>.<format>".
  const baseKey = key.replace(/-\d+\.(webp|avif)$/, ".webp");
  const asset = (await getAssetByKey(key)) ?? (baseKey !== key ? await getAssetByKey(baseKey) : null);
  if (!asset || (asset.storageKey !== key && !asset.variants.some((variant) => variant.key === key))) return null;
  const data = await storage().get(key);
  if (!data) return null;
  return { data, mimeType: MIME_BY_EXTENSION[key.split(".").pop()!] ?? asset.mimeType };
}
