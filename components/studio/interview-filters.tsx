import { getTranslations } from "next-intl/server";
import { CONTENT_STATUSES, type ContentStatus } from "@/db/schema/types";
import { FilterForm } from "./filter-form";

/** The interview list's search: words, a state and a language, as a GET form so the address keeps them. */
export async function InterviewFilters({ q, status, locale }: { q: string; status?: ContentStatus; locale?: string }) {
  const t = await getTranslations("studio.interviews");
  return (
    <FilterForm action="/studio/interviews" role="search" aria-label={t("filters")} apply={t("apply")}>
      <div className="field">
        <label htmlFor="interviews-q">{t("search")}</label>
        <input id="interviews-q" name="q" type="search" defaultValue={q} maxLength={200} />
      </div>
      <div className="field">
        <label htmlFor="interviews-status">{t("status")}</label>
        <select id="interviews-status" name="status" defaultValue={status ?? ""}>
          <option value="">{t("allStates")}</option>
          {CONTENT_STATUSES.map((value) => (
            <option key={value} value={value}>
              {t(`states.${value}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor="interviews-language">{t("language")}</label>
        <select id="interviews-language" name="sprache" defaultValue={locale ?? ""}>
          <option value="">{t("allLanguages")}</option>
          <option value="de">{t("languages.de")}</option>
          <option value="en">{t("languages.en")}</option>
        </select>
      </div>
    </FilterForm>
  );
}
