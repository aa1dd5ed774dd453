"use server";

import { defineAction } from "@/lib/action";
import { addCommentSpec, addStoryCommentSpec } from "@/lib/workflow/comments";
import { issuePreviewLinkSpec, revokePreviewLinkSpec } from "@/lib/workflow/preview-links";

export const addComment = defineAction(addCommentSpec);
export const addStoryComment = defineAction(addStoryCommentSpec);
export const issuePreviewLink = defineAction(issuePreviewLinkSpec);
export const revokePreviewLink = defineAction(revokePreviewLinkSpec);
