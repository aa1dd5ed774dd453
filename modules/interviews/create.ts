/** Starting interviews: a new one for a person, or a translation of an existing one. */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import type { Executor } from "@/db/executor";
import { createInterview, isSlugAvailable } from "./queries/interviews";
import { getPerson } from "@/modules/people";
import { pickContent } from "./queries/revisions";
import { getInterviewWithHead, listTranslations } from "./queries/studio-list";
import { seriesTable } from "@/modules/taxonomy";
import { actionSpec } from "@/lib/action";
import { UserFacingError, notFound } from "@/lib/errors";
import { requiredText, localeField, seriesField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/bilingual";
import { firstFreeSlug, slugFor } from "@/lib/slugs";
import { INTERVIEW_GONE, PERSON_GONE, SERIES_GONE } from "./draft";
import { personField } from "./fields";

function freeSlug(locale: string, text: string, tx: Executor): Promise<string> {
  return firstFreeSlug(slugFor(text, { locale }), (slug) => isSlugAvailable(locale, slug, undefined, tx));
}

/** A new interview: a person, a language and a working title; the address follows from the title. */
export const createInterviewSpec = actionSpec({
  name: "interviews.create",
  input: z.object({
    title: requiredText({ de: "Der Titel", en: "The title" }, 200),
    personId: personField,
    seriesId: seriesField,
    locale: localeField,
  }),
  permission: "interview.edit",
  run: async ({ title, personId, seriesId, locale }, { user, tx }) => {
    if (!(await getPerson(personId, tx))) throw new UserFacingError(PERSON_GONE, "personId");
    if (seriesId && !(await seriesTable.getById(seriesId, tx))) throw new UserFacingError(SERIES_GONE, "seriesId");
    const { interview } = await createInterview(
      { locale, slug: await freeSlug(locale, title, tx), personId, seriesId, createdBy: user.id },
      { title, teaser: "", body: { type: "doc", content: [] }, seoTitle: null, seoDescription: null, ctaLabel: null, ctaUrl: null, socialImageAssetId: null },
      user.id,
      tx,
    );
    await audit({ actorUserId: user.id, action: "interview.create", entityType: "interview", entityId: interview.id, details: { locale } }, tx);
    return { id: interview.id };
  },
});

/**
 * A translation starts as a copy of the original's newest text in the other language's
 * group slot, linked to it (same translation group, person and series), ready to translate.
 */
export const createTranslationSpec = actionSpec({
  name: "interviews.translate",
  input: z.object({ interviewId: z.string().min(1).max(64), locale: localeField }),
  permission: "interview.edit",
  run: async ({ interviewId, locale }, { user, tx }) => {
    const source = await getInterviewWithHead(interviewId, tx);
    if (!source) throw notFound(INTERVIEW_GONE);
    const { interview, head } = source;
    const taken = interview.locale === locale || (await listTranslations(interview, tx)).some((other) => other.locale === locale);
    if (taken) throw new UserFacingError(msg("In dieser Sprache gibt es schon eine Fassung.", "There already is a version in this language."), "locale");
    const { interview: translation } = await createInterview(
      {
        locale,
        slug: await freeSlug(locale, interview.slug, tx),
        personId: interview.personId,
        seriesId: interview.seriesId,
        translationGroupId: interview.translationGroupId,
        createdBy: user.id,
      },
      pickContent(head),
      user.id,
      tx,
    );
    await audit(
      { actorUserId: user.id, action: "interview.translate", entityType: "interview", entityId: translation.id, details: { from: interview.id, locale } },
      tx,
    );
    return { id: translation.id };
  },
});
