import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { RevisionDiff } from "@/components/studio/revision-diff";
import { RevisionList } from "@/components/studio/revision-list";
import { getRevisionByNumber, listRevisionSummaries } from "@/modules/interviews";
import { getSiteSettings } from "@/modules/site";
import { RichText } from "@/lib/content/render";
import { formatDateTime } from "@/lib/dates";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";
import { interviewVersionsPage } from "../guard";

type Props = { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.revisions"))("title") };
}

const number = (value: string | string[] | undefined) => {
  const n = typeof value === "string" ? Number.parseInt(value, 10) : Number.NaN;
  return Number.isSafeInteger(n) && n > 0 ? n : null;
};

/**
 * An interview's history: every kept version with author and time; one version read as
 * applicants would, two compared word by word, any one restored as the newest.
 */
export default async function RevisionsPage({ params, searchParams }: Props) {
  const page = await interviewVersionsPage(params);
  if ("denied" in page) return page.denied;
  const { user, id, interview, head } = page;
  const query = await searchParams;
  const owner = { interviewId: id };
  const [revisions, settings, t, locale] = await Promise.all([
    listRevisionSummaries(owner),
    getSiteSettings(),
    getTranslations("studio.revisions"),
    studioLocale(),
  ]);
  const shown = number(query.ansehen);
  const [from, to] = [number(query.von), number(query.bis)];
  const [viewed, before, after] = await Promise.all([
    shown ? getRevisionByNumber(owner, shown) : null,
    from ? getRevisionByNumber(owner, from) : null,
    to ? getRevisionByNumber(owner, to) : null,
  ]);
  // Unless asked otherwise, the list offers the newest version against the one before it.
  const compare = { from: from ?? revisions[1]?.number, to: to ?? head.number };
  const when = (date: Date) => formatDateTime(date, locale, settings.timeZone);

  return (
    <>
      <p className="breadcrumb">
        <Link href={`/studio/interviews/${id}`}>{t("back", { title: head.title })}</Link>
      </p>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>

      {before && after ? (
        <section className="panel" aria-labelledby="diff-heading">
          <h2 id="diff-heading">{t("compareTitle", { from: before.number, to: after.number })}</h2>
          <RevisionDiff before={before} after={after} />
        </section>
      ) : null}

      {viewed ? (
        <section className="panel revision-view" aria-labelledby="view-heading">
          <h2 id="view-heading">{t("viewTitle", { number: viewed.number, time: when(viewed.createdAt) })}</h2>
          <article lang={interview.locale}>
            <p className="preview-title">{viewed.title}</p>
            {viewed.teaser ? <p className="interview-teaser">{viewed.teaser}</p> : null}
            <div className="prose">
              <RichText doc={viewed.body} labels={{ questionLink: t("questionLink") }} />
            </div>
          </article>
        </section>
      ) : null}

      <RevisionList
        interviewId={id}
        revisions={revisions}
        head={head.number}
        compare={compare}
        canEdit={can(user, "interview.edit")}
        locale={locale}
        timeZone={settings.timeZone}
      />
    </>
  );
}
