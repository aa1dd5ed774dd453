"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { issuePreviewLink, revokePreviewLink } from "@/modules/workflow/actions";
import { FormError, SelectField } from "@/components/studio/field";
import { IssuedLink } from "@/components/studio/issued-link";
import type { Owner } from "@/modules/workflow";
import { formatDateTime } from "@/lib/dates";

export type PreviewLinksPanel = {
  links: { id: string; expiresAt: string; pinnedNumber: number | null; createdByName: string | null }[];
  days: { offered: readonly number[]; initial: number };
};

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
  const router = useRouter();
  const [issued, setIssued] = useState<{ url: string; expiresAt: string } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function run(work: () => Promise<{ ok: true } | { ok: false; error: string }>) {
    setError(null);
    start(async () => {
      const result = await work();
      if (!result.ok) setError(result.error);
      else router.refresh();
    });
  }

  return (
    <section className="settings-translation" aria-labelledby="preview-links-heading">
      <h3 id="preview-links-heading">{t("title")}</h3>
      <p className="field-hint">{t("intro", { kind: "storyId" in target ? "story" : "interview" })}</p>
      <form
        className="preview-link-form"
        onSubmit={(event) => {
          event.preventDefault();
          const data = new FormData(event.currentTarget);
          run(async () => {
            const result = await issuePreviewLink({ ...target, days: Number(data.get("days")), pinned: data.get("pinned") === "on" });
            if (result.ok) setIssued(result.data);
            return result;
          });
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
      {links.length ? (
        <ul role="list" className="preview-link-list" aria-label={t("active")}>
          {links.map((link) => {
            const until = formatDateTime(new Date(link.expiresAt), locale, timeZone);
            return (
              <li key={link.id}>
                <span>
                  {link.pinnedNumber ? t("pinnedTo", { number: link.pinnedNumber }) : t("following")} · {t("until", { until })}
                  {link.createdByName ? ` · ${link.createdByName}` : ""}
                </span>
                <button
                  type="button"
                  className="button-link"
                  disabled={pending}
                  aria-label={t("revokeLabel", { until })}
                  onClick={() => run(() => revokePreviewLink({ ...target, linkId: link.id }))}
                >
                  {t("revoke")}
                </button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}
