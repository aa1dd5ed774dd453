import type { Page } from "@playwright/test";
import sharp from "sharp";
import { publishRevision } from "@/db/queries/interviews";
import { createPerson } from "@/db/queries/people";
import { addReviewEvent } from "@/db/queries/review-events";
import { createStory, updateStory } from "@/db/queries/stories";
import { topics, universes } from "@/db/queries/taxonomy";
import { createReleasedTopic, listUniverses } from "@/db/queries/universes";
import { cacheTags, interviewChangeTags } from "@/lib/cache/tags";
import { content, makeInterview, unique } from "@/test/factories";
import { expect, expectNoAxeViolations, makeAccount, revalidatePublic, test } from "./fixtures";
import { studioUser } from "./workflow-fixtures";

// The completeness gate counts every universe there is, so the tests that make universes
// run one after another.
test.describe.configure({ mode: "serial" });

/** Three universes of its own and two released topics, told in German by each; one also in English. */
async function worlds() {
  const tag = unique("w");
  const made = [];
  const seeds: [string, string, string][] = [
    ["Die Werkstatt", "The Workshop", "#2f6f5e"],
    ["Das Kontor", "The Counting House", "#3b4a6b"],
    ["Das Kollektiv", "The Collective", "#7a4f8c"],
  ];
  for (const [position, [de, en, color]] of seeds.entries()) {
    made.push(await universes.create({ slug: unique("welt"), name: { de: `${de} ${tag}`, en: `${en} ${tag}` }, description: { de: `So arbeitet ${de}.`, en: `How ${en} works.` }, color, position }));
  }
  const [workshop, office, collective] = made as [(typeof made)[number], (typeof made)[number], (typeof made)[number]];
  // The workshop's story is told by someone whose interview is online.
  const interviewTitle = `Im Projektraum mit Erika ${tag}`;
  const { interview, revision, person } = await makeInterview({ title: interviewTitle });
  await publishRevision(interview.id, revision.id);
  const story = (universeId: string, title: string, teaser: string, locale = "de") => ({ universeId, locale, content: content(title, { teaser, body: { type: "doc" as const, content: [{ type: "paragraph" as const, content: [{ type: "text" as const, text: `${title}: so ist es bei uns.` }] }] } }) });
  const customers = await createReleasedTopic({ slug: unique("kundschaft"), title: { de: `Wie wir Kund:innen einbinden ${tag}`, en: `How we involve customers ${tag}` }, framing: { de: "Wer sitzt mit am Tisch?", en: "Who sits at the table?" }, closingLine: { de: "Drei Welten, ein Anspruch.", en: "Three worlds, one standard." } }, [
    { ...story(workshop.id, "Kund:innen im Projektraum", `Wir skizzieren gemeinsam ${tag}.`), personId: person.id, interviewId: interview.id },
    story(office.id, "Ein fester Ansprechpartner", `Jede Anfrage hat eine Zuständige ${tag}.`),
    story(collective.id, "Mitwirkende statt Kundschaft", `Alle gestalten mit ${tag}.`),
    story(workshop.id, "Customers in the project room", `We sketch together ${tag}.`, "en"),
    story(office.id, "One fixed contact", `Every request has an owner ${tag}.`, "en"),
    story(collective.id, "Contributors, not customers", `Everyone shapes it ${tag}.`, "en"),
  ]);
  const mistakes = await createReleasedTopic({ slug: unique("fehler"), title: { de: `Wie wir mit Fehlern umgehen ${tag}` }, framing: { de: "Was passiert, wenn etwas schiefgeht?" } }, [
    story(workshop.id, "Fehler zeigen wir früh", `Ein quietschender Prototyp ist ein guter Prototyp ${tag}.`),
    story(office.id, "Fehler werden protokolliert", `Wir klären es schriftlich ${tag}.`),
    story(collective.id, "Fehler besprechen wir im Kreis", `Wir lernen gemeinsam daraus ${tag}.`),
  ]);
  await revalidatePublic([cacheTags.universes, ...interviewChangeTags(interview.id)]);
  return { tag, workshop, office, collective, customers, mistakes, interviewTitle };
}

