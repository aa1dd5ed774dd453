import sharp from "sharp";
import { createStory } from "../modules/universes/queries/stories";
import { listUniverses } from "../modules/universes/queries/universes";
import { topics, universes } from "../modules/taxonomy/queries/taxonomy";
import { content, unique } from "@/test/factories";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { studioUser } from "./workflow-fixtures";
import { columns, worlds } from "./universes-fixtures";

// Stories and universes in the studio: review, unsaved text, pictures and the archive. One
// test archives a universe for a while, another writes a story for the first universe
// there is, so they run one after another.
test.describe.configure({ mode: "serial" });

test("a story goes through review like an interview: a preview link for someone without an account, comments and notifications", async ({ browser }) => {
  test.setTimeout(90_000);
  const tag = unique("r");
  const editor = await studioUser(browser, "editor");
  const universe = await universes.create({
    slug: unique("welt"),
    name: { de: `Das Labor ${tag}` },
    description: { de: "Wir messen nach." },
    color: "#1f5f8a",
    position: 98,
  });
  const topic = await topics.create({ slug: unique("thema"), title: { de: `Wie wir Fehler finden ${tag}` }, framing: { de: "Wer merkt es zuerst?" } });
  const title = `Wir messen zweimal ${tag}`;
  const { story } = await createStory(
    { topicId: topic.id, universeId: universe.id, locale: "de" },
    content(title, { teaser: "Ich prüfe lieber einmal mehr." }),
    editor.account.user.id,
  );

  // The writer makes a preview link; the team lead reads the story without an account and comments.
  await editor.page.goto(`/studio/universes/stories/${story.id}`);
  await editor.page.getByRole("button", { name: "Vorschau-Link erstellen" }).click();
  const link = await editor.page.getByLabel("Vorschau-Link", { exact: true }).inputValue();
  const lead = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await lead.goto(new URL(link).pathname);
  await expect(lead.getByRole("note")).toContainText("Vorschau, nicht veröffentlicht.");
  await expect(lead.getByRole("heading", { level: 1 })).toHaveText(`Wie wir Fehler finden ${tag}`);
  await expect(columns(lead).filter({ hasText: title })).toContainText("Ich prüfe lieber einmal mehr.");
  await lead.getByLabel("Dein Name").fill("Ole Brandt");
  await lead.getByLabel("Dein Kommentar").fill("Bitte noch ein Beispiel aus dem Labor.");
  await lead.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(lead.getByRole("status").filter({ hasText: "Dein Kommentar ist gespeichert." })).toBeVisible();
  await expectNoAxeViolations(lead, "story preview link");

  // The writer is told, and the notification leads to the story.
  await editor.page.goto("/studio/notifications");
  const notice = editor.page.getByRole("listitem").filter({ hasText: `Ole Brandt hat „${title}“ kommentiert.` });
  await notice.getByRole("link", { name: "Öffnen" }).click();
  await expect(editor.page.getByRole("region", { name: "Kommentare" })).toContainText("Bitte noch ein Beispiel aus dem Labor.");

  // Submitted: reviewers are told; the reviewer sends it back with a reason, and the writer hears of it.
  const checker = await studioUser(browser, "reviewer");
  await editor.page.getByRole("button", { name: "Zur Freigabe geben" }).click();
  await expect(editor.page.getByRole("group", { name: "Stand der Geschichte" })).toContainText("In Prüfung");
  await checker.page.goto("/studio/notifications");
  await checker.page
    .getByRole("listitem")
    .filter({ hasText: `${editor.account.user.name} hat „${title}“ zur Prüfung gegeben.` })
    .getByRole("link", { name: "Öffnen" })
    .click();
  await checker.page.getByRole("button", { name: "Änderungen erbitten …" }).click();
  await checker.page.getByRole("dialog").getByLabel("Was soll sich ändern?").fill("Das Beispiel von Ole fehlt noch.");
  await checker.page.getByRole("dialog").getByRole("button", { name: "Zurück an die Redaktion" }).click();
  await expect(checker.page.getByRole("group", { name: "Stand der Geschichte" })).toContainText("Änderungen erbeten");
  await editor.page.goto("/studio/notifications");
  await expect(editor.page.getByRole("listitem").filter({ hasText: `${checker.account.user.name} bittet bei „${title}“ um Änderungen.` })).toBeVisible();
  await editor.page.goto(`/studio/universes/stories/${story.id}`);
  await expect(editor.page.getByRole("note").filter({ hasText: "Das Beispiel von Ole fehlt noch." })).toBeVisible();

  // Revoked, the link stops working.
  await editor.page.getByRole("button", { name: /^Vorschau-Link bis .* widerrufen$/ }).click();
  await expect(editor.page.getByRole("list", { name: "Gültige Vorschau-Links" })).toHaveCount(0);
  expect((await lead.goto(new URL(link).pathname))?.status()).toBe(404);
  // From the story, the whole topic as it will look, with the newest version of every story.
  await editor.page.getByRole("link", { name: "Das ganze Thema in der Vorschau" }).click();
  await expect(columns(editor.page).filter({ hasText: title })).toContainText("Ich prüfe lieber einmal mehr.");
});

