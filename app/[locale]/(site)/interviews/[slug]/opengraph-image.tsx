import fs from "node:fs/promises";
import path from "node:path";
import { ImageResponse } from "next/og";
import { notFound } from "next/navigation";
import sharp from "sharp";
import { getAsset, focalCrop, storage } from "@/modules/media";
import { cachedInterview, cachedSettings } from "@/modules/public-site";
import { localized } from "@/lib/i18n/localized";
import { safeAccent } from "@/modules/site";
import { fullName } from "@/modules/people";

export const size = { width: 1200, height: 630 };
export const contentType = "image/png";
export const alt = "Interview";

/** The portrait as a PNG data URL, cropped around its focal point (the renderer reads PNG, not WebP). */
async function portraitDataUrl(key: string, focalX: number, focalY: number): Promise<string | null> {
  const data = await storage().get(key);
  if (!data) return null;
  const image = sharp(data);
  const { width = 0, height = 0 } = await image.metadata();
  const region = focalCrop({ width, height }, { width: 480, height: 630 }, { x: focalX, y: focalY });
  const png = await image.extract(region).resize(480, 630).png().toBuffer();
  return `data:image/png;base64,${png.toString("base64")}`;
}

/**
 * The site's typefaces for the image renderer, which reads WOFF but not WOFF2 (hence the
 * static @fontsource packages beside the variable ones the pages use). Latin and
 * Latin Extended cover names like "Größl" and "Yıldız".
 */
async function fonts() {
  const load = (pkg: string, file: string) => fs.readFile(path.join(process.cwd(), "node_modules", "@fontsource", pkg, "files", file));
  const faces = [
    ["fraunces", "Fraunces", 700],
    ["inter", "Inter", 400],
    ["inter", "Inter", 600],
  ] as const;
  return Promise.all(
    faces.flatMap(([pkg, name, weight]) =>
      ["latin", "latin-ext"].map(async (subset) => ({
        name,
        weight,
        style: "normal" as const,
        data: await load(pkg, `${pkg}-${subset}-${weight}-normal.woff`),
      })),
    ),
  );
}

/** The image uploaded for sharing, cut to the card's size around its middle. */
async function uploadedCard(assetId: string): Promise<Response | null> {
  const asset = await getAsset(assetId);
  const data = asset && (await storage().get(asset.storageKey));
  if (!data) return null;
  const png = await sharp(data).resize(size.width, size.height, { fit: "cover" }).png().toBuffer();
  return new Response(new Uint8Array(png), { headers: { "Content-Type": contentType } });
}

/**
 * A social card per live interview: the image uploaded for it, or one drawn from portrait,
 * name, role and company. Unpublished ones have none.
 */
export default async function Image({ params }: { params: Promise<{ locale: string; slug: string }> }) {
  const { locale, slug } = await params;
  const interview = await cachedInterview(locale, slug);
  if (!interview) notFound();
  const uploaded = interview.socialImageAssetId ? await uploadedCard(interview.socialImageAssetId) : null;
  if (uploaded) return uploaded;
  const settings = await cachedSettings();
  const portrait = interview.portrait ? await portraitDataUrl(interview.portrait.storageKey, interview.portrait.focalX, interview.portrait.focalY) : null;
  const accent = safeAccent(settings.accentColor);
  const name = fullName(interview.person);

  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", background: "#faf7f2", color: "#1d1a17", fontFamily: "Inter" }}>
      {portrait ? (
        <img src={portrait} width={480} height={630} alt="" style={{ objectFit: "cover" }} />
      ) : (
        <div style={{ width: 480, height: 630, background: accent, display: "flex" }} />
      )}
      <div style={{ flex: 1, display: "flex", flexDirection: "column", justifyContent: "space-between", padding: "56px 64px" }}>
        <div style={{ display: "flex", alignItems: "center", fontSize: 28, fontWeight: 600 }}>
          <div style={{ width: 22, height: 22, borderRadius: 11, background: accent, marginRight: 14 }} />
          {settings.companyName}
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <div style={{ fontFamily: "Fraunces", fontSize: 56, fontWeight: 700, lineHeight: 1.1, marginBottom: 28 }}>{interview.title}</div>
          <div style={{ fontSize: 32, fontWeight: 600 }}>{name}</div>
          <div style={{ fontSize: 28, color: "#57504a" }}>{localized(interview.person.jobTitle, locale)}</div>
        </div>
        <div style={{ display: "flex", height: 8, width: 120, background: accent, borderRadius: 4 }} />
      </div>
    </div>,
    { ...size, fonts: await fonts() },
  );
}
