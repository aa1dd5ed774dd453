import sharp from "sharp";
import { createAsset } from "@/db/queries/assets";
import { getSettings, saveSettings, type Settings } from "@/db/queries/settings";
import { cacheTags } from "@/lib/cache/tags";
import { storage } from "@/lib/storage";
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

test("the header shows the employer's logo from the settings", async ({ page }) => {
  const key = `logos/${crypto.randomUUID()}.png`;
  const png = await sharp({ create: { width: 240, height: 60, channels: 3, background: "#b4461b" } }).png().toBuffer();
  await storage().put(key, png);
  const logo = await createAsset({ storageKey: key, mimeType: "image/png", width: 240, height: 60, bytes: png.length, variants: [] });
  await saveOver({ logoAssetId: logo.id });
  await page.goto("/de");
  const home = page.getByRole("link", { name: `${original.companyName} · Startseite` });
  await expect(home.locator("img")).toHaveAttribute("src", new RegExp(encodeURIComponent(`/api/media/${key}`)));
  // Loaded, not broken: the media route serves it and next/image can read it.
  await expect.poll(() => home.locator("img").evaluate((img) => (img as HTMLImageElement).naturalWidth)).toBeGreaterThan(0);
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
