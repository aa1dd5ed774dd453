import sharp from "sharp";
import { getSettings, saveSettings, type Settings } from "../modules/site/queries";
import { cacheTags } from "@/lib/cache/tags";
import { unique } from "@/test/factories";
import { enrolTwoFactor, expect, makeAccount, revalidatePublic, signIn, test } from "./fixtures";

// The site settings are one row every page reads: these tests run after the rest, one by one.
test.describe.configure({ mode: "serial" });

let original: Settings;
test.beforeAll(async () => {
  original = (await getSettings())!;
});

/** Saves the original settings with some values changed, as another admin or an import would. */
async function saveOver(changes: Partial<Settings>) {
  const { id: _id, updatedAt: _updatedAt, ...values } = { ...original, ...changes };
  await saveSettings(values);
  await revalidatePublic([cacheTags.settings]);
}

test.afterEach(() => saveOver({}));

test("an admin changes the site settings; bad values are refused at the field and the public site updates at once", async ({ page }) => {
  const admin = await makeAccount("admin");
  await signIn(page, admin.email, admin.password);
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Einstellungen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Einstellungen");
  await expect(page.getByLabel("Firmenname")).toHaveValue(original.companyName);

  const name = `Sonnenthal ${unique("gmbh")}`;
  await page.getByLabel("Firmenname").fill(name);
  await page.getByLabel("Akzentfarbe").fill("#f5d90a");
  await page.getByLabel("Offene Stellen").fill("karriere.example");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Bitte prüfe die markierten Felder.");
  await expect(page.getByLabel("Akzentfarbe")).toHaveAccessibleDescription(/zu hell \(Kontrast 1,4:1, nötig sind 4,5:1\)/);
  await expect(page.getByLabel("Offene Stellen")).toHaveAttribute("aria-invalid", "true");
  // Nothing was saved, and nothing typed was lost.
  expect((await getSettings())?.companyName).toBe(original.companyName);
  await expect(page.getByLabel("Firmenname")).toHaveValue(name);

  await page.getByLabel("Akzentfarbe").fill("#1d4ed8");
  await page.getByLabel("Offene Stellen").fill("https://karriere.example/offen");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status")).toHaveText("Gespeichert. Die Website zeigt die Änderungen ab sofort.");

  // The very next public request shows it: the action expired the "settings" tag.
  await page.goto("/de");
  await expect(page.getByRole("link", { name: `${name} · Startseite` })).toBeVisible();
  await expect(page.locator("body")).toHaveAttribute("style", /--accent:\s*#1d4ed8/);
  await expect(page.getByRole("banner").getByRole("link", { name: /Offene Stellen/ })).toHaveAttribute("href", "https://karriere.example/offen");
});

test("a save over someone else's newer one is refused and keeps the input", async ({ page }) => {
  const admin = await makeAccount("admin");
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  await page.goto("/studio/settings");
  await expect(page.getByLabel("Firmenname")).toHaveValue(original.companyName);

  await saveOver({ tagline: { de: "Inzwischen geändert", en: "Changed meanwhile" } });

  await page.getByLabel("Firmenname").fill("Meine Fassung");
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.locator("form").getByRole("alert")).toContainText("während du sie bearbeitet hast");
  await expect(page.getByLabel("Firmenname")).toHaveValue("Meine Fassung");
  expect((await getSettings())?.companyName).toBe(original.companyName);
});

