import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { ButtonLinks } from "@/components/studio/button-links";
import { WorkList } from "@/components/studio/work-list";
import { awaitingEditors, awaitingReview, commentedBy, storiesAwaitingReview, type InboxItem } from "@/modules/workflow";
import { interviewStatusCounts, listStudioInterviews } from "@/modules/interviews";
import { getSiteSettings } from "@/modules/site";
import { requireUser } from "@/modules/accounts/request";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("home") };
}

const STATES = ["published", "in_review", "draft"] as const;

export default async function StudioHome() {
  const user = await requireUser();
  const reviews = can(user, "interview.review");
  const edits = can(user, "interview.edit");
  const [counts, t, recent, settings, locale, waiting, waitingStories, requested, approved, commented] = await Promise.all([
    interviewStatusCounts(),
    getTranslations("studio.home"),
    listStudioInterviews({ limit: 5 }),
    getSiteSettings(),
    studioLocale(),
    reviews ? awaitingReview(user.id) : [],
    reviews ? storiesAwaitingReview(user.id) : [],
    edits ? awaitingEditors("changes_requested") : [],
    edits ? awaitingEditors("approved") : [],
    commentedBy(user.id),
  ]);
  const toEditor = (item: InboxItem) => ({ ...item, href: `/studio/interviews/${item.id}` });
  return (
    <>
      <h1>{t("welcome", { name: user.name })}</h1>
      <p className="muted">{t("intro")}</p>
      <ul className="stat-grid" role="list" aria-label={t("stats")}>
        {STATES.map((status) => (
          <li key={status} className="stat">
            <span className="stat-value">{counts[status] ?? 0}</span>
            {t(status)}
          </li>
        ))}
      </ul>
      {edits ? (
        <ButtonLinks
          className="home-actions"
          links={[
            { href: "/studio/interviews/new", label: t("newInterview") },
            { href: "/studio/people/new", label: t("newPerson") },
          ]}
        />
      ) : null}
      <WorkList
        id="waiting-heading"
        title={t("awaitingReview")}
        items={waiting.map((item) => ({ ...item, href: `/studio/interviews/${item.id}/review` }))}
        locale={locale}
        timeZone={settings.timeZone}
      />
      <WorkList
        id="waiting-stories-heading"
        title={t("storiesAwaitingReview")}
        items={waitingStories.map((item) => ({ ...item, href: `/studio/universes/stories/${item.id}` }))}
        locale={locale}
        timeZone={settings.timeZone}
      />
      <WorkList id="requested-heading" title={t("changesRequested")} items={requested.map(toEditor)} locale={locale} timeZone={settings.timeZone} />
      <WorkList id="approved-heading" title={t("readyToPublish")} items={approved.map(toEditor)} locale={locale} timeZone={settings.timeZone} />
      <WorkList
        id="commented-heading"
        title={t("commented")}
        items={commented.map((item) => ({
          ...item,
          at: item.lastOwnComment,
          href: `/studio/interviews/${item.id}/review`,
          note: item.newerReplies ? t("newReplies", { count: item.newerReplies }) : undefined,
        }))}
        locale={locale}
        timeZone={settings.timeZone}
      />
      <WorkList
        id="recent-heading"
        title={t("recent")}
        items={recent.map((row) => ({ ...row, at: row.updatedAt, href: `/studio/interviews/${row.id}` }))}
        locale={locale}
        timeZone={settings.timeZone}
      />
    </>
  );
}
