"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { deleteJob } from "@/modules/jobs/actions";
import { FormError } from "./field";
import { DialogActions, Modal } from "./modal";

/** Deletes a job for good, after a question; a filled job can simply be marked filled instead. */
export function DeleteJob({ id }: { id: string }) {
  const t = useTranslations("studio.jobs.delete");
  const router = useRouter();
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <section className="panel lifecycle" aria-labelledby="delete-heading">
      <h2 id="delete-heading">{t("title")}</h2>
      <p>{t("intro")}</p>
      <div className="form-actions">
        <button type="button" className="button button-danger" disabled={pending} onClick={() => setConfirming(true)}>
          {t("button")}
        </button>
      </div>
      {confirming ? (
        <Modal title={t("question")} onClose={() => setConfirming(false)}>
          <FormError message={error} />
          <DialogActions
            confirm={t("yes")}
            cancel={t("cancel")}
            disabled={pending}
            onConfirm={() =>
              start(async () => {
                setError(null);
                const result = await deleteJob({ id });
                if (result.ok) router.push("/studio/jobs");
                else setError(result.error);
              })
            }
            onCancel={() => setConfirming(false)}
          />
        </Modal>
      ) : null}
    </section>
  );
}
