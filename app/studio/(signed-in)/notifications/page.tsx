import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { MarkReadButton } from "@/components/studio/mark-read-button";
import { PageHead } from "@/components/studio/page-head";
import { listNotifications, studioPathOf } from "@/modules/workflow";
import { getSiteSettings } from "@/modules/site";
import { requireUser } from "@/modules/accounts/request";
import { formatDateTime } from "@/lib/dates";
import { studioLocale } from "@/lib/i18n/studio-locale";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.notifications"))("title") };
}

/** What concerns this user in review, newest first; unread ones stand out until marked read. */
export default async function NotificationsPage() {
  const user = await requireUser();
  const [rows, t, settings, locale] = await Promise.all([
    listNotifications(user.id),
    getTranslations("studio.notifications"),
    getSiteSettings(),
    studioLocale(),
  ]);
  const unread = rows.some((row) => !row.readAt);
  return (
    <>
      <PageHead title={t("title")} intro={t("intro")} action={unread ? <MarkReadButton label={t("markRead")} /> : undefined} />
      {rows.length === 0 ? (
        <p className="panel muted">{t("empty")}</p>
      ) : (
        <ul role="list" className="panel notification-list">
          {rows.map((row) => {
            const target = row.interviewId ? { interviewId: row.interviewId } : row.storyId ? { storyId: row.storyId } : null;
            return (
              <li key={row.id} className={row.readAt ? undefined : "notification-unread"}>
                <p>
                  {row.readAt ? null : <span className="visually-hidden">{t("new")}: </span>}
                  {t(`kinds.${row.kind}`, { actor: row.actorName ?? t("someone"), title: row.title ?? t("deleted") })}
                </p>
                {row.message ? <p className="notification-message">{row.message}</p> : null}
                <p className="muted">
                  <time dateTime={row.createdAt.toISOString()}>{formatDateTime(row.createdAt, locale, settings.timeZone)}</time>
                  {target && row.title ? (
                    <>
                      {" · "}
                      <Link href={studioPathOf(row.kind, target)}>{t("open")}</Link>
                    </>
                  ) : null}
                </p>
              </li>
            );
          })}
        </ul>
      )}
    </>
  );
}
