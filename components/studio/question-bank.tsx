"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useRef } from "react";
import type { z } from "zod";
import { addQuestion, deleteQuestion } from "@/modules/taxonomy/actions";
import type { addQuestionSpec } from "@/modules/taxonomy";
import type { FieldLimits } from "@/lib/forms/limits";
import { ActionButton } from "./action-button";
import { Field, FormError, Options, SelectField } from "./field";
import { useActionForm } from "./use-action-form";

/** Adds a question to the bank: its words, language and series (or all). */
export function QuestionBankForm({ series, limits }: { series: { id: string; name: string }[]; limits: FieldLimits<z.input<typeof addQuestionSpec.input>> }) {
  const t = useTranslations("studio.questions");
  const router = useRouter();
  const formRef = useRef<HTMLFormElement>(null);
  const form = useActionForm(addQuestion, () => {
    formRef.current?.reset();
    router.refresh();
  });
  return (
    <section className="panel" aria-labelledby="add-question">
      <h2 id="add-question">{t("add")}</h2>
      <form ref={formRef} className="inline-form question-form" onSubmit={form.onSubmit} noValidate aria-busy={form.pending}>
        <FormError message={form.error} />
        <Field name="text" label={t("text")} errors={form.fieldErrors.text} {...limits.text} />
        <SelectField name="locale" label={t("language")} defaultValue="de">
          <option value="de">{t("languages.de")}</option>
          <option value="en">{t("languages.en")}</option>
        </SelectField>
        <SelectField name="seriesId" label={t("series")} errors={form.fieldErrors.seriesId}>
          <option value="">{t("general")}</option>
          <Options items={series} />
        </SelectField>
        <button type="submit" className="button button-secondary" disabled={form.pending}>
          {t("addButton")}
        </button>
      </form>
    </section>
  );
}

export function RemoveQuestionButton({ id, text }: { id: string; text: string }) {
  const t = useTranslations("studio.questions");
  const router = useRouter();
  return (
    <ActionButton aria-label={t("removeLabel", { text })} action={() => deleteQuestion({ id })} onSuccess={() => router.refresh()}>
      {t("remove")}
    </ActionButton>
  );
}
