"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { restoreRevision } from "@/app/studio/actions/interviews";
import { clearLocalDraft } from "./local-draft";

/** Makes a version the newest again and opens it in the editor. */
export function RestoreButton({ interviewId, number, head }: { interviewId: string; number: number; head: number }) {
  const t = useTranslations("studio.revisions");
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <>
      <button
        type="button"
        className="button button-small button-secondary"
        disabled={pending}
        aria-label={t("restoreLabel", { number })}
        onClick={() =>
          start(async () => {
            const result = await restoreRevision({ interviewId, number, expectedHead: head });
            if (!result.ok) return setError(result.error);
            // The browser copy belongs to the text before the restore; the editor must not offer it back.
            clearLocalDraft(interviewId);
            router.push(`/studio/interviews/${interviewId}`);
          })
        }
      >
        {t("restore")}
      </button>
      {error ? (
        <span className="form-error row-error" role="alert">
          {error}
        </span>
      ) : null}
    </>
  );
}
