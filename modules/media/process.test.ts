import sharp from "sharp";
import { FileRejected } from "@/lib/errors";
import { describe, expect, it } from "vitest";
import { localize } from "@/lib/i18n/bilingual";
import { MAX_UPLOAD_BYTES, processImage } from "./process";

const box = { width: 600, height: 200 };

async function rejection(input: Buffer): Promise<string> {
  try {
    await processImage(input, "logos", box);
  } catch (error) {
    if (error instanceof FileRejected) return localize(error.message, "de");
    throw error;
  }
  throw new Error("accepted");
}

describe("image uploads", () => {
  it("re-encodes to WebP within the box, keeps transparency and drops EXIF and GPS", async () => {
    const withGps = await sharp({ create: { width: 1200, height: 300, channels: 4, background: { r: 180, g: 70, b: 27, alpha: 0.5 } } })
      .jpeg()
      .withMetadata({ exif: { IFD0: { Make: "Kamera" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 46/1 0/1" } } })
      .toBuffer();
    expect((await sharp(withGps).metadata()).exif).toBeDefined();
    const out = await processImage(withGps, "logos", box);
    expect(out).toMatchObject({ mimeType: "image/webp", width: 600, height: 150 });
    expect(out.key).toMatch(/^logos\/[0-9a-f]{32}\.webp$/);
    const meta = await sharp(out.data).metadata();
    expect(meta.format).toBe("webp");
    expect(meta.exif).toBeUndefined();

    const transparent = await sharp({ create: { width: 100, height: 40, channels: 4, background: { r: 0, g: 0, b: 0, alpha: 0 } } })
      .png()
      .toBuffer();
    expect((await sharp((await processImage(transparent, "logos", box)).data).metadata()).hasAlpha).toBe(true);
  });

  it("decides by content: a renamed text file, an SVG and a truncated JPEG are refused", async () => {
    expect(await rejection(Buffer.from("GIF89a… kein Bild, nur Text"))).toMatch(/^Diese Datei ist kein Bild/);
    expect(await rejection(Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><script>alert(1)</script></svg>'))).toMatch(
      /^Diese Datei ist kein Bild/,
    );
    const jpeg = await sharp({ create: { width: 400, height: 400, channels: 3, background: "#336699" } })
      .jpeg()
      .toBuffer();
    expect(await rejection(jpeg.subarray(0, 300))).toMatch(/^Diese Datei ist kein Bild/);
  });

  it("refuses files over 15 MB and pixel bombs", async () => {
    expect(await rejection(Buffer.alloc(MAX_UPLOAD_BYTES + 1))).toMatch(/größer als 15 MB/);
    const huge = await sharp({ create: { width: 10_000, height: 7_000, channels: 3, background: "#ffffff" } })
      .png({ compressionLevel: 9 })
      .toBuffer();
    expect(await rejection(huge)).toMatch(/zu viele Pixel/);
  });
});
