import { expect, expectNoAxeViolations, test } from "./fixtures";
import { columns, worlds } from "./universes-fixtures";

// The work universes as applicants meet them: a topic told side by side, the self-check, a
// universe's page, both languages. Each test reads universes of its own.

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
  await page
    .getByRole("navigation", { name: "Zu einer Arbeitswelt springen" })
    .getByRole("link", { name: `Das Kollektiv ${tag}` })
    .click();
  await expect(columns(page).nth(2)).toBeInViewport();
});

for (const javaScriptEnabled of [false, true]) {
  test(`the self-check names the fitting universe ${javaScriptEnabled ? "with" : "without"} JavaScript, at a URL that can be shared`, async ({ browser }) => {
    const { tag, customers, mistakes } = await worlds();
    const page = await (await browser.newContext({ locale: "de-DE", javaScriptEnabled })).newPage();
    await page.goto("/de/arbeitswelten/selbsttest");
    await page
      .getByRole("group", { name: new RegExp(`Wie wir Kund:innen einbinden ${tag}`) })
      .getByLabel(`Alle gestalten mit ${tag}.`)
      .check();
    await page
      .getByRole("group", { name: new RegExp(`Wie wir mit Fehlern umgehen ${tag}`) })
      .getByLabel(`Wir lernen gemeinsam daraus ${tag}.`)
      .check();
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
