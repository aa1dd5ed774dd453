"use server";

// The module's server actions: what studio forms and buttons call. Each binds a spec to the
// request (session, permission, language); link actions take their token as authorization.
import { defineAction } from "@/modules/accounts/request";
import { createInterviewSpec, createTranslationSpec } from "./create";
import { resolveConflictSpec, restoreRevisionSpec, saveDraftSpec } from "./draft";

export const createInterview = defineAction(createInterviewSpec);
export const createTranslation = defineAction(createTranslationSpec);
export const saveDraft = defineAction(saveDraftSpec);
export const resolveConflict = defineAction(resolveConflictSpec);
export const restoreRevision = defineAction(restoreRevisionSpec);
