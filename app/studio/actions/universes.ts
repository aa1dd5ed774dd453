"use server";

import { defineAction } from "@/lib/action";
import { approveStorySpec, archiveUniverseOrTopicSpec, deleteUniverseOrTopicSpec, openStorySpec, releaseTopicSpec, requestStoryChangesSpec, saveStorySpec, saveTopicSpec, saveUniverseSpec, submitStorySpec } from "@/lib/universes/admin";

export const saveUniverse = defineAction(saveUniverseSpec);
export const saveTopic = defineAction(saveTopicSpec);
export const openStory = defineAction(openStorySpec);
export const saveStory = defineAction(saveStorySpec);
export const submitStory = defineAction(submitStorySpec);
export const requestStoryChanges = defineAction(requestStoryChangesSpec);
export const approveStory = defineAction(approveStorySpec);
export const releaseTopic = defineAction(releaseTopicSpec);
export const archiveUniverseOrTopic = defineAction(archiveUniverseOrTopicSpec);
export const deleteUniverseOrTopic = defineAction(deleteUniverseOrTopicSpec);
