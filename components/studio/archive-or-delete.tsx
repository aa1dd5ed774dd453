"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { archiveUniverseOrTopic, deleteUniverseOrTopic } from "@/modules/universes/actions";
import { formatDateTime } from "@/lib/dates";
import { FormError } from "./field";
import { DialogActions, Modal } from "./modal";

/**
 * What else can happen to a universe or a topic: archive it (off the site, stories kept,
 * reversible) or bring it back; delete it for good while none of its stories went public.
 */
export function ArchiveOrDelete({
  kind,
  id,
  archivedAt,
  stories,
  timeZone,
}: {
  kind: "universe" | "topic";
  id: string;
  archivedAt: string | null;
  stories: { total: number; released: number };
  timeZone: string;
}) {
  const t = useTranslations("studio.universes.lifecycle");
  const locale = useLocale();
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  function run(action: () => ReturnType<typeof archiveUniverseOrTopic | typeof deleteUniverseOrTopic>, after: () => void) {
    setError(null);
    start(async () => {
      const result = await action();
      if (result.ok) after();
      else setError(result.error);
    });
  }

  return (
    <section className="panel lifecycle" aria-labelledby="lifecycle-heading">
      <h2 id="lifecycle-heading">{t("title")}</h2>
      <p>{archivedAt ? t("archivedSince", { kind, date: formatDateTime(new Date(archivedAt), locale, timeZone) }) : t("archiveIntro", { kind })}</p>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          disabled={pending}
          onClick={() =>
            run(
              () => archiveUniverseOrTopic({ kind, id, archived: !archivedAt }),
              () => router.refresh(),
            )
          }
        >
          {archivedAt ? t("restore") : t("archive")}
        </button>
        {stories.released === 0 ? (
          <button type="button" className="button button-danger" disabled={pending} onClick={() => setConfirming(true)}>
            {t("delete")}
          </button>
        ) : null}
      </div>
      {stories.released > 0 ? <p className="field-hint">{t("notDeletable", { kind })}</p> : null}
      {confirming ? null : <FormError message={error} />}
      {confirming ? (
        <Modal title={t("deleteTitle", { kind })} onClose={() => setConfirming(false)}>
          <p>{t("deleteText", { count: stories.total })}</p>
          <FormError message={error} />
          <DialogActions
            confirm={t("deleteYes")}
            cancel={t("cancel")}
            disabled={pending}
            onConfirm={() =>
              run(
                () => deleteUniverseOrTopic({ kind, id }),
                () => router.push("/studio/universes"),
              )
            }
            onCancel={() => setConfirming(false)}
          />
        </Modal>
      ) : null}
    </section>
  );
}
