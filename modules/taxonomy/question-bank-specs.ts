/** The question bank: reusable questions per series (or for all), in each language. */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { addBankQuestion, deleteBankQuestion } from "./queries/question-bank";
import { seriesTable } from "./queries/taxonomy";
import { actionSpec } from "@/lib/action";
import { UserFacingError } from "@/lib/errors";
import { requiredText, localeField, seriesField } from "@/lib/forms/fields";
import { msg } from "@/lib/i18n/bilingual";

export const addQuestionSpec = actionSpec({
  name: "questions.add",
  input: z.object({ text: requiredText({ de: "Die Frage", en: "The question" }, 300), locale: localeField, seriesId: seriesField }),
  permission: "taxonomy.manage",
  run: async (input, { user, tx }) => {
    if (input.seriesId && !(await seriesTable.getById(input.seriesId, tx)))
      throw new UserFacingError(msg("Diese Reihe gibt es nicht mehr.", "This series no longer exists."), "seriesId");
    const question = await addBankQuestion(input, tx);
    await audit({ actorUserId: user.id, action: "question.add", entityType: "question", entityId: question.id, details: { locale: input.locale } }, tx);
    return { id: question.id };
  },
});

export const deleteQuestionSpec = actionSpec({
  name: "questions.delete",
  input: z.object({ id: z.string().min(1).max(64) }),
  permission: "taxonomy.manage",
  run: async ({ id }, { user, tx }) => {
    // Deleting twice (two tabs) is no error: the question is gone either way.
    if (await deleteBankQuestion(id, tx))
      await audit({ actorUserId: user.id, action: "question.delete", entityType: "question", entityId: id, details: {} }, tx);
    return { deleted: id };
  },
});
