import { getMediaFile } from "@/modules/media";

/**
 * Serves stored images. Only keys recorded as assets (or their variants) are served, so
 * the route cannot be used to read arbitrary files. Keys are content-addressed, hence
 * cacheable for a year.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ key: string[] }> }) {
  const { key } = await params;
  const file = await getMediaFile(key.join("/"));
  if (!file) return new Response("Not found", { status: 404 });
  return new Response(new Uint8Array(file.data), {
    headers: {
      "Content-Type": file.mimeType,
      "Content-Length": String(file.data.length),
      "Cache-Control": "public, max-age=31536000, immutable",
      "X-Content-Type-Options": "nosniff",
    },
  });
}
