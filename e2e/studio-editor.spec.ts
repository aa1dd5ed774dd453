import fs from "node:fs";
import type { Page } from "@playwright/test";
import sharp from "sharp";
import { createInterview } from "../modules/interviews/queries/interviews";
import { getRevisionByNumber, listRevisionSummaries } from "../modules/interviews/queries/revisions";
import { getInterviewWithHead } from "../modules/interviews/queries/studio-list";
import type { TiptapDoc } from "@/lib/content/schema";
import { content, makePerson, unique } from "@/test/factories";
import { expect, expectNoAxeViolations, makeAccount, signIn, test } from "./fixtures";

/** A signed-in editor in front of a new interview about a new person, in the editor. */
async function startInterview(page: Page, title = `Ein Tag mit Jördis ${unique("t")}`) {
  const person = await makePerson(`Jördis ${unique("p")}`);
  const editor = await makeAccount("editor");
  await signIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Interviews" }).click();
  await page.getByRole("link", { name: "Neues Interview" }).click();
  await page.getByLabel("Arbeitstitel").fill(title);
  await page.getByLabel("Person").selectOption({ label: `${person.displayName} · Produktionsleiterin` });
  await page.getByRole("button", { name: "Anlegen und schreiben" }).click();
  await expect(page).toHaveURL(/\/studio\/interviews\/[0-9a-f-]{36}$/);
  const id = page.url().split("/").pop()!;
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  return { id, person, editor, title };
}

const text = (page: Page) => page.getByRole("textbox", { name: "Text des Interviews" });
const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: /^Gespeichert \d/ })).toBeVisible();

async function headBody(id: string): Promise<TiptapDoc> {
  return (await getInterviewWithHead(id))!.head.body;
}

/** Sends a paste event with HTML, as the browser does when pasting from Word or Google Docs. */
async function pasteHtml(page: Page, html: string) {
  await text(page).evaluate((element, data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/html", data);
    transfer.setData("text/plain", "");
    element.dispatchEvent(new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }));
  }, html);
}

test("an editor writes an interview with three questions, and autosave keeps it across a reload", async ({ page }) => {
  const { id } = await startInterview(page);
  await page.getByLabel("Vorspann").fill("Jördis plant die Frühschicht in Stuttgart.");
  await text(page).click();
  await page.keyboard.type("Eine Einleitung mit Kund:innen und Größe.");
  await page.keyboard.press("Enter");
  // A question from the slash menu, one from the toolbar, one from the menu found by an English word.
  await page.keyboard.type("/frage");
  await expect(page.getByRole("listbox", { name: "Block einfügen" })).toBeVisible();
  await page.keyboard.press("Enter");
  await page.keyboard.type("Wie sieht dein Tag aus?");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Er beginnt um halb sieben in der Halle.");
  await page.getByRole("toolbar", { name: "Formatierung" }).getByRole("button", { name: "Frage und Antwort" }).click();
  await page.keyboard.type("Was gefällt dir?");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Das Team.");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await page.keyboard.type("/question");
  await page.keyboard.press("Enter");
  await page.keyboard.type("Und morgen?");
  // An unanswered question is marked in the editor.
  await expect(page.getByText("Antwort fehlt noch")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Frage „.*“ entfernen$/ })).toHaveCount(3);
  await expect(page.getByText(/^\d+ Wörter · 1 Min\. Lesezeit$/)).toBeVisible();
  await saved(page);

  await page.reload();
  await expect(text(page)).toContainText("Er beginnt um halb sieben in der Halle.");
  await expect(page.getByLabel("Vorspann")).toHaveValue("Jördis plant die Frühschicht in Stuttgart.");
  const body = await headBody(id);
  expect(body.content.map((node) => node.type)).toEqual(["paragraph", "questionAnswer", "questionAnswer", "questionAnswer"]);
  expect(JSON.stringify(body)).toContain("Kund:innen und Größe");
  await expectNoAxeViolations(page, "editor");

  // The preview tab draws the text as the public page will; unanswered questions stay hidden there.
  await page.getByRole("tab", { name: "Vorschau" }).click();
  const preview = page.getByRole("tabpanel");
  await expect(preview.getByRole("heading", { name: "Wie sieht dein Tag aus?" })).toBeVisible();
  await expect(preview.getByRole("heading", { name: "Und morgen?" })).toHaveCount(0);
  await expectNoAxeViolations(page, "editor preview");
  const full = page.waitForEvent("popup");
  await preview.getByRole("link", { name: /Ganze Seite ansehen/ }).click();
  const popup = await full;
  await expect(popup.getByRole("note")).toContainText("Vorschau, nicht veröffentlicht.");
  await expect(popup.getByRole("heading", { level: 2, name: "Was gefällt dir?" })).toBeVisible();
  await expect(popup.getByRole("complementary", { name: "Im Gespräch" })).toBeVisible();
});

