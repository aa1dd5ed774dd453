import { getTranslations } from "next-intl/server";
import { cachedInterviewCards, cachedSettings, renderRss } from "@/modules/public-site";
import { config } from "@/lib/config";
import { hrefs, pathFor } from "@/lib/i18n/paths";
import { isLocale } from "@/lib/i18n/routing";
import { fullName } from "@/modules/people";

export const dynamic = "force-dynamic";

const FEED_SIZE = 30;

/** The newest live interviews of a locale as RSS. */
export async function GET(_request: Request, { params }: { params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) return new Response("Not found", { status: 404 });
  const base = config().siteUrl;
  const [settings, cards, t] = await Promise.all([
    cachedSettings(),
    cachedInterviewCards({ locale, limit: FEED_SIZE }),
    getTranslations({ locale, namespace: "meta" }),
  ]);
  const xml = renderRss({
    title: t("homeTitle", { company: settings.companyName }),
    url: `${base}/${locale}`,
    selfUrl: `${base}/${locale}/feed.xml`,
    description: t("homeDescription", { company: settings.companyName }),
    language: locale,
    items: cards.map((card) => ({
      title: card.title,
      url: `${base}${pathFor(locale, hrefs.interview(card.slug))}`,
      description: card.teaser,
      author: fullName(card.person),
      published: card.publishedAt ?? new Date(0),
    })),
  });
  return new Response(xml, { headers: { "Content-Type": "application/rss+xml; charset=utf-8", "Cache-Control": "no-store" } });
}
