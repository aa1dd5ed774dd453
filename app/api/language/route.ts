import { z } from "zod";
import { languageSwitchTarget } from "@/modules/public-site";
import { routing } from "@/lib/i18n/routing";

export const dynamic = "force-dynamic";

const Query = z.object({
  to: z.enum(routing.locales),
  // A path of this site; anything else leads to the home page of the language asked for.
  from: z
    .string()
    .max(2000)
    .regex(/^\/(?!\/)/)
    .catch("/"),
});

/**
 * The header's language switch (GET ?to=en&from=/de/…): answers with a redirect to the same
 * page in that language, or the nearest one there is. The target is always built from our
 * own routes, never taken from the request, so this is no open redirect.
 */
export async function GET(request: Request) {
  const url = new URL(request.url);
  const parsed = Query.safeParse(Object.fromEntries(url.searchParams));
  const target = parsed.success ? await languageSwitchTarget(parsed.data.from, parsed.data.to) : `/${routing.defaultLocale}`;
  return new Response(null, { status: 303, headers: { Location: target, "Cache-Control": "no-store" } });
}
