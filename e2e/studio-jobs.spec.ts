import { createInterview, publishRevision } from "../modules/interviews/queries/interviews";
import { createPerson } from "../modules/people/queries";
import { departments } from "../modules/taxonomy/queries/taxonomy";
import { taxonomyChangeTags } from "@/lib/cache/tags";
import { content, unique } from "@/test/factories";
import { expect, expectNoAxeViolations, revalidatePublic, test } from "./fixtures";
import { studioUser } from "./workflow-fixtures";

/** A department of its own with one published interview of someone who works there. */
async function teamWithInterview() {
  const tag = unique("s");
  const department = await departments.create({ slug: unique("team"), name: { de: `Prüffeld ${tag}`, en: `Test field ${tag}` } });
  const person = await createPerson({ displayName: `Wiebke ${tag}`, jobTitle: { de: "Prüferin" }, departmentId: department.id });
  const slug = unique("pruefen");
  const { interview, revision } = await createInterview({ locale: "de", slug, personId: person.id }, content(`Ein Tag im Prüffeld ${tag}`), null);
  await publishRevision(interview.id, revision.id);
  await revalidatePublic(taxonomyChangeTags());
  return { tag, department, slug };
}

test("an editor adds a job; it shows under the department's interviews and on its page while open, and leaves when filled or deleted", async ({
  browser,
  page,
}) => {
  test.setTimeout(60_000);
  const { tag, department, slug } = await teamWithInterview();
  const editor = await studioUser(browser, "editor");
  await editor.page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Stellen" }).click();
  await expect(editor.page.getByRole("heading", { level: 1 })).toHaveText("Stellen");
  await expectNoAxeViolations(editor.page, "jobs list");
  await editor.page.getByRole("link", { name: "Neue Stelle" }).click();

  // Bad input is named at its field, and nothing is saved.
  const title = `Prüftechniker:in (m/w/d) ${tag}`;
  await editor.page.getByLabel("Link zur Ausschreibung").fill("karriere.example.com/stellen");
  await editor.page.getByRole("button", { name: "Speichern" }).click();
  await expect(editor.page.getByLabel("Titel (Deutsch)")).toHaveAccessibleDescription(/Der Titel fehlt\./);
  await expect(editor.page.getByLabel("Link zur Ausschreibung")).toHaveAccessibleDescription(/Bitte eine vollständige Adresse mit https:\/\//);
  await expectNoAxeViolations(editor.page, "job form with errors");
  await editor.page.getByLabel("Titel (Deutsch)").fill(title);
  await editor.page.getByLabel("Link zur Ausschreibung").fill(`https://karriere.example.com/stellen/${tag}`);
  await editor.page.getByLabel("Bereich").selectOption({ label: `Prüffeld ${tag}` });
  await editor.page.getByRole("button", { name: "Speichern" }).click();
  await expect(editor.page).toHaveURL(/\/studio\/jobs$/);
  const row = editor.page.getByRole("row").filter({ hasText: title });
  await expect(row).toContainText(`Prüffeld ${tag}`);
  await expect(row).toContainText("Offen");

  // Public: under the interview of someone in that department, and on the department's page.
  await page.goto(`/de/geschichten/${slug}`);
  const listed = page.getByRole("list", { name: `Offene Stellen in Prüffeld ${tag}` }).getByRole("link", { name: title });
  await expect(listed).toHaveAttribute("href", `https://karriere.example.com/stellen/${tag}`);
  await expectNoAxeViolations(page, "interview with open jobs");
  await page.goto(`/de/bereiche/${department.slug}`);
  await expect(page.getByRole("heading", { level: 2, name: `Offene Stellen in „Prüffeld ${tag}“` })).toBeVisible();
  await expect(page.getByRole("list", { name: "Gerade offen" }).getByRole("link", { name: title })).toBeVisible();

  // Filled: gone from the site at once, still in the studio.
  await row.getByRole("link", { name: title }).click();
  await editor.page.getByLabel("Stand", { exact: true }).selectOption({ label: "Besetzt" });
  await editor.page.getByRole("button", { name: "Speichern" }).click();
  await expect(row).toContainText("Besetzt");
  await page.reload();
  await expect(page.getByRole("link", { name: title })).toHaveCount(0);

  // Deleted after a question.
  await row.getByRole("link", { name: title }).click();
  await editor.page.getByRole("button", { name: "Stelle löschen" }).click();
  await editor.page.getByRole("dialog", { name: "Stelle endgültig löschen?" }).getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(editor.page).toHaveURL(/\/studio\/jobs$/);
  await expect(row).toHaveCount(0);
});

test("reviewers neither see nor open the jobs", async ({ browser }) => {
  const reviewer = await studioUser(browser, "reviewer");
  await expect(reviewer.page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Stellen" })).toHaveCount(0);
  await reviewer.page.goto("/studio/jobs/neu");
  await expect(reviewer.page.getByRole("heading", { level: 1 })).toHaveText("Keine Berechtigung");
  await expect(reviewer.page.getByText("Stellen verwaltet die Redaktion.")).toBeVisible();
});
