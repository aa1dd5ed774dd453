"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import type { z } from "zod";
import { addQuestion, deleteQuestion } from "@/modules/taxonomy/actions";
import type { addQuestionSpec } from "@/modules/taxonomy";
import type { FieldLimits } from "@/lib/forms/limits";
import { ActionButton } from "./action-button";
import { Field, Options, SelectField } from "./field";
import { ListFormPanel } from "./list-form-panel";
import { useListForm } from "./use-action-form";

/** Adds a question to the bank: its words, language and series (or all). */
export function QuestionBankForm({ series, limits }: { series: { id: string; name: string }[]; limits: FieldLimits<z.input<typeof addQuestionSpec.input>> }) {
  const t = useTranslations("studio.questions");
  const { form, formRef } = useListForm(addQuestion);
  return (
    <ListFormPanel headingId="add-question" title={t("add")} className="inline-form question-form" form={form} formRef={formRef}>
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
    </ListFormPanel>
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
