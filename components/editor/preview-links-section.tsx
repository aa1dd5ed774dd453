"use client";

import { useLocale, useTranslations } from "next-intl";
import { useState } from "react";
import { issuePreviewLink, revokePreviewLink } from "@/modules/workflow/actions";
import { FormError, SelectField } from "@/components/studio/field";
import { IssuedLink } from "@/components/studio/issued-link";
import type { Owner } from "@/modules/workflow";
import { formatDateTime } from "@/lib/dates";
import { useWorkflowRun } from "./use-workflow-run";

type PreviewLink = { id: string; expiresAt: string; pinnedNumber: number | null; createdByName: string | null };

export type PreviewLinksPanel = {
  links: PreviewLink[];
  days: { offered: readonly number[]; initial: number };
};

/** How long a new link lasts and whether it stays on this version. */
function IssueForm({
  head,
  days,
  pending,
  onIssue,
}: {
  head: number;
  days: PreviewLinksPanel["days"];
  pending: boolean;
  onIssue: (choice: { days: number; pinned: boolean }) => void;
}) {
  const t = useTranslations("studio.previewLinks");
  return (
    <form
      className="preview-link-form"
      onSubmit={(event) => {
        event.preventDefault();
        const data = new FormData(event.currentTarget);
        onIssue({ days: Number(data.get("days")), pinned: data.get("pinned") === "on" });
      }}
    >
      <SelectField id="preview-days" name="days" label={t("days")} defaultValue={String(days.initial)}>
        {days.offered.map((count) => (
          <option key={count} value={count}>
            {t("dayCount", { count })}
          </option>
        ))}
      </SelectField>
      <label className="choice">
        <input type="checkbox" name="pinned" /> {t("pinned", { number: head })}
      </label>
      <button type="submit" className="button button-small button-secondary" disabled={pending}>
        {t("issue")}
      </button>
    </form>
  );
}

/** The links still open: which version each shows, until when, who made it, and a way to revoke it. */
function ActiveLinks({ links, timeZone, pending, onRevoke }: { links: PreviewLink[]; timeZone: string; pending: boolean; onRevoke: (linkId: string) => void }) {
  const t = useTranslations("studio.previewLinks");
  const locale = useLocale();
  if (!links.length) return null;
  return (
    <ul role="list" className="preview-link-list" aria-label={t("active")}>
      {links.map((link) => {
        const until = formatDateTime(new Date(link.expiresAt), locale, timeZone);
        return (
          <li key={link.id}>
            <span>
              {link.pinnedNumber ? t("pinnedTo", { number: link.pinnedNumber }) : t("following")} · {t("until", { until })}
              {link.createdByName ? ` · ${link.createdByName}` : ""}
            </span>
            <button type="button" className="button-link" disabled={pending} aria-label={t("revokeLabel", { until })} onClick={() => onRevoke(link.id)}>
              {t("revoke")}
            </button>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * Links for people without an account to read the interview or story and comment: made here (for a
 * chosen time, following the newest version or pinned to this one), listed while they
 * work, and revocable at any moment.
 */
export function PreviewLinksSection({
  target,
  head,
  panel: { links, days },
  timeZone,
}: {
  target: Owner;
  head: number;
  panel: PreviewLinksPanel;
  timeZone: string;
}) {
  const t = useTranslations("studio.previewLinks");
  const locale = useLocale();
  const [issued, setIssued] = useState<{ url: string; expiresAt: string } | null>(null);
  // Like the workflow bar, the section has no fields to show errors at, so the run says them; nothing to close afterwards.
  const { run, pending, error } = useWorkflowRun(false, () => undefined);

  function issue(choice: { days: number; pinned: boolean }) {
    run(async () => {
      const result = await issuePreviewLink({ ...target, ...choice });
      if (result.ok) setIssued(result.data);
      return result;
    });
  }

  return (
    <section className="settings-translation" aria-labelledby="preview-links-heading">
      <h3 id="preview-links-heading">{t("title")}</h3>
      <p className="field-hint">{t("intro", { kind: "storyId" in target ? "story" : "interview" })}</p>
      <IssueForm head={head} days={days} pending={pending} onIssue={issue} />
      <FormError message={error} />
      {issued ? (
        <IssuedLink
          url={issued.url}
          expiresAt={issued.expiresAt}
          email=""
          mailed={null}
          label={t("link")}
          note={t("note", { until: formatDateTime(new Date(issued.expiresAt), locale, timeZone) })}
        />
      ) : null}
      <ActiveLinks links={links} timeZone={timeZone} pending={pending} onRevoke={(linkId) => run(() => revokePreviewLink({ ...target, linkId }))} />
    </section>
  );
}
