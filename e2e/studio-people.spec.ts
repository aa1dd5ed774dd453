import sharp from "sharp";
import { getAsset } from "../modules/media/queries/assets";
import { createInterview, getInterview, publishRevision } from "../modules/interviews/queries/interviews";
import { getPerson } from "../modules/people/queries";
import { departments, seriesTable } from "../modules/taxonomy/queries/taxonomy";
import { interviewChangeTags } from "@/lib/cache/tags";
import { slugFor } from "@/lib/slugs";
import { content, makePerson, unique } from "@/test/factories";
import { expect, expectNoAxeViolations, makeAccount, revalidatePublic, signIn, test } from "./fixtures";

async function signInAsEditor(page: import("@playwright/test").Page) {
  const editor = await makeAccount("editor");
  await signIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  return editor;
}

test("an editor adds a person with a portrait, its focal point and alt text; GPS data does not survive the upload", async ({ page }) => {
  const department = await departments.create({ slug: unique("labor"), name: { de: `Prüflabor ${unique("d")}`, en: "Test lab" } });
  await signInAsEditor(page);
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Personen" }).click();
  await page.getByRole("link", { name: "Neue Person" }).click();
  const name = `Jördis Groß ${unique("n")}`;
  await page.getByLabel("Akademischer Titel").fill("Dr.");
  await page.getByLabel("Name", { exact: true }).fill(name);
  await page.getByLabel("Stelle (Deutsch)").fill("Leiterin Prüflabor");
  await page.getByLabel("Bereich").selectOption({ label: department.name.de! });
  await page.getByLabel("Bei uns seit").fill("2015-03-01");

  // A photo straight from a phone: JPEG with camera and GPS data.
  const photo = await sharp({ create: { width: 1200, height: 1500, channels: 3, background: "#8a5a44" } })
    .jpeg()
    .withMetadata({ exif: { IFD0: { Make: "Telefon" }, IFD3: { GPSLatitudeRef: "N", GPSLatitude: "48/1 46/1 0/1" } } })
    .toBuffer();
  await page.getByLabel("Porträt hochladen").setInputFiles({ name: "joerdis.jpg", mimeType: "image/jpeg", buffer: photo });
  await expect(page.getByRole("img", { name: /^Porträt:/ })).toBeVisible();
  // Saving without alt text is refused at the field.
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByLabel("Alternativtext (Deutsch)")).toHaveAccessibleDescription(/Bitte beschreibe das Porträt/);
  await page.getByLabel("Alternativtext (Deutsch)").fill("Jördis lacht im Prüflabor");
  // The focal point by keyboard: the slider moves it.
  const horizontal = page.getByLabel("Ausschnitt waagerecht");
  await horizontal.focus();
  for (let step = 0; step < 10; step++) await page.keyboard.press("ArrowRight");
  await expect(horizontal).toHaveValue("0.6");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert. Die Website zeigt die Änderungen ab sofort.");
  await expect(page).toHaveURL(/\/studio\/people\/[0-9a-f-]{36}\?gespeichert=1$/);
  await expectNoAxeViolations(page, "person form");

  const person = await getPerson(new URL(page.url()).pathname.split("/").pop()!);
  expect(person).toMatchObject({
    displayName: name,
    academicTitle: "Dr.",
    startDate: "2015-03-01",
    departmentId: department.id,
    portraitAlt: { de: "Jördis lacht im Prüflabor" },
    portraitFocalX: 0.6,
  });
  const asset = await getAsset(person!.portraitAssetId!);
  const served = Buffer.from(await (await page.request.get(`/api/media/${asset!.storageKey}`)).body());
  const metadata = await sharp(served).metadata();
  expect(metadata.format).toBe("webp");
  expect(metadata.exif).toBeUndefined();

  await page.getByRole("link", { name: "← Alle Personen" }).click();
  await expect(page.getByRole("row").filter({ hasText: name })).toContainText("Leiterin Prüflabor");
  await expectNoAxeViolations(page, "people list");
});

test("a file that is no image is refused as a portrait, with the reason at the field", async ({ page }) => {
  await signInAsEditor(page);
  await page.goto("/studio/people/new");
  const picker = page.getByLabel("Porträt hochladen");
  await picker.setInputFiles({ name: "bewerbung.jpg", mimeType: "image/jpeg", buffer: Buffer.from("%PDF-1.7 kein Bild") });
  await expect(picker).toHaveAccessibleDescription(/Diese Datei ist kein Bild, das wir lesen können/);
  await expect(page.getByRole("img", { name: /^Porträt:/ })).toHaveCount(0);
});

