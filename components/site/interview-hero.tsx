import { getTranslations } from "next-intl/server";
import type { InterviewDetail } from "@/modules/public-site";
import { plainText, readingMinutes, wordCount } from "@/lib/content/text";
import { formatLongDate } from "@/lib/dates";
import { Link } from "@/lib/i18n/navigation";
import { localized } from "@/lib/i18n/localized";
import { hrefs } from "@/lib/i18n/paths";

type Props = {
  interview: InterviewDetail;
  locale: string;
  timeZone: string;
  /** Live versions of the interview in other languages. */
  translations: { locale: string; slug: string }[];
};

/** An interview's head: its series (or that it is a portrait), title, teaser, date, reading time and the way to its other language. */
export async function InterviewHero({ interview, locale, timeZone, translations }: Props) {
  const t = await getTranslations({ locale, namespace: "interview" });
  const minutes = readingMinutes(wordCount(plainText(interview.body)));
  const otherLanguage = translations.find((tr) => tr.locale !== locale);
  return (
    <header className="interview-hero">
      <div className="container interview-hero-inner">
        <p className="eyebrow">
          {interview.series ? (
            <Link href={hrefs.series(interview.series.slug)} locale={locale}>
              {t("series", { name: localized(interview.series.name, locale) })}
            </Link>
          ) : (
            t("person")
          )}
        </p>
        <h1 className="interview-title">{interview.title}</h1>
        <p className="interview-teaser">{interview.teaser}</p>
        <p className="interview-meta">
          {interview.publishedAt ? (
            <>
              <time dateTime={interview.publishedAt.toISOString()}>{t("published", { date: formatLongDate(interview.publishedAt, locale, timeZone) })}</time>
              <span aria-hidden="true"> · </span>
            </>
          ) : null}
          <span>{t("readingTime", { minutes })}</span>
          {otherLanguage ? (
            <>
              <span aria-hidden="true"> · </span>
              <Link href={hrefs.interview(otherLanguage.slug)} locale={otherLanguage.locale} hrefLang={otherLanguage.locale} lang={otherLanguage.locale}>
                {t("otherLanguage")}
              </Link>
            </>
          ) : null}
        </p>
      </div>
    </header>
  );
}