test("pasting from Word and Google Docs keeps lists, real bold and links, and nothing else", async ({ page }) => {
  const { id } = await startInterview(page);
  await text(page).click();
  await pasteHtml(page, fs.readFileSync("e2e/fixtures/word-paste.html", "utf8"));
  await expect(text(page).getByRole("listitem")).toHaveCount(6);
  await page.keyboard.press("Control+End");
  await pasteHtml(page, fs.readFileSync("e2e/fixtures/gdocs-paste.html", "utf8"));
  await expect(text(page).getByRole("link", { name: "karriere.sonnenthal.example/service" })).toBeVisible();
  await saved(page);

  const body = JSON.stringify(await headBody(id));
  expect(body).toContain('"type":"bulletList"');
  expect(body).toContain('"type":"orderedList"');
  expect(body).toContain("Kolleg:innen");
  expect(body).not.toMatch(/Georgia|Arial|mso-|color|javascript|clip_image|docs-internal/);
  // Google Docs' wrapper is not bold: the answers stay plain, the questions stay bold.
  await expect(text(page).locator("strong", { hasText: "Ungefähr vierzigtausend" })).toHaveCount(0);
  await expect(text(page).locator("strong", { hasText: "Was gehört in deinen Kofferraum?" })).toHaveCount(1);
  await expect(text(page).locator("[style]")).toHaveCount(0);
});

test("importing a .docx makes its questions into question-and-answer blocks", async ({ page }) => {
  const { id } = await startInterview(page);
  const chooser = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Importieren …" }).click();
  await (await chooser).setFiles("e2e/fixtures/interview.docx");
  await expect(page.getByRole("status")).toContainText("davon 3 Fragen");
  await expect(page.getByRole("button", { name: "Frage „Tobias, was passiert in einem Prüflabor?“ entfernen" })).toBeVisible();
  await expect(text(page).getByRole("listitem")).toHaveCount(3);
  await saved(page);
  const body = await headBody(id);
  expect(body.content.map((node) => node.type)).toEqual(["heading", "paragraph", "questionAnswer", "questionAnswer", "questionAnswer"]);

  // A file that is not a text is refused with a reason.
  const again = page.waitForEvent("filechooser");
  await page.getByRole("button", { name: "Importieren …" }).click();
  await (
    await again
  ).setFiles({
    name: "foto.docx",
    mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    buffer: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]),
  });
  await expect(page.getByRole("status")).toContainText("Diese Datei können wir nicht lesen");
});

