import { createHash } from "node:crypto";
import sharp from "sharp";
import { createAsset, getAssetByKey, type Asset } from "../../modules/media/queries/assets";
import { storage } from "../../modules/media/storage";
import type { Executor } from "@/db/executor";

/** Encodes a drawn demo image to WebP, stores and records it like an upload; the same SVG always yields the same asset. */
export async function storeSvgAsset(svg: string, folder: string, size: { width: number; height: number }, exec: Executor): Promise<Asset> {
  const hash = createHash("sha256").update(svg).digest("hex").slice(0, 20);
  const storageKey = `${folder}/${hash}.webp`;
  const existing = await getAssetByKey(storageKey, exec);
  if (existing) return existing;
  const data = await sharp(Buffer.from(svg)).webp({ quality: 84 }).toBuffer();
  await storage().put(storageKey, data);
  return createAsset({ storageKey, mimeType: "image/webp", ...size, bytes: data.length, variants: [] }, exec);
}
