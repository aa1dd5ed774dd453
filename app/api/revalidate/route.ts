import { revalidateTag } from "next/cache";
import { z } from "zod";
import { isRevalidationToken } from "@/lib/cache/revalidation-token";
import { TAG_PATTERN } from "@/lib/cache/tags";
import { isCrossSite } from "@/lib/http/origin";
import { authSecret } from "@/lib/secret";

const Body = z.object({ tags: z.array(z.string().regex(TAG_PATTERN)).min(1).max(50) });

/**
 * On-demand revalidation for writers outside the studio's server actions (imports, shell
 * scripts, the end-to-end fixtures): POST {"tags": [...]} with the bearer token of
 * lib/cache/revalidation-token.ts. Entries expire at once, so the next request is fresh.
 * A browser page of another site is refused before the token is even looked at.
 */
export async function POST(request: Request) {
  if (isCrossSite(request.headers)) return Response.json({ error: "Cross-site request refused" }, { status: 403 });
  const token = request.headers.get("authorization")?.replace(/^Bearer /, "") ?? "";
  if (!isRevalidationToken(token, authSecret())) return Response.json({ error: "Unauthorized" }, { status: 401 });
  const parsed = Body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return Response.json({ error: 'Expected {"tags": [...]} with valid tag names' }, { status: 400 });
  for (const tag of parsed.data.tags) revalidateTag(tag, { expire: 0 });
  return Response.json({ revalidated: parsed.data.tags });
}
