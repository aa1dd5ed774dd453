import type { Owner } from "./queries/state";
import type { NotificationKind } from "@/db/schema/types";

/**
 * Where the studio acts on a notification: a submitted interview opens on its review screen,
 * anything else on its editor; a story's review happens on its own page.
 */
export function studioPathOf(kind: NotificationKind, target: Owner): string {
  if ("storyId" in target) return `/studio/universes/stories/${target.storyId}`;
  return kind === "submitted" ? `/studio/interviews/${target.interviewId}/review` : `/studio/interviews/${target.interviewId}`;
}
