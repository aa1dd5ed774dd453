import type { Browser, BrowserContextOptions, Page } from "@playwright/test";
import { createInterview, setInterviewStatus } from "../modules/interviews/queries/interviews";
import { createPerson } from "../modules/people/queries";
import { addReviewEvent } from "../modules/workflow/queries/review-events";
import { content, unique } from "@/test/factories";
import { expect, makeAccount, signIn } from "./fixtures";

// The review workflow's journeys: studio users in browsers of their own, interviews at a given step.

/** A signed-in studio user in a browser context of their own. */
export async function studioUser(browser: Browser, role: "admin" | "editor" | "reviewer", options: BrowserContextOptions = {}) {
  const account = await makeAccount(role);
  const page = await (await browser.newContext({ locale: "de-DE", ...options })).newPage();
  await signIn(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${account.user.name}`);
  return { page, account };
}

export async function draftInterview(createdBy: string | null = null) {
  const person = await createPerson({ displayName: `Jördis ${unique("p")}`, jobTitle: { de: "Prüfingenieurin" } });
  const slug = unique("freigabe");
  const title = `Ein Tag im Prüflabor ${unique("t")}`;
  const { interview } = await createInterview(
    { locale: "de", slug, personId: person.id, createdBy },
    content(title, { teaser: "Jördis prüft, was hält.", seoDescription: "Ein Gespräch über Werkstoffe." }),
    createdBy,
  );
  return { interview, person, slug, title };
}

export const state = (page: Page) => page.getByRole("group", { name: "Stand des Interviews" });

/** An interview as it stands once a reviewer approved it and the person consented. */
export async function approvedInterview() {
  const made = await draftInterview();
  const reviewer = await makeAccount("reviewer");
  for (const kind of ["approve", "consent_given"] as const) {
    await addReviewEvent({
      interviewId: made.interview.id,
      kind,
      revisionNumber: 1,
      actorUserId: kind === "consent_given" ? null : reviewer.user.id,
      actorName: kind === "consent_given" ? made.person.displayName : null,
    });
  }
  await setInterviewStatus(made.interview.id, "approved");
  return made;
}
