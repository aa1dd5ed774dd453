import createMiddleware from "next-intl/middleware";
import { routing } from "@/lib/i18n/routing";

// Locale negotiation and the / → /de redirect. Convenience only: no authorization here.
export default createMiddleware(routing);

export const config = {
  // Everything except API routes, the studio, consent and preview links, Next internals, generated social
  // images and files with an extension (feeds, sitemap).
  matcher: ["/((?!api|studio|einwilligung|vorschau|_next|_vercel|.*opengraph-image|.*\\..*).*)"],
};
