"use server";

import { defineAction } from "@/lib/action";
import { createInterviewSpec, createTranslationSpec } from "@/lib/interviews/create";
import { resolveConflictSpec, restoreRevisionSpec, saveDraftSpec } from "@/lib/interviews/draft";

export const createInterview = defineAction(createInterviewSpec);
export const createTranslation = defineAction(createTranslationSpec);
export const saveDraft = defineAction(saveDraftSpec);
export const resolveConflict = defineAction(resolveConflictSpec);
export const restoreRevision = defineAction(restoreRevisionSpec);
