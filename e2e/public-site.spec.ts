import fs from "node:fs";
import { createInterviewAs, expect, test } from "./fixtures";

// Demo content seeded by the server's first start (db/seed/content).
const UNPUBLISHED = ["Im Gespräch mit Ömer, Teamleiter Logistik", "Wie wir neue Kolleg:innen einarbeiten"];

test.describe("home page", () => {
  test("/ redirects to the German home page, which features a published demo interview and no unpublished one", async ({ page }) => {
    await page.goto("/");
    await expect(page).toHaveURL(/\/de$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Menschen, die Bewegung in die Welt bringen.");
    const featured = page.getByRole("region", { name: "Im Gespräch" });
    await expect(featured.getByRole("heading", { name: "Auf einen Kaffee mit Marco, Senior Produktionsmanager" })).toBeVisible();
    for (const title of UNPUBLISHED) await expect(page.getByText(title)).toHaveCount(0);
  });

  test("browse links lead to the published interviews of a series, and never to unpublished ones", async ({ page }) => {
    await page.goto("/de");
    await page.getByRole("region", { name: "Entdecken" }).getByRole("link", { name: "Kurz vorgestellt" }).click();
    await expect(page).toHaveURL(/\/de\/reihen\/kurz-vorgestellt$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Kurz vorgestellt");
    await expect(page.getByText("In unserer Reihe „Kurz vorgestellt“ lernt ihr alle paar Wochen")).toBeVisible();
    for (const title of [
      "Kurz vorgestellt: Dr. Friederike Hoß",
      "Kurz vorgestellt: Jonas, Azubi in der Mechatronik",
      "Kurz vorgestellt: Malte, unterwegs im Service",
    ]) {
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
    }
    await page.goto("/de/geschichten?department=produktion&location=stuttgart");
    for (const title of UNPUBLISHED) await expect(page.getByText(title)).toHaveCount(0);
  });

  test("shows an interview once it is published and never a draft or one in review", async ({ page }) => {
    const published = await createInterviewAs("published", `Veröffentlicht ${Date.now()}: Grüße aus Stuttgart`);
    const draft = await createInterviewAs("draft", `Entwurf ${Date.now()}: noch geheim`);
    const review = await createInterviewAs("in_review", `In Prüfung ${Date.now()}: bald`);

    await page.goto("/de");
    await expect(page.getByRole("heading", { name: published.title })).toBeVisible();
    await expect(page.getByText(draft.title)).toHaveCount(0);
    await expect(page.getByText(review.title)).toHaveCount(0);

    for (const hidden of [draft, review]) {
      const response = await page.goto(`/de/geschichten/${hidden.slug}`);
      expect(response?.status()).toBe(404);
    }
    const response = await page.goto(`/de/geschichten/${published.slug}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(published.title);
  });

  test("has a working skip link", async ({ page }) => {
    await page.goto("/de");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "Zum Inhalt springen" });
    await expect(skip).toBeFocused();
    await skip.press("Enter");
    await expect(page).toHaveURL(/#main$/);
    await expect(page.locator("main")).toBeFocused();
  });
});

test.describe("interview page", () => {
  test("shows questions and answers with umlauts and Kund:innen intact", async ({ page }) => {
    // Through the department page: other tests' new interviews push it off the home page.
    await page.goto("/de/bereiche/vertrieb");
    await page.getByRole("link", { name: "Die ersten 100 Tage: Aylin Öztürk im Vertrieb" }).click();
    await expect(page).toHaveURL(/\/de\/geschichten\/die-ersten-100-tage-aylin-oeztuerk$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Die ersten 100 Tage: Aylin Öztürk im Vertrieb");

    const question = page.getByRole("heading", { level: 2, name: "Wie arbeitet ihr mit euren Kund:innen?" });
    await expect(question).toBeVisible();
    await expect(page.getByText("Viele unserer Kund:innen arbeiten seit zwanzig Jahren mit uns")).toBeVisible();
    await expect(page.getByText("Die Maultaschen am Montag sind hier übrigens Pflicht", { exact: false })).toBeVisible();

    const person = page.getByRole("complementary", { name: "Im Gespräch" });
    await expect(person.getByText("Aylin Öztürk")).toBeVisible();
    await expect(person.getByText("Key-Account-Managerin")).toBeVisible();
    await expect(person.getByText("Vertrieb & Kundenservice")).toBeVisible();
    await expect(person.getByText("Bei uns seit 2026")).toBeVisible();
    await expect(person.getByRole("img", { name: /Aylin Öztürk mit langen schwarzen Haaren/ })).toBeVisible();
    await expect(page.getByText("Veröffentlicht am 12. Juni 2026")).toBeVisible();

    await question.getByRole("link", { name: "Link zu dieser Frage" }).click();
    await expect(page).toHaveURL(/#wie-arbeitet-ihr-mit-euren-kund-innen$/);
  });

  test("a series entry shows its date, its quote and its own call to action; the translation is linked", async ({ page }) => {
    await page.goto("/de/geschichten/kurz-vorgestellt-dr-friederike-hoss");
    await expect(page.getByText("Aus der Reihe „Kurz vorgestellt“")).toBeVisible();
    await expect(page.getByText("Veröffentlicht am 17. April 2018")).toBeVisible();
    await expect(page.getByText("Man braucht nichts im Leben zu fürchten, man muss nur alles verstehen.")).toBeVisible();
    await expect(page.getByText("Dr. Friederike Hoß", { exact: true })).toBeVisible();
    const cta = page.getByRole("link", { name: "Lust auf spannende Aufgaben in der Entwicklung? Dann bitte hier entlang." });
    await expect(cta).toHaveAttribute("href", "https://karriere.sonnenthal.example/stellen?bereich=entwicklung");

    await page.getByRole("link", { name: "Diese Geschichte auf Englisch lesen" }).click();
    await expect(page).toHaveURL(/\/en\/stories\/in-brief-dr-friederike-hoss$/);
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByText("Published on 17 April 2018")).toBeVisible();
    await expect(page.getByText("With us since 2015")).toBeVisible();
  });
});

test("paths are localized, and the other language's words lead to the right page", async ({ page }) => {
  await page.goto("/en/stories/coffee-with-marco");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Let's sit down and talk with Marco, Senior Production Manager");
  await page.goto("/de/interviews/auf-einen-kaffee-mit-marco");
  await expect(page).toHaveURL(/\/de\/geschichten\/auf-einen-kaffee-mit-marco$/);
});

test("the header's languages lead to the same page in the other language, or the nearest one there is, also without JavaScript", async ({ browser }) => {
  const page = await (await browser.newContext({ locale: "de-DE", javaScriptEnabled: false })).newPage();
  const languages = page.getByRole("navigation", { name: "Hauptnavigation" }).getByRole("list", { name: "Sprache" });
  await page.goto("/de/geschichten/auf-einen-kaffee-mit-marco");
  await languages.getByRole("link", { name: "EN" }).click();
  await expect(page).toHaveURL(/\/en\/stories\/coffee-with-marco$/);
  await page.getByRole("navigation", { name: "Main navigation" }).getByRole("list", { name: "Language" }).getByRole("link", { name: "DE" }).click();
  await expect(page).toHaveURL(/\/de\/geschichten\/auf-einen-kaffee-mit-marco$/);
  // Told in German only: the English stories instead.
  const { slug } = await createInterviewAs("published", "Nur auf Deutsch erzählt");
  await page.goto(`/de/geschichten/${slug}`);
  await languages.getByRole("link", { name: "EN" }).click();
  await expect(page).toHaveURL(/\/en\/stories$/);
  await page.goto("/de/reihen/kurz-vorgestellt");
  await languages.getByRole("link", { name: "EN" }).click();
  await expect(page).toHaveURL(/\/en\/series\/kurz-vorgestellt$/);
  // Only our own pages: a foreign address leads home.
  await page.goto("/api/language?to=en&from=//evil.example/de");
  await expect(page).toHaveURL(/\/en$/);
});

test.describe("not found", () => {
  for (const [path, heading] of [
    ["/de/geschichten/gibt-es-nicht", "Diese Seite gibt es nicht (mehr)"],
    ["/en/stories/does-not-exist", "This page does not exist (any more)"],
    ["/de/irgendwo/ganz/tief", "Diese Seite gibt es nicht (mehr)"],
  ] as const) {
    test(`${path} answers 404 with the localized page`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(heading);
    });
  }

  test("a file the site does not have answers 404, not a server error; the icon is there", async ({ request }) => {
    for (const path of ["/favicon.ico", "/apple-touch-icon.png", "/wp-login.php"]) {
      expect((await request.get(path)).status(), path).toBe(404);
    }
    const icon = await request.get("/icon.svg");
    expect(icon.status()).toBe(200);
    expect(icon.headers()["content-type"]).toContain("image/svg+xml");
  });
});

test("GET /api/health reports the database and its migrations", async ({ request }) => {
  const dialect = process.env.EINBLICK_TEST_DIALECT ?? "sqlite";
  const journal = JSON.parse(fs.readFileSync(`db/migrations/${dialect}/meta/_journal.json`, "utf8")) as { entries: unknown[] };
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({
    status: "ok",
    database: { dialect, migrations: { expected: journal.entries.length, applied: journal.entries.length, upToDate: true } },
  });
});

test.describe("series and department pages", () => {
  test("a department page lists its people's stories and leads to its own jobs", async ({ page }) => {
    await page.goto("/de/geschichten/kurz-vorgestellt-dr-friederike-hoss");
    await page.getByRole("complementary", { name: "Im Gespräch" }).getByRole("link", { name: "Forschung & Entwicklung" }).click();
    await expect(page).toHaveURL(/\/de\/bereiche\/entwicklung$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Forschung & Entwicklung");
    for (const title of [
      "Kurz vorgestellt: Dr. Friederike Hoß",
      "Zwischen Prüfstand und Kundentermin",
      "Von der Uni in die Entwicklung: Lea programmiert Getriebe",
    ]) {
      await expect(page.getByRole("heading", { name: title })).toBeVisible();
    }
    await expect(page.getByRole("heading", { name: "Qualität ist Teamsache" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Stellen ansehen" })).toHaveAttribute(
      "href",
      "https://karriere.sonnenthal.example/stellen?bereich=entwicklung",
    );
  });

  test("the English series page and an unknown series", async ({ page }) => {
    await page.goto("/en/series/kurz-vorgestellt");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("In brief");
    await expect(page.getByRole("heading", { name: "In brief: Dr. Friederike Hoß" })).toBeVisible();
    const response = await page.goto("/de/reihen/gibt-es-nicht");
    expect(response?.status()).toBe(404);
    expect((await page.goto("/de/bereiche/gibt-es-nicht"))?.status()).toBe(404);
  });
});
