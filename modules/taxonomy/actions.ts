"use server";

// The module's server actions: what studio forms and buttons call. Each binds a spec to the
// request (session, permission, language); link actions take their token as authorization.
import { defineAction } from "@/modules/accounts/request";
import { addQuestionSpec, deleteQuestionSpec } from "./question-bank-specs";
import { deleteTaxonomySpec, saveTaxonomySpec } from "./specs";

export const saveTaxonomy = defineAction(saveTaxonomySpec);
export const deleteTaxonomy = defineAction(deleteTaxonomySpec);
export const addQuestion = defineAction(addQuestionSpec);
export const deleteQuestion = defineAction(deleteQuestionSpec);