test("editors and reviewers cannot open the settings", async ({ page }) => {
  for (const role of ["editor", "reviewer"] as const) {
    const account = await makeAccount(role);
    await signIn(page, account.email, account.password);
    const studio = page.getByRole("navigation", { name: "Studio" });
    await expect(studio.getByRole("link", { name: "Übersicht" })).toBeVisible();
    await expect(studio.getByRole("link", { name: "Einstellungen" })).toHaveCount(0);
    await page.goto("/studio/settings");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keine Berechtigung");
    await expect(page.getByLabel("Firmenname")).toHaveCount(0);
    await page.getByRole("button", { name: "Abmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
  }
});

test("an admin uploads a logo, which the site's header shows once saved; a file that is no image is refused", async ({ page }) => {
  const admin = await makeAccount("admin");
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  await page.goto("/studio/settings");
  const picker = page.getByLabel("Logo", { exact: true });

  await picker.setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("Das ist kein Bild, nur Text mit falscher Endung.") });
  await expect(picker).toHaveAccessibleDescription(/Diese Datei ist kein Bild, das wir lesen können/);

  const png = await sharp({ create: { width: 960, height: 240, channels: 4, background: { r: 180, g: 70, b: 27, alpha: 1 } } })
    .png()
    .toBuffer();
  await picker.setInputFiles({ name: "sonnenthal-logo.png", mimeType: "image/png", buffer: png });
  const preview = page.getByRole("img", { name: "Vorschau des Logos" });
  await expect(preview).toBeVisible();
  await expect.poll(() => preview.evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBe(640);
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();

  await page.goto("/de");
  const home = page.getByRole("link", { name: `${original.companyName} · Startseite` });
  await expect(home.locator("img")).toHaveAttribute("src", /%2Fapi%2Fmedia%2Flogos%2F[0-9a-f]{32}\.webp/);
  // Loaded, not broken: the media route serves it and next/image can read it.
  await expect.poll(() => home.locator("img").evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
});

test("the upload route refuses strangers, other roles and other sites before reading the file", async ({ request, page }) => {
  const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: "#000000" } })
    .png()
    .toBuffer();
  const multipart = { file: { name: "logo.png", mimeType: "image/png", buffer: png } };
  expect((await request.post("/api/uploads/logo", { multipart })).status()).toBe(401);
  expect((await request.post("/api/uploads/nothing", { multipart })).status()).toBe(404);

  const editor = await makeAccount("editor");
  await signIn(page, editor.email, editor.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  const asEditor = await page.request.post("/api/uploads/logo", { multipart });
  expect(asEditor.status()).toBe(403);
  expect(await asEditor.json()).toMatchObject({ ok: false, code: "forbidden" });

  const admin = await makeAccount("admin");
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  // Signed out first: otherwise the sign-in page may still see the session and send us home.
  await expect(page).toHaveURL(/\/studio\/sign-in$/);
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  expect((await page.request.post("/api/uploads/logo", { multipart, headers: { origin: "https://evil.example" } })).status()).toBe(403);
  expect((await page.request.post("/api/uploads/logo", { multipart })).status()).toBe(201);
});

test("when an admin requires two-factor sign-in, a colleague without it is led to set it up first", async ({ page, browser }) => {
  const admin = await makeAccount("admin");
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  await page.goto("/studio/settings");
  const requirement = page.getByLabel("Zwei-Faktor-Anmeldung für alle verlangen");
  await requirement.check();
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(requirement).toHaveAccessibleDescription(/Richte die Zwei-Faktor-Anmeldung zuerst für dich selbst ein/);

  await enrolTwoFactor(page, admin.user.name);
  await page.goto("/studio/settings");
  await requirement.check();
  await page.getByRole("button", { name: "Speichern" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Gespeichert" })).toBeVisible();
  expect((await getSettings())!.requireTwoFactor).toBe(true);

  const editor = await makeAccount("editor");
  const other = await (await browser.newContext()).newPage();
  await signIn(other, editor.email, editor.password);
  await expect(other).toHaveURL(/\/studio\/account$/);
  await expect(other.getByRole("status")).toHaveText(/^Die Administration verlangt die Zwei-Faktor-Anmeldung für alle\./);
  // Every other page leads back here until it is set up.
  await other.goto("/studio/users");
  await expect(other).toHaveURL(/\/studio\/account$/);
  await enrolTwoFactor(other, editor.user.name);
  await expect(other.getByText("abschalten ist daher nicht möglich", { exact: false })).toBeVisible();
  await other.goto("/studio");
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  await other.context().close();
});
