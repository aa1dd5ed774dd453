import { createHash } from "node:crypto";
import sharp, { type Metadata } from "sharp";
import { FileRejected } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";

/** Uploads are refused above this size, before anything is decoded. */
export const MAX_UPLOAD_BYTES = 15 * 1024 * 1024;
// Decoding is refused above this many pixels (a small file can unpack into a huge bitmap).
const MAX_INPUT_PIXELS = 60_000_000;
// What sharp reads and we accept, decided from the file's content, never its name or type header.
const ACCEPTED_FORMATS = new Set(["jpeg", "png", "webp", "avif", "heif"]);

export const IMAGE_MESSAGES = {
  tooLarge: msg("Die Datei ist größer als 15 MB. Bitte eine kleinere Fassung hochladen.", "The file is larger than 15 MB. Please upload a smaller version."),
  notAnImage: msg(
    "Diese Datei ist kein Bild, das wir lesen können. Erlaubt sind JPEG, PNG, WebP, AVIF und HEIC.",
    "This file is not an image we can read. JPEG, PNG, WebP, AVIF and HEIC are accepted.",
  ),
  // Sharp's prebuilt binaries read HEIF with AV1 (AVIF), not always the HEVC of iPhone photos.
  heic: msg(
    "HEIC-Fotos vom iPhone können wir nicht lesen. Bitte als JPEG senden (auf dem iPhone: Einstellungen › Kamera › Formate › Maximale Kompatibilität).",
    "We cannot read HEIC photos from an iPhone. Please send it as a JPEG (on the iPhone: Settings › Camera › Formats › Most Compatible).",
  ),
  tooManyPixels: msg(
    "Das Bild hat zu viele Pixel. Bitte auf höchstens 60 Megapixel verkleinern.",
    "The image has too many pixels. Please reduce it to 60 megapixels at most.",
  ),
};

export type ProcessedImage = { data: Buffer; key: string; mimeType: "image/webp"; width: number; height: number };

/**
 * Checks an upload by its content and re-encodes it as WebP within `box`: rotated as its
 * EXIF says, then stripped of all metadata (camera, GPS), transparency kept. The storage
 * key is the hash of the result, under `folder`, so the same picture is stored once.
 */
export async function processImage(input: Buffer, folder: string, box: { width: number; height: number }): Promise<ProcessedImage> {
  if (input.length > MAX_UPLOAD_BYTES) throw new FileRejected(IMAGE_MESSAGES.tooLarge);
  let metadata: Metadata;
  try {
    metadata = await sharp(input, { limitInputPixels: false }).metadata();
  } catch {
    throw new FileRejected(IMAGE_MESSAGES.notAnImage);
  }
  if (!metadata.format || !ACCEPTED_FORMATS.has(metadata.format)) throw new FileRejected(IMAGE_MESSAGES.notAnImage);
  if ((metadata.width ?? 0) * (metadata.height ?? 0) > MAX_INPUT_PIXELS) throw new FileRejected(IMAGE_MESSAGES.tooManyPixels);
  try {
    const { data, info } = await sharp(input, { limitInputPixels: MAX_INPUT_PIXELS })
      .rotate()
      .resize({ ...box, fit: "inside", withoutEnlargement: true })
      .webp({ quality: 88, alphaQuality: 100, effort: 4 })
      .toBuffer({ resolveWithObject: true });
    const hash = createHash("sha256").update(data).digest("hex").slice(0, 32);
    return { data, key: `${folder}/${hash}.webp`, mimeType: "image/webp", width: info.width, height: info.height };
  } catch {
    // Truncated or corrupt files pass the header check and fail here, and so do HEIC photos
    // where this sharp cannot decode HEVC: those get a way out instead of a shrug.
    throw new FileRejected(metadata.compression === "hevc" ? IMAGE_MESSAGES.heic : IMAGE_MESSAGES.notAnImage);
  }
}
