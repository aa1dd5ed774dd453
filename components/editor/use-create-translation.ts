"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import type { Locale } from "@/lib/i18n/routing";
import { createTranslation } from "@/modules/interviews/actions";

/** Starts the interview's translation into another language and opens it; a refusal goes to the status line. */
export function useCreateTranslation(interviewId: string, onNotice: (notice: string) => void) {
  const router = useRouter();
  const [translating, startTranslating] = useTransition();

  function translate(locale: Locale) {
    startTranslating(async () => {
      const result = await createTranslation({ interviewId, locale });
      if (result.ok) router.push(`/studio/interviews/${result.data.id}`);
      else onNotice(result.fieldErrors?.locale?.[0] ?? result.error);
    });
  }

  return { translate, translating };
}
