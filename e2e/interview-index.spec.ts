import { createPublishedTeam, expect, test } from "./fixtures";

const cardTitles = (page: import("@playwright/test").Page) => page.locator(".card-title").allTextContents();

test.describe("interview index", () => {
  test("lists published interviews and combines filters that live in the URL", async ({ page }) => {
    await page.goto("/de");
    await page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("link", { name: "Geschichten" }).click();
    await expect(page).toHaveURL(/\/de\/geschichten$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle Geschichten");
    await expect(page.getByRole("heading", { level: 2, name: "Qualität ist Teamsache" })).toBeVisible();
    await expect(page.getByText("Im Gespräch mit Ömer")).toHaveCount(0);

    const filters = page.getByRole("search", { name: "Geschichten filtern" });
    await filters.getByLabel("Bereich").selectOption({ label: "Produktion" });
    await filters.getByLabel("Standort").selectOption({ label: "Stuttgart" });
    await filters.getByRole("button", { name: "Anzeigen" }).click();
    await expect(page).toHaveURL(/department=produktion/);
    await expect(page).toHaveURL(/location=stuttgart/);
    const titles = await cardTitles(page);
    expect(titles).toContain("Auf einen Kaffee mit Marco, Senior Produktionsmanager");
    expect(titles).toContain("Schichtleitung mit Herz: 18 Jahre Sabine Größl");
    // Hannah works in production too, but in Leipzig; Tobias works in R&D in Leipzig.
    expect(titles).not.toContain("Qualität ist Teamsache");
    expect(titles).not.toContain("Zwischen Prüfstand und Kundentermin");

    // The URL alone reproduces the result (shareable, no JavaScript needed).
    const shared = page.url();
    await page.goto("/de");
    await page.goto(shared);
    expect(await cardTitles(page)).toEqual(titles);
    await expect(page.getByLabel("Bereich")).toHaveValue("produktion");

    await page.getByRole("link", { name: "Filter zurücksetzen" }).click();
    await expect(page).toHaveURL(/\/de\/geschichten$/);
  });

  for (const [query, expected] of [
    ["produktion", "Auf einen Kaffee mit Marco, Senior Produktionsmanager"],
    ["groessl", "Schichtleitung mit Herz: 18 Jahre Sabine Größl"],
    ["Weißmüller", "Kurz vorgestellt: Jonas, Azubi in der Mechatronik"],
    ["Kund:innen", "Die ersten 100 Tage: Aylin Öztürk im Vertrieb"],
    ["kunden abfuellanlage", "Zwischen Prüfstand und Kundentermin"],
  ] as const) {
    test(`search "${query}" finds "${expected}"`, async ({ page }) => {
      await page.goto("/de/geschichten");
      await page.getByRole("searchbox", { name: "Suche" }).fill(query);
      await page.getByRole("searchbox", { name: "Suche" }).press("Enter");
      await expect(page).toHaveURL(/[?&]q=/);
      expect(await cardTitles(page)).toContain(expected);
    });
  }

  test("search never finds unpublished interviews", async ({ page }) => {
    await page.goto("/de/geschichten?q=logistik");
    expect(await cardTitles(page)).not.toContain("Im Gespräch mit Ömer, Teamleiter Logistik");
    await page.goto("/de/geschichten?q=patenprogramm");
    await expect(page.getByRole("heading", { name: "Keine passenden Geschichten" })).toBeVisible();
  });

  for (const [label, search] of [
    ["quotes and SQL", `q=${encodeURIComponent(`"'; DROP TABLE interviews; --`)}`],
    ["emoji", `q=${encodeURIComponent("🙂🚀")}`],
    // 10,000 characters; as many umlauts would exceed the HTTP server's 16 kB header limit before any app code runs.
    ["10,000 characters", `q=${"kundin ".repeat(1_429).slice(0, 10_000)}`],
    ["unknown filter values", "department=gibt-es-nicht&series=%3Cscript%3E&location=../../etc"],
    ["a page far out of range", "page=999"],
    ["a page that is not a number", "page=abc&page=-1"],
  ] as const) {
    test(`odd input (${label}) gets a proper page, never an error`, async ({ page }) => {
      const response = await page.goto(`/de/geschichten?${search}`);
      expect(response?.status()).toBe(200);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Alle Geschichten");
    });
  }

  test("pages through results twelve at a time", async ({ page }) => {
    const { departmentSlug, titles } = await createPublishedTeam(13);
    await page.goto(`/de/geschichten?department=${departmentSlug}`);
    await expect(page.getByRole("status")).toHaveText("13 Geschichten");
    expect(await cardTitles(page)).toHaveLength(12);
    const pages = page.getByRole("navigation", { name: "Seiten" });
    await expect(pages.getByRole("link", { name: "Seite 1" })).toHaveAttribute("aria-current", "page");
    await pages.getByRole("link", { name: /Weiter/ }).click();
    await expect(page).toHaveURL(new RegExp(`department=${departmentSlug}.*page=2|page=2.*department=${departmentSlug}`));
    await expect(pages.getByRole("link", { name: "Seite 2" })).toHaveAttribute("aria-current", "page");
    const rest = await cardTitles(page);
    expect(rest).toHaveLength(1);
    // Newest first: the first one created is the last one shown.
    expect(rest).toEqual([titles[0]]);
  });

  test("a page out of range offers the way back", async ({ page }) => {
    await page.goto("/de/geschichten?page=999");
    await expect(page.getByRole("heading", { name: "Diese Seite der Ergebnisse gibt es nicht." })).toBeVisible();
    await page.getByRole("link", { name: "Zur ersten Seite" }).click();
    await expect(page.locator(".card-title").first()).toBeVisible();
  });

  test("the English index lists the English interviews", async ({ page }) => {
    await page.goto("/en/stories");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("All stories");
    expect(await cardTitles(page)).toContain("In brief: Dr. Friederike Hoß");
    expect(await cardTitles(page)).not.toContain("Qualität ist Teamsache");
  });
});
