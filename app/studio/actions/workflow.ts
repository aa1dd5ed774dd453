"use server";

import { defineAction } from "@/lib/action";
import { approveSpec, archiveSpec, publishSpec, requestChangesSpec, revertToPublishedSpec, scheduleSpec, submitSpec, unpublishSpec, unscheduleSpec } from "@/lib/workflow/interview-actions";

export const submitForReview = defineAction(submitSpec);
export const requestChanges = defineAction(requestChangesSpec);
export const approve = defineAction(approveSpec);
export const publish = defineAction(publishSpec);
export const schedule = defineAction(scheduleSpec);
export const unschedule = defineAction(unscheduleSpec);
export const unpublish = defineAction(unpublishSpec);
export const revertToPublished = defineAction(revertToPublishedSpec);
export const archive = defineAction(archiveSpec);
