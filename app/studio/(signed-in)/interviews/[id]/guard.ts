import { guardedPage } from "@/app/studio/guarded-page";
import { getInterviewWithHead } from "@/modules/interviews";

/** The prelude of the pages that read an interview's versions (review, history): for readers; an unknown id is a 404. */
export async function interviewVersionsPage(params: Promise<{ id: string }>) {
  const page = await guardedPage(params, "interview.read", "interviews", (id) => getInterviewWithHead(id));
  return "denied" in page ? page : { user: page.user, id: page.id, ...page.found };
}
