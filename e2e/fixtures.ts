import fs from "node:fs";
import path from "node:path";
import { test as base } from "@playwright/test";
import { closeDatabase } from "@/db/client";
import { createInterview, publishRevision, setInterviewStatus } from "@/db/queries/interviews";
import { createPerson } from "@/db/queries/people";
import { departments } from "@/db/queries/taxonomy";
import { createUser } from "@/db/queries/users";
import { requestRevalidation } from "@/lib/cache/revalidation-token";
import { interviewChangeTags, taxonomyChangeTags } from "@/lib/cache/tags";
import { hashPassword } from "@/lib/passwords";
import { content, makeInterview, unique } from "@/test/factories";
import { baseURL, mailDir } from "./server";

/**
 * Public pages are cached; data written here, beside the server, announces itself the way
 * an import would: through the revalidation endpoint.
 */
export async function revalidatePublic(tags: string[]) {
  const response = await requestRevalidation(baseURL, process.env.NEXTAUTH_SECRET!, tags);
  if (!response.ok) throw new Error(`Revalidation failed: ${response.status}`);
}

/**
 * Each test creates the data it looks at, through the same query layer the app uses,
 * in the database the server under test runs on (DATABASE_URL from scripts/e2e.ts).
 */
export async function createInterviewAs(status: "published" | "draft" | "in_review", title: string) {
  const slug = unique("e2e");
  const { interview, revision, person } = await makeInterview({ slug, title });
  if (status === "published") await publishRevision(interview.id, revision.id);
  else await setInterviewStatus(interview.id, status);
  await revalidatePublic(interviewChangeTags(interview.id));
  return { slug, title, person };
}

/** `count` published interviews of people in one new department, created oldest first. */
export async function createPublishedTeam(count: number) {
  const department = await departments.create({ slug: unique("team"), name: { de: "Testteam", en: "Test team" } });
  const titles: string[] = [];
  for (let n = 0; n < count; n++) {
    const person = await createPerson({ displayName: `Person ${n}`, jobTitle: { de: "Testerin" }, departmentId: department.id });
    const title = `Team-Geschichte ${n} ${department.slug}`;
    const { interview, revision } = await createInterview({ locale: "de", slug: unique("team"), personId: person.id }, content(title), null);
    await publishRevision(interview.id, revision.id, new Date(Date.UTC(2020, 0, 1 + n)));
    titles.push(title);
  }
  await revalidatePublic(taxonomyChangeTags());
  return { departmentSlug: department.slug, titles };
}

/** A studio account with a long password (taken whole: its last character matters). */
export async function makeAccount(role: "admin" | "editor" | "reviewer" = "editor") {
  const email = `${unique("hr")}@sonnenthal.example`;
  // Long passwords are taken whole: the last character matters.
  const password = `${"Sehr-langes-Passwort-".repeat(6)}${crypto.randomUUID()}`;
  const user = await createUser({ email, name: `Hanna ${role}`, role, passwordHash: await hashPassword(password) });
  return { user, email, password };
}

export async function signIn(page: import("@playwright/test").Page, email: string, password: string) {
  await page.goto("/studio/sign-in");
  await page.getByLabel("E-Mail-Adresse").fill(email);
  await page.getByLabel("Passwort").fill(password);
  await page.getByRole("button", { name: "Anmelden" }).click();
}

/** The mails the app has sent to `address` so far (see e2e/mail.setup.ts). */
export function mailsTo(address: string): { to: string[]; subject: string; text: string }[] {
  return fs
    .readdirSync(mailDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(fs.readFileSync(path.join(mailDir, file), "utf8")) as { to: string[]; subject: string; text: string })
    .filter((mail) => mail.to.includes(address));
}

export const test = base;
test.afterAll(() => closeDatabase());

export { expect } from "@playwright/test";
