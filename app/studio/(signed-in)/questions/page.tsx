import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { QuestionBankForm, RemoveQuestionButton } from "@/components/studio/question-bank";
import { addQuestionSpec, listBankQuestions, seriesTable } from "@/modules/taxonomy";
import { requireUser } from "@/modules/accounts/request";
import { fieldLimits } from "@/lib/forms/limits";
import { localized } from "@/lib/i18n/localized";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("questions") };
}

/** Reusable questions, for all interviews or for one series, in German and English. */
export default async function QuestionsPage() {
  const user = await requireUser();
  if (!can(user, "taxonomy.manage")) return <Forbidden what="taxonomy" />;
  const [questions, series, t, locale] = await Promise.all([listBankQuestions(), seriesTable.list(), getTranslations("studio.questions"), studioLocale()]);
  const groups = [
    { id: null as string | null, name: t("general") },
    ...series.map((entry) => ({ id: entry.id as string | null, name: localized(entry.name, locale) })),
  ];
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <QuestionBankForm series={series.map((entry) => ({ id: entry.id, name: localized(entry.name, locale) }))} limits={fieldLimits(addQuestionSpec.input)} />
      {groups.map((group) => {
        const own = questions.filter((question) => question.seriesId === group.id);
        return (
          <section key={group.id ?? "general"} className="panel" aria-labelledby={`questions-${group.id ?? "general"}`}>
            <h2 id={`questions-${group.id ?? "general"}`}>{group.name}</h2>
            {own.length === 0 ? (
              <p className="muted">{t("none")}</p>
            ) : (
              <ul role="list" className="question-list">
                {own.map((question) => (
                  <li key={question.id} lang={question.locale}>
                    <span>
                      <abbr title={t(`languages.${question.locale === "en" ? "en" : "de"}`)}>{question.locale.toUpperCase()}</abbr> {question.text}
                    </span>
                    <RemoveQuestionButton id={question.id} text={question.text} />
                  </li>
                ))}
              </ul>
            )}
          </section>
        );
      })}
    </>
  );
}
