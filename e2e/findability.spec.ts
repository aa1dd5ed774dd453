import { createInterviewAs, expect, test } from "./fixtures";

test.describe("findability", () => {
  test("sitemap.xml lists published pages with their alternates, and nothing unpublished", async ({ request }) => {
    const draft = await createInterviewAs("draft", `Sitemap-Entwurf ${Date.now()}`);
    const published = await createInterviewAs("published", `Sitemap-Geschichte ${Date.now()}`);
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain("/de/interviews/auf-einen-kaffee-mit-marco</loc>");
    // Marco's interview names its English translation as an alternate.
    expect(xml).toMatch(/hreflang="en"\s+href="[^"]*\/en\/interviews\/coffee-with-marco"/);
    expect(xml).toContain("/de/series/kurz-vorgestellt</loc>");
    expect(xml).toContain(`/de/interviews/${published.slug}</loc>`);
    for (const hidden of ["im-gespraech-mit-oemer", "wie-wir-neue-kolleginnen-einarbeiten", draft.slug]) expect(xml).not.toContain(hidden);
  });

  test("robots.txt points to the sitemap and keeps crawlers out of the studio", async ({ request }) => {
    const text = await (await request.get("/robots.txt")).text();
    expect(text).toContain("Disallow: /studio");
    expect(text).toMatch(/Sitemap: http.*\/sitemap\.xml/);
  });

  test("each locale has an RSS feed of its published interviews only", async ({ request, page }) => {
    const review = await createInterviewAs("in_review", `Feed-Prüfung ${Date.now()}`);
    const de = await request.get("/de/feed.xml");
    expect(de.status()).toBe(200);
    expect(de.headers()["content-type"]).toContain("application/rss+xml");
    const xml = await de.text();
    expect(xml).toContain("<title>Auf einen Kaffee mit Marco, Senior Produktionsmanager</title>");
    expect(xml).not.toContain(review.title);
    expect(xml).not.toContain("Im Gespräch mit Ömer");
    const en = await (await request.get("/en/feed.xml")).text();
    expect(en).toContain("<title>Let&apos;s sit down and talk with Marco, Senior Production Manager</title>");
    expect(en).not.toContain("Qualität ist Teamsache");
    // Feed readers find it from the home page.
    await page.goto("/de");
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute("href", /\/de\/feed\.xml$/);
  });
});
