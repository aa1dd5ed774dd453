"use server";

// The module's server actions: what studio forms and buttons call. Each binds a spec to the
// request (session, permission, language); link actions take their token as authorization.
import { defineAction } from "@/modules/accounts/request";
import { archiveUniverseOrTopicSpec, deleteUniverseOrTopicSpec, openStorySpec, saveStorySpec, saveTopicSpec, saveUniverseSpec } from "./specs";

export const saveUniverse = defineAction(saveUniverseSpec);
export const saveTopic = defineAction(saveTopicSpec);
export const openStory = defineAction(openStorySpec);
export const saveStory = defineAction(saveStorySpec);
export const archiveUniverseOrTopic = defineAction(archiveUniverseOrTopicSpec);
export const deleteUniverseOrTopic = defineAction(deleteUniverseOrTopicSpec);
