"use server";

// The module's server actions: what studio forms and buttons call. Each binds a spec to the
// request (session, permission, language); link actions take their token as authorization.
import { defineLinkAction } from "@/lib/action/link";
import { defineAction } from "@/modules/accounts/request";
import { addCommentSpec, addStoryCommentSpec, guestCommentSpec } from "./comments";
import { askChangesSpec, giveConsentSpec, issueConsentLinkSpec, withdrawConsentSpec } from "./consent";
import {
  approveSpec,
  archiveSpec,
  publishSpec,
  requestChangesSpec,
  revertToPublishedSpec,
  scheduleSpec,
  submitSpec,
  unpublishSpec,
  unscheduleSpec,
} from "./interview-specs";
import { markReadSpec } from "./notify";
import { issuePreviewLinkSpec, revokePreviewLinkSpec } from "./preview-links";
import { approveStorySpec, releaseTopicSpec, requestStoryChangesSpec, submitStorySpec } from "./story-specs";

export const issueConsentLink = defineAction(issueConsentLinkSpec);
export const markNotificationsRead = defineAction(markReadSpec);
export const addComment = defineAction(addCommentSpec);
export const addStoryComment = defineAction(addStoryCommentSpec);
export const issuePreviewLink = defineAction(issuePreviewLinkSpec);
export const revokePreviewLink = defineAction(revokePreviewLinkSpec);
export const submitForReview = defineAction(submitSpec);
export const requestChanges = defineAction(requestChangesSpec);
export const approve = defineAction(approveSpec);
export const publish = defineAction(publishSpec);
export const schedule = defineAction(scheduleSpec);
export const unschedule = defineAction(unscheduleSpec);
export const unpublish = defineAction(unpublishSpec);
export const revertToPublished = defineAction(revertToPublishedSpec);
export const archive = defineAction(archiveSpec);
/** The featured person's actions: no session, the consent link's token is the authorization. */
export const giveConsent = defineLinkAction(giveConsentSpec);
export const askChanges = defineLinkAction(askChangesSpec);
export const withdrawConsent = defineLinkAction(withdrawConsentSpec);
/** A preview link's holder comments: no session, the link's token is the authorization. */
export const guestComment = defineLinkAction(guestCommentSpec);
export const submitStory = defineAction(submitStorySpec);
export const requestStoryChanges = defineAction(requestStoryChangesSpec);
export const approveStory = defineAction(approveStorySpec);
export const releaseTopic = defineAction(releaseTopicSpec);
