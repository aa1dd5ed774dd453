"use client";

import { useLocale, useTranslations } from "next-intl";
import { formatDateTime } from "@/lib/dates";

export type TimelineItem = { id: string; kind: string; message: string | null; revisionNumber: number | null; createdAt: string; who: string | null };

/** What happened in review, newest first: submissions, requests, approvals, the person's consent and wishes. */
export function ReviewTimeline({ items, timeZone }: { items: TimelineItem[]; timeZone: string }) {
  const t = useTranslations("studio.workflow.timeline");
  const locale = useLocale();
  return (
    <section className="settings-translation" aria-labelledby="timeline-heading">
      <h3 id="timeline-heading">{t("title")}</h3>
      {items.length === 0 ? (
        <p className="muted">{t("empty")}</p>
      ) : (
        <ol className="timeline" role="list">
          {items.map((item) => (
            <li key={item.id}>
              <p className="timeline-head">
                <strong>{t(`kinds.${item.kind}`)}</strong> · {item.who ?? t("unknown")} ·{" "}
                <time dateTime={item.createdAt}>{formatDateTime(new Date(item.createdAt), locale, timeZone)}</time>
              </p>
              {item.message ? <p className="timeline-message">{item.message}</p> : null}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
