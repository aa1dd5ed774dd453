"use server";

import { defineLinkAction } from "@/lib/action";
import { guestCommentSpec } from "@/lib/workflow/comments";

/** A preview link's holder comments: no session, the link's token is the authorization. */
export const guestComment = defineLinkAction(guestCommentSpec);