test("leaving a story with unsaved text asks first; once saved, it leaves without a question", async ({ browser }) => {
  const topic = await topics.create({ slug: unique("thema"), title: { de: `Wie wir feiern ${unique("f")}` }, framing: { de: "Was feiert ihr?" } });
  const [universe] = await listUniverses();
  const { story } = await createStory({ topicId: topic.id, universeId: universe!.id, locale: "de" }, content("Mit Kuchen"), null);
  const editor = await studioUser(browser, "editor");
  await editor.page.goto(`/studio/universes/stories/${story.id}`);
  await editor.page.getByLabel("Titel", { exact: true }).fill("Mit Kuchen und Musik");

  const warned = editor.page.waitForEvent("dialog");
  const leaving = editor.page.goto("/studio/universes");
  const dialog = await warned;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
  await leaving;
  await expect(editor.page.getByRole("heading", { level: 1 })).toHaveText("Arbeitswelten");

  // Saved, nothing is pending: no question (an unexpected one would be dismissed and keep the page).
  await editor.page.goto(`/studio/universes/stories/${story.id}`);
  await editor.page.getByLabel("Titel", { exact: true }).fill("Mit Kuchen und Musik");
  await editor.page.getByRole("button", { name: "Speichern" }).click();
  await expect(editor.page.getByRole("button", { name: "Speichern" })).toBeDisabled();
  await editor.page.goto("/studio/universes");
  await expect(editor.page.getByRole("heading", { level: 1 })).toHaveText("Arbeitswelten");
});

test("a universe gets a picture, is archived off the site and brought back; a topic that never went public can be deleted", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const { tag, workshop, customers } = await worlds();
  const admin = await studioUser(browser, "admin");
  await admin.page.goto(`/studio/universes/worlds/${workshop.id}`);
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 47, g: 111, b: 94 } } })
    .png()
    .toBuffer();
  await admin.page.getByLabel("Bild (optional)").setInputFiles({ name: "werkstatt.png", mimeType: "image/png", buffer: png });
  await expect(admin.page.getByRole("img", { name: "Vorschau des Bildes" })).toBeVisible();
  await admin.page.getByRole("button", { name: "Speichern" }).click();
  await expect(admin.page).toHaveURL(/\/studio\/universes$/);
  await page.goto(`/de/arbeitswelten/${workshop.slug}`);
  await expect.poll(() => page.locator(".universe-hero-image").evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);

  // Archived: gone from the overview and the topic's columns, listed in the studio, then back.
  await admin.page.goto(`/studio/universes/worlds/${workshop.id}`);
  await admin.page.getByRole("button", { name: "Archivieren" }).click();
  await expect(admin.page.getByText("ist seit")).toBeVisible();
  await page.goto("/de/arbeitswelten");
  await expect(page.getByRole("link", { name: `Das Kontor ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Die Werkstatt ${tag}` })).toHaveCount(0);
  await page.goto(`/de/arbeitswelten/themen/${customers.slug}`);
  await expect(columns(page)).toHaveCount(2);
  expect((await page.goto(`/de/arbeitswelten/${workshop.slug}`))?.status()).toBe(404);
  await admin.page.goto("/studio/universes");
  await admin.page
    .getByRole("list", { name: "Arbeitswelten" })
    .getByRole("link", { name: `Die Werkstatt ${tag}` })
    .click();
  // Its stories were online: it can be archived, never deleted.
  await expect(admin.page.getByRole("button", { name: "Löschen" })).toHaveCount(0);
  await admin.page.getByRole("button", { name: "Zurückholen" }).click();
  await expect(admin.page.getByRole("button", { name: "Archivieren" })).toBeVisible();
  expect((await page.goto(`/de/arbeitswelten/${workshop.slug}`))?.status()).toBe(200);

  // A topic still in the making is deleted, with its draft story, after a question.
  const draft = await topics.create({ slug: unique("entwurf"), title: { de: `Wie wir feiern ${tag}` }, framing: { de: "Was feiert ihr?" } });
  await createStory({ topicId: draft.id, universeId: workshop.id, locale: "de" }, content("Mit Kuchen"), null);
  await admin.page.goto(`/studio/universes/topics/${draft.id}`);
  await admin.page.getByRole("button", { name: "Löschen" }).click();
  const dialog = admin.page.getByRole("dialog", { name: "Thema endgültig löschen?" });
  await expect(dialog).toContainText("Eine Geschichte, die noch nicht online war, wird mit gelöscht.");
  await expectNoAxeViolations(admin.page, "delete a topic");
  await dialog.getByRole("button", { name: "Endgültig löschen" }).click();
  await expect(admin.page).toHaveURL(/\/studio\/universes$/);
  await expect(admin.page.getByRole("row").filter({ hasText: `Wie wir feiern ${tag}` })).toHaveCount(0);
});