test("a person's new job title shows on their published interview at once", async ({ page }) => {
  const person = await makePerson(`Malte ${unique("m")}`);
  const slug = unique("malte");
  const { interview, revision } = await createInterview({ locale: "de", slug, personId: person.id }, content("Unterwegs mit Malte"), null);
  await publishRevision(interview.id, revision.id);
  await revalidatePublic(interviewChangeTags(interview.id));
  await page.goto(`/de/geschichten/${slug}`);
  await expect(page.getByRole("complementary", { name: "Im Gespräch" })).toContainText("Produktionsleiterin");

  await signInAsEditor(page);
  await page.goto(`/studio/people/${person.id}`);
  await page.getByLabel("Stelle (Deutsch)").fill("Werksleiterin");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert. Die Website zeigt die Änderungen ab sofort.");
  await page.goto(`/de/geschichten/${slug}`);
  await expect(page.getByRole("complementary", { name: "Im Gespräch" })).toContainText("Werksleiterin");
});

test("series are managed in both languages; one in use is deleted only after moving its interviews", async ({ page }) => {
  const name = `Neu im Team ${unique("s")}`;
  const target = await seriesTable.create({ slug: unique("ziel"), name: { de: `Zielreihe ${unique("z")}` }, description: { de: "" } });
  await signInAsEditor(page);
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Bereiche & Reihen" }).click();
  const series = page.getByRole("region", { name: "Reihen" });
  await series.getByLabel("Name (Deutsch)").last().fill(name);
  await series.getByLabel("Name (Englisch)").last().fill("New in the team");
  await series.getByRole("button", { name: "Reihe anlegen" }).click();
  const entryOf = (region: typeof series) => region.getByRole("group").filter({ has: page.locator("summary", { hasText: name }) });
  await expect(entryOf(series)).toBeVisible();
  const created = await seriesTable.getBySlug(slugFor(name));
  expect(created?.name).toEqual({ de: name, en: "New in the team" });
  await expectNoAxeViolations(page, "taxonomy");

  const person = await makePerson();
  const { interview } = await createInterview(
    { locale: "de", slug: unique("reihe"), personId: person.id, seriesId: created!.id },
    content("In der Reihe"),
    null,
  );
  await page.reload();
  const used = entryOf(page.getByRole("region", { name: "Reihen" }));
  await expect(used).toContainText("1 Interview");
  await used.locator("summary").click();
  await used.getByRole("button", { name: `„${name}“ löschen` }).click();
  await expect(used.getByLabel("Vorher verschieben nach")).toHaveAccessibleDescription(/Dieser Eintrag wird noch verwendet/);
  await used.getByLabel("Vorher verschieben nach").selectOption({ label: target.name.de! });
  await used.getByRole("button", { name: `„${name}“ löschen` }).click();
  await expect(entryOf(page.getByRole("region", { name: "Reihen" }))).toHaveCount(0);
  expect((await getInterview(interview.id))?.seriesId).toBe(target.id);
});

test("a question added to the bank for a series is offered in the editor of that series' interviews", async ({ page }) => {
  const series = await seriesTable.create({ slug: unique("kurz"), name: { de: `Kurz ${unique("k")}` }, description: { de: "" } });
  const question = `Welches Werkzeug liebst du? ${unique("w")}`;
  await signInAsEditor(page);
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Fragenkatalog" }).click();
  await page.getByLabel("Frage", { exact: true }).fill(question);
  await page.getByLabel("Für").selectOption({ label: series.name.de! });
  await page.getByRole("button", { name: "Aufnehmen" }).click();
  await expect(page.getByRole("region", { name: series.name.de! }).getByText(question)).toBeVisible();
  await expectNoAxeViolations(page, "question bank");

  const person = await makePerson();
  const { interview } = await createInterview(
    { locale: "de", slug: unique("bank"), personId: person.id, seriesId: series.id },
    content("Mit Frage aus dem Katalog", { body: { type: "doc", content: [] } }),
    null,
  );
  await page.goto(`/studio/interviews/${interview.id}`);
  await page.getByRole("textbox", { name: "Text des Interviews" }).click();
  await page.keyboard.type("/katalog");
  await page.keyboard.press("Enter");
  const dialog = page.getByRole("dialog", { name: "Frage aus dem Fragenkatalog" });
  await dialog.getByLabel("Fragen durchsuchen").fill("Werkzeug");
  await dialog.getByRole("button", { name: question }).click();
  await expect(page.getByRole("button", { name: `Frage „${question}“ entfernen` })).toBeVisible();
  await page.keyboard.type("Den Drehmomentschlüssel.");
  await expect(page.getByRole("status").filter({ hasText: /^Gespeichert \d/ })).toBeVisible();
});
