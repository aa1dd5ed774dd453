import type { Metadata } from "next";
import type { Locale } from "@/lib/i18n/routing";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { cache } from "react";
import { InterviewEditor } from "@/components/editor/interview-editor";
import { getAsset } from "@/modules/media";
import { guardedPage } from "@/app/studio/guarded-page";
import { listPeople, fullName } from "@/modules/people";
import { listBankQuestions, seriesTable } from "@/modules/taxonomy";
import { reviewTimeline, commentThreads, previewLinksPanel, workflowView } from "@/modules/workflow";
import { getSiteSettings } from "@/modules/site";
import { getInterviewWithHead, listTranslations } from "@/modules/interviews";
import { localized } from "@/lib/i18n/localized";
import { hrefs, pathFor } from "@/lib/i18n/paths";
import { routing } from "@/lib/i18n/routing";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

type Params = { params: Promise<{ id: string }> };

// Metadata and page read the same interview; once per request.
const loadInterview = cache(getInterviewWithHead);

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const loaded = await loadInterview((await params).id);
  return { title: loaded?.head.title ?? (await getTranslations("studio.meta"))("interviews") };
}

/** Opens an interview's newest revision in the editor; reviewers read it without editing. */
export default async function InterviewEditorPage({ params }: Params) {
  const page = await guardedPage(params, "interview.read", "interviews", (id) => loadInterview(id));
  if ("denied" in page) return page.denied;
  const {
    user,
    found: { interview, head },
  } = page;
  const [people, series, translations, settings, locale, bank, social, workflow] = await Promise.all([
    listPeople(),
    seriesTable.list(),
    listTranslations(interview),
    getSiteSettings(),
    studioLocale(),
    listBankQuestions(),
    head.socialImageAssetId ? getAsset(head.socialImageAssetId) : null,
    workflowView(interview, user),
  ]);
  if (!workflow) notFound();
  const [timeline, comments, previewLinks] = await Promise.all([
    reviewTimeline(interview.id, 20),
    commentThreads({ interviewId: interview.id }),
    previewLinksPanel({ interviewId: interview.id }),
  ]);
  // The public path in front of the address field: "/de/geschichten/".
  const pathPrefixes = Object.fromEntries(routing.locales.map((code) => [code, pathFor(code, hrefs.interview("x")).slice(0, -1)]));
  return (
    <InterviewEditor
      interviewId={interview.id}
      head={head.number}
      savedAt={head.createdAt.toISOString()}
      editable={can(user, "interview.edit")}
      published={interview.publishedAt !== null}
      values={{
        title: head.title,
        teaser: head.teaser,
        body: head.body,
        seoTitle: head.seoTitle ?? "",
        seoDescription: head.seoDescription ?? "",
        ctaLabel: head.ctaLabel ?? "",
        ctaUrl: head.ctaUrl ?? "",
        socialImageAssetId: head.socialImageAssetId,
        slug: interview.slug,
        personId: interview.personId,
        seriesId: interview.seriesId ?? "",
        // Written only through the draft schema, which allows the site's locales alone.
        locale: interview.locale as Locale,
      }}
      people={people
        .filter((person) => person.active || person.id === interview.personId)
        .map((person) => ({ id: person.id, name: `${fullName(person)} · ${localized(person.jobTitle, locale)}` }))}
      series={series.map((entry) => ({ id: entry.id, name: localized(entry.name, locale) }))}
      translations={translations}
      socialImage={social && { id: social.id, src: `/api/media/${social.storageKey}` }}
      workflow={workflow.view}
      consent={workflow.view.checks.some((check) => check.key === "consent" && check.ok)}
      timeline={timeline.map((entry) => ({ ...entry, createdAt: entry.createdAt.toISOString() }))}
      comments={comments}
      previewLinks={previewLinks}
      bank={bank.map(({ id: questionId, text, locale: language, seriesId }) => ({ id: questionId, text, locale: language, seriesId }))}
      pathPrefixes={pathPrefixes}
      timeZone={settings.timeZone}
    />
  );
}
