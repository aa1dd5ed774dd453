import { createPerson } from "../modules/people/queries";
import { addReviewEvent } from "../modules/workflow/queries/review-events";
import { createStory, updateStory } from "../modules/universes/queries/stories";
import { listUniverses } from "../modules/universes/queries/universes";
import { topics, universes } from "../modules/taxonomy/queries/taxonomy";
import { content, unique } from "@/test/factories";
import { expect, expectNoAxeViolations, makeAccount, test } from "./fixtures";
import { studioUser } from "./workflow-fixtures";
import { columns } from "./universes-fixtures";

// The completeness gate counts every universe there is: while this test runs, no other may
// add or archive one, so it runs alone, after the rest (an *.exclusive.spec.ts).

test("the studio's matrix shows each story's state; a topic goes public only as a whole, once the last story is approved", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const tag = unique("m");
  const newcomer = await universes.create({
    slug: unique("welt"),
    name: { de: `Die Werft ${tag}` },
    description: { de: "Neu dabei." },
    color: "#8a6d1f",
    position: 99,
  });
  const topic = await topics.create({ slug: unique("thema"), title: { de: `Wie wir Neues lernen ${tag}` }, framing: { de: "Wie lernt ihr?" } });
  // Every other universe's story is written and approved already.
  const reviewer = await makeAccount("reviewer");
  for (const universe of await listUniverses()) {
    if (universe.id === newcomer.id) continue;
    const { story } = await createStory(
      { topicId: topic.id, universeId: universe.id, locale: "de" },
      content(`Lernen bei ${universe.slug}`, { teaser: `So lernen wir ${universe.slug}.` }),
      null,
    );
    await addReviewEvent({ storyId: story.id, kind: "approve", revisionNumber: 1, actorUserId: reviewer.user.id });
    await updateStory(story.id, { status: "approved" });
  }

  const teller = await createPerson({ displayName: `Kai Brandt ${tag}`, jobTitle: { de: "Schiffbauer" } });
  const editor = await studioUser(browser, "editor");
  await editor.page.goto("/studio/universes");
  const row = editor.page.getByRole("row").filter({ hasText: `Wie wir Neues lernen ${tag}` });
  await expect(row).toContainText(`Wartet auf: Die Werft ${tag} (fehlt)`);
  await expectNoAxeViolations(editor.page, "universes matrix");
  await row.getByRole("button", { name: `Geschichte schreiben: Wie wir Neues lernen ${tag} · Die Werft ${tag}` }).click();
  await expect(editor.page.getByRole("heading", { level: 1 })).toHaveText(`Wie wir Neues lernen ${tag}: Die Werft ${tag}`);
  // Unwritten, it cannot go to review, and the writer is told what is missing.
  await editor.page.getByRole("button", { name: "Zur Freigabe geben" }).click();
  await expect(
    editor.page.getByRole("alert").filter({ hasText: "Zur Freigabe geht eine Geschichte erst mit ihrem Satz für den Selbsttest und ihrem Text." }),
  ).toBeVisible();
  await expect(editor.page.getByRole("group", { name: "Stand der Geschichte" })).toHaveText("Entwurf");
  await editor.page.getByLabel("Titel", { exact: true }).fill("Wir lernen am Schiff");
  await editor.page.getByLabel("Satz für den Selbsttest").fill(`Ich lerne am liebsten, indem ich anpacke ${tag}.`);
  await editor.page.getByRole("textbox", { name: "Geschichte, in der ersten Person" }).click();
  await editor.page.keyboard.type("Bei uns lernt man auf dem Deck, nicht im Seminarraum.");
  await editor.page.getByLabel("Wer erzählt? (optional)").selectOption({ label: `${teller.displayName} · Schiffbauer` });
  await editor.page.getByRole("button", { name: "Speichern" }).click();
  await expect(editor.page.getByRole("button", { name: "Zur Freigabe geben" })).toBeEnabled();
  await editor.page.getByRole("button", { name: "Zur Freigabe geben" }).click();
  await expect(editor.page.getByRole("group", { name: "Stand der Geschichte" })).toHaveText("In Prüfung");

  // Held back: one story is still in review; nothing of the topic is public.
  await editor.page.goto("/studio/universes");
  await expect(row).toContainText(`Wartet auf: Die Werft ${tag} (In Prüfung)`);
  await expect(row.getByRole("button", { name: "Thema veröffentlichen" })).toHaveCount(0);
  expect((await page.goto(`/de/arbeitswelten/themen/${topic.slug}`))?.status()).toBe(404);
  // The studio's preview shows the whole topic already, with the newest version of every story.
  await row.getByRole("link", { name: `Vorschau: Wie wir Neues lernen ${tag}` }).click();
  await expect(editor.page.getByRole("note")).toContainText("Vorschau, nicht veröffentlicht.");
  await expect(columns(editor.page).filter({ hasText: "Wir lernen am Schiff" })).toContainText("Bei uns lernt man auf dem Deck");
  await expectNoAxeViolations(editor.page, "topic preview");
  await editor.page.goto("/studio/universes");

  // A reviewer approves the last story; the editor releases the topic, all stories at once.
  const checker = await studioUser(browser, "reviewer");
  await checker.page.goto("/studio/universes");
  await checker.page.getByRole("link", { name: `Wie wir Neues lernen ${tag} · Die Werft ${tag}: In Prüfung` }).click();
  await checker.page.getByLabel("Dein Kommentar").fill("Schöner erster Satz, gern so lassen.");
  await checker.page.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(checker.page.getByRole("region", { name: "Kommentare" })).toContainText("Schöner erster Satz, gern so lassen.");
  await expect(checker.page.getByRole("region", { name: "Kommentare" })).toContainText("Zur ganzen Geschichte");
  await checker.page.getByRole("button", { name: "Freigeben" }).click();
  await expect(checker.page.getByRole("group", { name: "Stand der Geschichte" })).toHaveText("Freigegeben");
  await editor.page.reload();
  await row.getByRole("button", { name: "Thema veröffentlichen" }).click();
  await expect(row).toContainText("Online seit");
  const response = await page.goto(`/de/arbeitswelten/themen/${topic.slug}`);
  expect(response?.status()).toBe(200);
  await expect(columns(page)).toHaveCount((await listUniverses()).length);
  const told = columns(page).filter({ hasText: "Wir lernen am Schiff" });
  await expect(told).toContainText("Bei uns lernt man auf dem Deck, nicht im Seminarraum.");
  await expect(told).toContainText(`Kai Brandt ${tag}, Schiffbauer`);
});