const columns = (page: Page) => page.getByRole("region", { name: "Die Arbeitswelten nebeneinander" }).getByRole("article");

test("a topic shows every universe side by side on a wide screen, and as a row to swipe on a phone", async ({ page }) => {
  const { tag, customers } = await worlds();
  const response = await page.goto(`/de/arbeitswelten/themen/${customers.slug}`);
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Wie wir Kund:innen einbinden ${tag}`);
  await expect(columns(page)).toHaveCount(3);
  const boxes = await Promise.all([0, 1, 2].map(async (n) => (await columns(page).nth(n).boundingBox())!));
  // Three columns in a row, and the stories' titles line up across them.
  expect(boxes[0]!.x).toBeLessThan(boxes[1]!.x);
  expect(boxes[1]!.x).toBeLessThan(boxes[2]!.x);
  expect(new Set(boxes.map((box) => Math.round(box.y))).size).toBe(1);
  const titles = await Promise.all([0, 1, 2].map(async (n) => (await columns(page).nth(n).getByRole("heading", { level: 2 }).boundingBox())!.y));
  expect(new Set(titles.map(Math.round)).size).toBe(1);
  await expect(page.getByText("Drei Welten, ein Anspruch.")).toBeVisible();
  await expect(columns(page).first()).toContainText("Erika Muster, Produktionsleiterin");
  await expectNoAxeViolations(page, "topic page, wide");

  await page.setViewportSize({ width: 375, height: 800 });
  // Phones keep the way to the stories and the universes in the header.
  const header = page.getByRole("navigation", { name: "Hauptnavigation" });
  await expect(header.getByRole("link", { name: "Geschichten" })).toBeVisible();
  await expect(header.getByRole("link", { name: "Arbeitswelten" })).toBeVisible();
  await expect(page.getByText("Wische zur Seite, um die anderen Arbeitswelten zu lesen.")).toBeVisible();
  await expect(columns(page).first()).toBeInViewport();
  await expect(columns(page).nth(2)).not.toBeInViewport();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  await expectNoAxeViolations(page, "topic page, narrow");
  // The jump links reach the other columns.
  await page.getByRole("navigation", { name: "Zu einer Arbeitswelt springen" }).getByRole("link", { name: `Das Kollektiv ${tag}` }).click();
  await expect(columns(page).nth(2)).toBeInViewport();
});

for (const javaScriptEnabled of [false, true]) {
  test(`the self-check names the fitting universe ${javaScriptEnabled ? "with" : "without"} JavaScript, at a URL that can be shared`, async ({ browser }) => {
    const { tag, customers, mistakes } = await worlds();
    const page = await (await browser.newContext({ locale: "de-DE", javaScriptEnabled })).newPage();
    await page.goto("/de/arbeitswelten/selbsttest");
    await page.getByRole("group", { name: new RegExp(`Wie wir Kund:innen einbinden ${tag}`) }).getByLabel(`Alle gestalten mit ${tag}.`).check();
    await page.getByRole("group", { name: new RegExp(`Wie wir mit Fehlern umgehen ${tag}`) }).getByLabel(`Wir lernen gemeinsam daraus ${tag}.`).check();
    await page.getByRole("button", { name: "Auswertung zeigen" }).click();
    const result = page.getByRole("region", { name: "Dein Ergebnis" });
    await expect(result).toContainText(`Am meisten klingst du nach „Das Kollektiv ${tag}“.`);
    // Topics in their order (the same position, then by address: "fehler-…" before "kundschaft-…").
    await expect(result).toContainText(`Das hast du bei diesen 2 Themen gewählt: Wie wir mit Fehlern umgehen ${tag} und Wie wir Kund:innen einbinden ${tag}.`);
    const url = new URL(page.url());
    expect(url.searchParams.get(customers.slug)).not.toBeNull();
    expect(url.searchParams.get(mistakes.slug)).not.toBeNull();
    // The address alone gives the same result, and the choices are kept.
    const shared = await (await browser.newContext({ locale: "de-DE" })).newPage();
    await shared.goto(url.pathname + url.search);
    await expect(shared.getByRole("region", { name: "Dein Ergebnis" })).toContainText(`Am meisten klingst du nach „Das Kollektiv ${tag}“.`);
    await expect(shared.getByLabel(`Alle gestalten mit ${tag}.`)).toBeChecked();
    await result.getByRole("link", { name: `Mehr über „Das Kollektiv ${tag}“ →` }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Das Kollektiv ${tag}`);
    await expect(page.getByRole("heading", { level: 3, name: "Mitwirkende statt Kundschaft" })).toBeVisible();
  });
}

