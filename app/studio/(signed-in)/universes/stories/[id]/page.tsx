import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { StoryEditor } from "@/components/editor/story-editor";
import { PreviewLinksSection } from "@/components/editor/preview-links-section";
import { Comments } from "@/components/review/comments";
import { guardedPage } from "@/app/studio/guarded-page";
import { getRevisionByNumber, listStudioInterviews } from "@/modules/interviews";
import { getSiteSettings } from "@/modules/site";
import { listPeople, fullName } from "@/modules/people";
import { topics, universes } from "@/modules/taxonomy";
import { questionsOf } from "@/lib/content/text";
import { localized } from "@/lib/i18n/localized";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";
import { commentThreads, previewLinksPanel, storyWorkflowView } from "@/modules/workflow";

type Params = { params: Promise<{ id: string }> };

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.stories"))("metaTitle") };
}

/** One topic told by one universe: written, saved as revisions, and reviewed like an interview. */
export default async function StoryPage({ params }: Params) {
  const page = await guardedPage(params, "interview.read", "interviews", storyWorkflowView);
  if ("denied" in page) return page.denied;
  const { user, id, found: workflow } = page;
  const story = workflow.state.item;
  const [head, topic, universe, people, interviews, threads, previewLinks, settings, ui, t] = await Promise.all([
    getRevisionByNumber({ storyId: id }, story.headRevision),
    topics.getById(story.topicId),
    universes.getById(story.universeId),
    listPeople(),
    listStudioInterviews({ locale: story.locale }),
    commentThreads({ storyId: id }),
    previewLinksPanel({ storyId: id }),
    getSiteSettings(),
    studioLocale(),
    getTranslations("studio.stories"),
  ]);
  if (!head || !topic || !universe) notFound();
  const editable = can(user, "interview.edit");
  return (
    <>
      <p className="breadcrumb">
        <Link href={`/studio/universes?sprache=${story.locale}`}>{t("back")}</Link>
      </p>
      <h1>{t("heading", { topic: localized(topic.title, ui), universe: localized(universe.name, ui) })}</h1>
      <p className="muted">
        {localized(topic.framing, story.locale)} · {t(`language.${story.locale === "en" ? "en" : "de"}`)} ·{" "}
        <Link href={`/studio/universes/topics/${topic.id}/vorschau?sprache=${story.locale}`}>{t("topicPreview")}</Link>
      </p>
      <div className="story-layout">
        <StoryEditor
          key={story.headRevision}
          storyId={id}
          head={story.headRevision}
          workflow={workflow.view}
          editable={editable}
          timeZone={settings.timeZone}
          values={{ title: head.title, teaser: head.teaser, body: head.body, personId: story.personId ?? "", interviewId: story.interviewId ?? "" }}
          people={people
            .filter((person) => person.active || person.id === story.personId)
            .map((person) => ({ id: person.id, name: `${fullName(person)} · ${localized(person.jobTitle, ui)}` }))}
          interviews={interviews.map((row) => ({ id: row.id, name: `${row.title} · ${row.personName}` }))}
        />
        <aside className="story-aside" aria-label={t("feedback")}>
          {editable ? <PreviewLinksSection target={{ storyId: id }} head={story.headRevision} panel={previewLinks} timeZone={settings.timeZone} /> : null}
          <div className="panel">
            <Comments threads={threads} questions={questionsOf(head.body)} target={{ storyId: id }} timeZone={settings.timeZone} />
          </div>
        </aside>
      </div>
    </>
  );
}
