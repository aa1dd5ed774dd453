"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { restoreRevision } from "@/modules/interviews/actions";
import { ActionButton } from "@/components/studio/action-button";
import { clearLocalDraft } from "./local-draft";

/** Makes a version the newest again and opens it in the editor. */
export function RestoreButton({ interviewId, number, head }: { interviewId: string; number: number; head: number }) {
  const t = useTranslations("studio.revisions");
  const router = useRouter();
  return (
    <ActionButton
      aria-label={t("restoreLabel", { number })}
      action={() => restoreRevision({ interviewId, number, expectedHead: head })}
      onSuccess={() => {
        // The browser copy belongs to the text before the restore; the editor must not offer it back.
        clearLocalDraft(interviewId);
        router.push(`/studio/interviews/${interviewId}`);
      }}
    >
      {t("restore")}
    </ActionButton>
  );
}