test("a tie names both universes, each with the interviews of its people", async ({ page }) => {
  const { tag, interviewTitle } = await worlds();
  await page.goto("/de/arbeitswelten/selbsttest");
  await page.getByLabel(`Wir skizzieren gemeinsam ${tag}.`).check();
  await page.getByLabel(`Wir klären es schriftlich ${tag}.`).check();
  await page.getByRole("button", { name: "Auswertung zeigen" }).click();
  const result = page.getByRole("region", { name: "Dein Ergebnis" });
  await expect(result).toContainText(`Gleich gut passen zu dir: „Die Werkstatt ${tag}“ und „Das Kontor ${tag}“.`);
  const workshopCard = result.getByRole("listitem").filter({ has: page.getByRole("heading", { name: `Die Werkstatt ${tag}` }) });
  await expect(workshopCard.getByRole("heading", { name: `Interviews aus „Die Werkstatt ${tag}“` })).toBeVisible();
  await workshopCard.getByRole("link", { name: interviewTitle }).click();
  await expect(page.getByRole("heading", { level: 1 })).toContainText(interviewTitle);
});

test("a universe's page shows its stories with who tells them, its people's interviews, the self-check and the other universes", async ({ page }) => {
  const { tag, workshop, interviewTitle } = await worlds();
  await page.goto(`/de/arbeitswelten/${workshop.slug}`);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Die Werkstatt ${tag}`);
  const story = page.getByRole("article", { name: `Wie wir Kund:innen einbinden ${tag}` });
  await expect(story).toContainText("Erika Muster, Produktionsleiterin");
  const aside = page.getByRole("complementary", { name: `Mehr zu „Die Werkstatt ${tag}“` });
  await expect(aside.getByRole("region", { name: "Menschen aus dieser Arbeitswelt" }).getByRole("link", { name: interviewTitle })).toBeVisible();
  const others = aside.getByRole("navigation", { name: "Die anderen Arbeitswelten" });
  await expect(others.getByRole("link", { name: `Das Kontor ${tag}` })).toBeVisible();
  await expect(others.getByRole("link", { name: `Die Werkstatt ${tag}` })).toHaveCount(0);
  await expectNoAxeViolations(page, "universe page");
  await aside.getByRole("link", { name: "Zum Selbsttest" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Selbsttest: Welche Arbeitswelt passt zu dir?");
});

test("the universes' pages exist in both languages, are accessible, and unknown ones answer 404", async ({ page }) => {
  const { tag, customers, mistakes, workshop } = await worlds();
  const sitemap = await (await page.request.get("/sitemap.xml")).text();
  expect(sitemap).toContain(`/de/arbeitswelten/${workshop.slug}<`);
  expect(sitemap).toContain(`/en/work-universes/topics/${customers.slug}<`);
  expect(sitemap).toContain(`/de/arbeitswelten/themen/${mistakes.slug}<`);
  // Told only in German: no English address.
  expect(sitemap).not.toContain(`/en/work-universes/topics/${mistakes.slug}<`);
  await page.goto("/de/arbeitswelten");
  await expect(page.getByRole("link", { name: `Die Werkstatt ${tag}` })).toBeVisible();
  await expect(page.getByRole("link", { name: `Wie wir Kund:innen einbinden ${tag}` })).toBeVisible();
  await expectNoAxeViolations(page, "universes overview");
  await page.goto("/en/work-universes");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Which work universe fits you?");
  await page.getByRole("link", { name: `How we involve customers ${tag}` }).click();
  await expect(columns(page)).toHaveCount(0);
  await expect(page.getByRole("region", { name: "The work universes side by side" }).getByRole("article")).toHaveCount(3);
  await expectNoAxeViolations(page, "topic page, English");
  await page.goto(`/en/work-universes/${workshop.slug}`);
  await expect(page.getByRole("heading", { level: 3, name: "Customers in the project room" })).toBeVisible();
  await expectNoAxeViolations(page, "universe page, English");
  await page.goto("/en/work-universes/self-check");
  await expectNoAxeViolations(page, "self-check, English");
  // The header's languages keep the page, unless it is not told in the other language.
  const switchTo = (code: "DE" | "EN") => page.getByRole("list", { name: /^(Sprache|Language)$/ }).getByRole("link", { name: code });
  await page.goto(`/en/work-universes/${workshop.slug}`);
  await switchTo("DE").click();
  await expect(page).toHaveURL(new RegExp(`/de/arbeitswelten/${workshop.slug}$`));
  await page.goto(`/de/arbeitswelten/themen/${customers.slug}`);
  await switchTo("EN").click();
  await expect(page).toHaveURL(new RegExp(`/en/work-universes/topics/${customers.slug}$`));
  await page.goto(`/de/arbeitswelten/themen/${mistakes.slug}`);
  await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(0);
  await switchTo("EN").click();
  await expect(page).toHaveURL(/\/en\/work-universes$/);
  await page.goto("/de/arbeitswelten/selbsttest");
  await switchTo("EN").click();
  await expect(page).toHaveURL(/\/en\/work-universes\/self-check$/);

  expect((await page.goto("/de/arbeitswelten/gibt-es-nicht"))?.status()).toBe(404);
  expect((await page.goto("/de/arbeitswelten/themen/gibt-es-nicht"))?.status()).toBe(404);
  expect((await page.goto(`/en/work-universes/topics/${customers.slug}x`))?.status()).toBe(404);
});

test("the studio's matrix shows each story's state; a topic goes public only as a whole, once the last story is approved", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const tag = unique("m");
  const newcomer = await universes.create({ slug: unique("welt"), name: { de: `Die Werft ${tag}` }, description: { de: "Neu dabei." }, color: "#8a6d1f", position: 99 });
  const topic = await topics.create({ slug: unique("thema"), title: { de: `Wie wir Neues lernen ${tag}` }, framing: { de: "Wie lernt ihr?" } });
  // Every other universe's story is written and approved already.
  const reviewer = await makeAccount("reviewer");
  for (const universe of await listUniverses()) {
    if (universe.id === newcomer.id) continue;
    const { story } = await createStory({ topicId: topic.id, universeId: universe.id, locale: "de" }, content(`Lernen bei ${universe.slug}`, { teaser: `So lernen wir ${universe.slug}.` }), null);
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
  await expect(editor.page.getByRole("alert").filter({ hasText: "Zur Freigabe geht eine Geschichte erst mit ihrem Satz für den Selbsttest und ihrem Text." })).toBeVisible();
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

test("a story goes through review like an interview: a preview link for someone without an account, comments and notifications", async ({ browser }) => {
  test.setTimeout(90_000);
  const tag = unique("r");
  const editor = await studioUser(browser, "editor");
  const universe = await universes.create({ slug: unique("welt"), name: { de: `Das Labor ${tag}` }, description: { de: "Wir messen nach." }, color: "#1f5f8a", position: 98 });
  const topic = await topics.create({ slug: unique("thema"), title: { de: `Wie wir Fehler finden ${tag}` }, framing: { de: "Wer merkt es zuerst?" } });
  const title = `Wir messen zweimal ${tag}`;
  const { story } = await createStory({ topicId: topic.id, universeId: universe.id, locale: "de" }, content(title, { teaser: "Ich prüfe lieber einmal mehr." }), editor.account.user.id);

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
  await checker.page.getByRole("listitem").filter({ hasText: `${editor.account.user.name} hat „${title}“ zur Prüfung gegeben.` }).getByRole("link", { name: "Öffnen" }).click();
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
  const png = await sharp({ create: { width: 1200, height: 800, channels: 3, background: { r: 47, g: 111, b: 94 } } }).png().toBuffer();
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
  await admin.page.getByRole("list", { name: "Arbeitswelten" }).getByRole("link", { name: `Die Werkstatt ${tag}` }).click();
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