test("an image in the text needs alt text; a file that is no image is refused", async ({ page }) => {
  const { id } = await startInterview(page);
  await text(page).click();
  const notImage = page.waitForEvent("filechooser");
  await page.getByRole("toolbar", { name: "Formatierung" }).getByRole("button", { name: "Bild" }).click();
  await (await notImage).setFiles({ name: "bild.png", mimeType: "image/png", buffer: Buffer.from("kein Bild, nur Text") });
  await expect(page.getByRole("status")).toContainText("Diese Datei ist kein Bild, das wir lesen können");

  const png = await sharp({ create: { width: 800, height: 500, channels: 3, background: "#336699" } })
    .png()
    .toBuffer();
  const image = page.waitForEvent("filechooser");
  await page.getByRole("toolbar", { name: "Formatierung" }).getByRole("button", { name: "Bild" }).click();
  await (await image).setFiles({ name: "halle.png", mimeType: "image/png", buffer: png });
  const alt = page.getByLabel("Alternativtext (Pflicht)");
  await expect(alt).toBeVisible();
  await expect(page.getByRole("status")).toHaveText(/^Nicht gespeichert/);
  await expect(page.getByRole("alert").filter({ hasText: "Jedes Bild braucht einen Alternativtext" })).toBeVisible();
  await alt.fill("Die Montagehalle am Morgen");
  await page.getByLabel("Bildunterschrift (optional)").fill("Frühschicht in Stuttgart");
  await saved(page);
  expect(JSON.stringify(await headBody(id))).toMatch(/"type":"image","attrs":\{.*"alt":"Die Montagehalle am Morgen".*"caption":"Frühschicht in Stuttgart"/);
});

test("an image for sharing is uploaded beside the text and saved with it", async ({ page }) => {
  const { id } = await startInterview(page);
  const png = await sharp({ create: { width: 1200, height: 630, channels: 3, background: "#b4461b" } })
    .png()
    .toBuffer();
  await page.getByLabel("Bild zum Teilen").setInputFiles({ name: "teilen.png", mimeType: "image/png", buffer: png });
  await expect(page.getByRole("img", { name: "Vorschau des Bildes zum Teilen" })).toBeVisible();
  await saved(page);
  const socialImage = async () => (await getInterviewWithHead(id))!.head.socialImageAssetId;
  await expect.poll(socialImage).not.toBeNull();
  await page.getByRole("button", { name: "Bild entfernen" }).click();
  await saved(page);
  await expect.poll(socialImage).toBeNull();
});

test("an address already taken is refused at its field; a new one comes from the title", async ({ page }) => {
  const other = await makePerson();
  const taken = unique("vergeben");
  await createInterview({ locale: "de", slug: taken, personId: other.id }, content("Schon da"), null);
  await startInterview(page, "Größe zeigen: Kund:innen im Blick");
  const slug = page.getByLabel("Adresse");
  await slug.fill(taken);
  await expect(slug).toHaveAccessibleDescription(/Diese Adresse hat schon ein anderes Interview in dieser Sprache/);
  await expect(page.getByRole("status")).toHaveText(/^Nicht gespeichert/);
  await page.getByRole("button", { name: "Aus dem Titel erzeugen" }).click();
  await expect(slug).toHaveValue("groesse-zeigen-kund-innen-im-blick");
  await saved(page);
});

test("two people editing at once: the second save meets a conflict, and both versions stay", async ({ page, browser }) => {
  const { id, editor } = await startInterview(page);
  const other = await browser.newPage();
  await signIn(other, editor.email, editor.password);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  await other.goto(`/studio/interviews/${id}`);
  await expect(other.getByLabel("Vorspann")).toBeVisible();

  await page.getByLabel("Vorspann").fill("Fassung aus dem ersten Fenster.");
  await saved(page);
  await other.getByLabel("Vorspann").fill("Fassung aus dem zweiten Fenster.");
  const dialog = other.getByRole("dialog", { name: "Inzwischen wurde weitergeschrieben" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText("Beide Fassungen bleiben in den Versionen.");
  await dialog.getByRole("button", { name: "Meine Fassung behalten" }).click();
  await saved(other);
  expect((await getInterviewWithHead(id))!.head.teaser).toBe("Fassung aus dem zweiten Fenster.");

  // The first window, still on the older head, now takes the newer version; its own stays in the history.
  await page.getByLabel("Vorspann").fill("Fassung aus dem ersten Fenster, weiter.");
  await page.getByRole("dialog", { name: "Inzwischen wurde weitergeschrieben" }).getByRole("button", { name: "Neuere Fassung laden" }).click();
  await expect(page.getByLabel("Vorspann")).toHaveValue("Fassung aus dem zweiten Fenster.");
  const teasers = await Promise.all(
    (await listRevisionSummaries({ interviewId: id })).map((revision) => getRevisionByNumber({ interviewId: id }, revision.number)),
  );
  expect(teasers.map((revision) => revision?.teaser)).toEqual(
    expect.arrayContaining(["Fassung aus dem ersten Fenster.", "Fassung aus dem zweiten Fenster.", "Fassung aus dem ersten Fenster, weiter."]),
  );
  await other.close();
});

test("changes made offline are kept on the device and offered back; they save once the connection is back", async ({ page }) => {
  const { id } = await startInterview(page);
  // The connection drops for saving (the page itself can still be left and opened again).
  const editorUrl = new RegExp(`/studio/interviews/${id}$`);
  await page.route(editorUrl, (route) => (route.request().method() === "POST" ? route.abort("internetdisconnected") : route.continue()));
  await page.getByLabel("Vorspann").fill("Im Zug geschrieben, ohne Netz.");
  await expect(page.getByRole("status")).toHaveText("Offline: Änderungen bleiben auf diesem Gerät");

  // Leaving with unsaved changes asks first; the changes stay on the device either way.
  const warned = page.waitForEvent("dialog");
  const leaving = page.goto("/studio");
  const dialog = await warned;
  expect(dialog.type()).toBe("beforeunload");
  await dialog.accept();
  await leaving;

  await page.goto(`/studio/interviews/${id}`);
  await expect(page.getByLabel("Vorspann")).toHaveValue("");
  await page.unroute(editorUrl);
  await page.getByRole("alert").getByRole("button", { name: "Wiederherstellen" }).click();
  await expect(page.getByLabel("Vorspann")).toHaveValue("Im Zug geschrieben, ohne Netz.");
  await saved(page);
  expect((await getInterviewWithHead(id))!.head.teaser).toBe("Im Zug geschrieben, ohne Netz.");
  // Once saved, the copy on the device is gone: opening again offers nothing.
  await page.reload();
  await expect(page.getByLabel("Vorspann")).toHaveValue("Im Zug geschrieben, ohne Netz.");
  await expect(page.getByRole("button", { name: "Wiederherstellen" })).toHaveCount(0);
});

test("a version is viewed, compared with another and restored", async ({ page }) => {
  const { id, title } = await startInterview(page);
  await page.getByLabel("Titel", { exact: true }).fill("Ein ganz neuer Titel");
  await saved(page);
  await page.getByRole("link", { name: "Versionen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Versionen");
  await page.getByRole("button", { name: "Ausgewählte vergleichen" }).click();
  const diff = page.getByRole("region", { name: "Version 1 mit Version 2 verglichen" });
  await expect(diff.locator("ins", { hasText: "neuer" }).first()).toBeVisible();
  await expect(diff.locator("del").first()).toBeVisible();
  await page.getByRole("link", { name: "Version 1 ansehen" }).click();
  await expect(page.getByText(title, { exact: true })).toBeVisible();
  await expectNoAxeViolations(page, "revisions");
  await page.getByRole("button", { name: "Version 1 wiederherstellen" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/interviews/${id}$`));
  await expect(page.getByLabel("Titel", { exact: true })).toHaveValue(title);
  expect((await getInterviewWithHead(id))!.head.number).toBe(3);
});

test("a translation is started from the German interview and linked to it", async ({ page }) => {
  const { id } = await startInterview(page);
  await page.getByRole("button", { name: "Englische Fassung beginnen" }).click();
  await expect(page).not.toHaveURL(new RegExp(`/studio/interviews/${id}$`));
  await expect(page.getByLabel("Sprache")).toHaveValue("en");
  await page.getByRole("link", { name: "Deutsche Fassung öffnen" }).click();
  await expect(page).toHaveURL(new RegExp(`/studio/interviews/${id}$`));
  await expect(page.getByRole("link", { name: "Englische Fassung öffnen" })).toBeVisible();
});

test("reviewers read interviews in the studio but cannot change them", async ({ page }) => {
  const person = await makePerson();
  const { interview } = await createInterview({ locale: "de", slug: unique("lesen"), personId: person.id }, content("Nur zum Lesen"), null);
  const reviewer = await makeAccount("reviewer");
  await signIn(page, reviewer.email, reviewer.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${reviewer.user.name}`);
  await page.goto(`/studio/interviews/${interview.id}`);
  await expect(page.getByText("Du kannst dieses Interview lesen, aber nicht bearbeiten.")).toBeVisible();
  await expect(page.getByRole("toolbar", { name: "Formatierung" })).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Speichern" })).toHaveCount(0);
  await expect(text(page)).toHaveAttribute("contenteditable", "false");
  await page.goto("/studio/interviews");
  await expect(page.getByRole("link", { name: "Neues Interview" })).toHaveCount(0);
});
