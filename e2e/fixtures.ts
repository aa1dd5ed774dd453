import { test as base } from "@playwright/test";
import { closeDatabase } from "@/db/client";
import { publishRevision, setInterviewStatus } from "@/db/queries/interviews";
import { makeInterview, unique } from "@/test/factories";

/**
 * Each test creates the data it looks at, through the same query layer the app uses,
 * in the database the server under test runs on (DATABASE_URL from scripts/e2e.ts).
 */
export async function createInterviewAs(status: "published" | "draft" | "in_review", title: string) {
  const slug = unique("e2e");
  const { interview, revision, person } = await makeInterview({ slug, title });
  if (status === "published") await publishRevision(interview.id, revision.id);
  else await setInterviewStatus(interview.id, status);
  return { slug, title, person };
}

export const test = base;
test.afterAll(() => closeDatabase());

export { expect } from "@playwright/test";
