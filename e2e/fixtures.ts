import AxeBuilder from "@axe-core/playwright";
import fs from "node:fs";
import path from "node:path";
import { expect, test as base, type Page } from "@playwright/test";
import { closeDatabase } from "@/db/client";
import { createInterview, publishRevision, setInterviewStatus } from "../modules/interviews/queries/interviews";
import { createPerson } from "../modules/people/queries";
import { departments } from "../modules/taxonomy/queries/taxonomy";
import { createUser } from "../modules/accounts/queries/users";
import { hashPassword } from "../modules/accounts/passwords";
import { totpCode } from "../modules/accounts/two-factor/totp";
import { requestRevalidation } from "@/lib/cache/revalidation-token";
import { interviewChangeTags, taxonomyChangeTags } from "@/lib/cache/tags";
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
  await page.getByRole("button", { name: "Anmelden", exact: true }).click();
}

/** WCAG 2.2 AA as axe checks it, for the page once it has settled. */
export async function expectNoAxeViolations(page: Page, context?: string) {
  // Next streams the title after the page, and sets it anew after client navigation and
  // refreshes, so a check can land in between: axe runs again until the page passes or 10 s
  // are up. A violation that stays (a page without a title, too) still fails.
  await expect(page, context).toHaveTitle(/\S/);
  await expect(async () => {
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
      context,
    ).toEqual([]);
  }).toPass({ timeout: 10_000 });
}

/** The mails the app has sent to `address` so far (see e2e/services.setup.ts). */
export function mailsTo(address: string): { to: string[]; subject: string; text: string }[] {
  return fs
    .readdirSync(mailDir)
    .filter((file) => file.endsWith(".json"))
    .map((file) => JSON.parse(fs.readFileSync(path.join(mailDir, file), "utf8")) as { to: string[]; subject: string; text: string })
    .filter((mail) => mail.to.includes(address));
}

/** Enrols the signed-in user from "Mein Konto"; returns the app's secret and the recovery codes. */
export async function enrolTwoFactor(page: Page, name: string) {
  await page.getByRole("link", { name: new RegExp(`^${name} \\(`) }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Mein Konto");
  await page.getByRole("button", { name: "Zwei-Faktor-Anmeldung einrichten" }).click();
  await expect(page.getByRole("img", { name: "QR-Code für die Authenticator-App" })).toBeVisible();
  const secret = (await page.getByLabel("Schlüssel").inputValue()).replace(/\s+/g, "");
  await expectNoAxeViolations(page);

  await page.getByLabel("Code aus der App").fill("000000");
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.getByLabel("Code aus der App")).toHaveAccessibleDescription(/^Der Code stimmt nicht/);
  await page.getByLabel("Code aus der App").fill(totpCode(secret, Date.now()));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  const list = page.getByRole("list", { name: "Wiederherstellungscodes" });
  await expect(list.getByRole("listitem")).toHaveCount(10);
  const recoveryCodes = await list.getByRole("listitem").allTextContents();
  await expectNoAxeViolations(page);
  await page.getByRole("button", { name: "Ich habe die Codes gesichert" }).click();
  await expect(page.getByText("Eingerichtet", { exact: true })).toBeVisible();
  await expect(page.getByText("Noch 10 von 10 Wiederherstellungscodes unbenutzt.")).toBeVisible();
  return { secret, recoveryCodes };
}

/**
 * The suite's `test`. Contexts a test opens itself (a second user, a phone, no JavaScript)
 * are closed when it ends: Playwright leaves them open in the worker's browser, where their
 * pages would pile up and slow every later test.
 */
export const test = base.extend<{ closeOwnContexts: void }>({
  closeOwnContexts: [
    async ({ browser }, use) => {
      const before = new Set(browser.contexts());
      await use();
      await Promise.all(
        browser
          .contexts()
          .filter((context) => !before.has(context))
          .map((context) => context.close()),
      );
    },
    { auto: true },
  ],
});
test.afterAll(() => closeDatabase());

export { expect } from "@playwright/test";
