"use server";

import { defineAction } from "@/lib/action";
import { addQuestionSpec, deleteQuestionSpec } from "@/lib/question-bank";
import { deleteTaxonomySpec, saveTaxonomySpec } from "@/lib/taxonomy-admin";

export const saveTaxonomy = defineAction(saveTaxonomySpec);
export const deleteTaxonomy = defineAction(deleteTaxonomySpec);
export const addQuestion = defineAction(addQuestionSpec);
export const deleteQuestion = defineAction(deleteQuestionSpec);
