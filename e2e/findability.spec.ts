import sharp from "sharp";
import { createAsset } from "../modules/media/queries/assets";
import { storage } from "../modules/media/storage";
import { createInterview, publishRevision } from "../modules/interviews/queries/interviews";
import { interviewChangeTags } from "@/lib/cache/tags";
import { content, makePerson, unique } from "@/test/factories";
import { createInterviewAs, expect, revalidatePublic, test } from "./fixtures";

test.describe("findability", () => {
  test("sitemap.xml lists published pages with their alternates, and nothing unpublished", async ({ request }) => {
    const draft = await createInterviewAs("draft", `Sitemap-Entwurf ${Date.now()}`);
    const published = await createInterviewAs("published", `Sitemap-Geschichte ${Date.now()}`);
    const response = await request.get("/sitemap.xml");
    expect(response.status()).toBe(200);
    const xml = await response.text();
    expect(xml).toContain("/de/geschichten/auf-einen-kaffee-mit-marco</loc>");
    // Marco's interview names its English translation as an alternate.
    expect(xml).toMatch(/hreflang="en"\s+href="[^"]*\/en\/stories\/coffee-with-marco"/);
    expect(xml).toContain("/de/reihen/kurz-vorgestellt</loc>");
    expect(xml).toContain(`/de/geschichten/${published.slug}</loc>`);
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

const jsonLd = async (page: import("@playwright/test").Page) =>
  Promise.all((await page.locator('script[type="application/ld+json"]').allTextContents()).map((text) => JSON.parse(text)));

test.describe("page metadata", () => {
  test("an interview has title, description, canonical URL, hreflang alternates and ProfilePage JSON-LD", async ({ page }) => {
    await page.goto("/de/geschichten/kurz-vorgestellt-dr-friederike-hoss");
    await expect(page).toHaveTitle("Kurz vorgestellt: Dr. Friederike Hoß · Sonnenthal Präzisionstechnik");
    await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", /lernt ihr heute Dr\. Friederike Hoß kennen/);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute("href", /\/de\/geschichten\/kurz-vorgestellt-dr-friederike-hoss$/);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute("href", /\/en\/stories\/in-brief-dr-friederike-hoss$/);
    const [profile] = await jsonLd(page);
    expect(profile).toMatchObject({
      "@type": "ProfilePage",
      headline: "Kurz vorgestellt: Dr. Friederike Hoß",
      mainEntity: {
        "@type": "Person",
        name: "Friederike Hoß",
        honorificPrefix: "Dr.",
        jobTitle: "Leiterin Werkstofflabor",
        worksFor: { "@type": "Organization", name: "Sonnenthal Präzisionstechnik" },
      },
    });
  });

  test("the home page describes the organization", async ({ page }) => {
    await page.goto("/en");
    await expect(page).toHaveTitle("People at Sonnenthal Präzisionstechnik");
    expect(await jsonLd(page)).toContainEqual(expect.objectContaining({ "@type": "Organization", name: "Sonnenthal Präzisionstechnik" }));
  });

  test("an interview offers more colleagues and share links without third-party scripts", async ({ page }) => {
    await page.goto("/de/geschichten/kurz-vorgestellt-dr-friederike-hoss");
    const more = page.getByRole("region", { name: "Weitere Kolleg:innen" });
    await expect(more.getByRole("heading", { name: "Kurz vorgestellt: Jonas, Azubi in der Mechatronik" })).toBeVisible();
    await expect(more.getByRole("heading", { name: "Kurz vorgestellt: Dr. Friederike Hoß" })).toHaveCount(0);

    const share = page.getByRole("navigation", { name: "Teilen" });
    // Shared links use the canonical address (SITE_URL), whatever host the reader used.
    const url = encodeURIComponent((await page.locator('link[rel="canonical"]').getAttribute("href"))!);
    await expect(share.getByRole("link", { name: "LinkedIn" })).toHaveAttribute("href", `https://www.linkedin.com/sharing/share-offsite/?url=${url}`);
    await expect(share.getByRole("link", { name: "E-Mail" })).toHaveAttribute("href", /^mailto:\?subject=Eine%20Geschichte%20von%20Sonnenthal/);
    const external = await page
      .locator("script[src]")
      .evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).src).filter((src) => !src.startsWith(location.origin)));
    expect(external).toEqual([]);
  });
});

test("each published interview has its own Open Graph image; an unpublished one has none", async ({ page, request }) => {
  const draft = await createInterviewAs("draft", `OG-Entwurf ${Date.now()}`);
  await page.goto("/de/geschichten/auf-einen-kaffee-mit-marco");
  const image = await page.locator('meta[property="og:image"]').getAttribute("content");
  expect(image).toMatch(/\/de\/interviews\/auf-einen-kaffee-mit-marco\/opengraph-image/);
  await expect(page.locator('meta[property="og:image:width"]')).toHaveAttribute("content", "1200");
  const response = await request.get(new URL(image!).pathname + new URL(image!).search);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect((await response.body()).subarray(1, 4).toString()).toBe("PNG");
  // The same image address for the draft (the route's name carries a build hash) finds nothing.
  const draftImage = new URL(image!).pathname.replace("auf-einen-kaffee-mit-marco", draft.slug);
  expect(draftImage).toContain(draft.slug);
  expect((await request.get(draftImage)).status()).toBe(404);
});

test("an interview published with an image for sharing uses it as its Open Graph image, cut to 1200 × 630", async ({ page, request }) => {
  const picture = await sharp({ create: { width: 1600, height: 1200, channels: 3, background: "#1d6b8a" } })
    .webp()
    .toBuffer();
  const key = `social/${crypto.randomUUID().replaceAll("-", "")}.webp`;
  await storage().put(key, picture);
  const asset = await createAsset({ storageKey: key, mimeType: "image/webp", width: 1600, height: 1200, bytes: picture.length, variants: [] });
  const person = await makePerson();
  const slug = unique("og-bild");
  const { interview, revision } = await createInterview(
    { locale: "de", slug, personId: person.id },
    content("Mit eigenem Bild", { socialImageAssetId: asset.id }),
    null,
  );
  await publishRevision(interview.id, revision.id);
  await revalidatePublic(interviewChangeTags(interview.id));
  await page.goto(`/de/geschichten/${slug}`);
  const address = await page.locator('meta[property="og:image"]').getAttribute("content");
  const response = await request.get(new URL(address!).pathname + new URL(address!).search);
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  const image = sharp(await response.body());
  expect(await image.metadata()).toMatchObject({ width: 1200, height: 630, format: "png" });
  // The uploaded picture (a flat blue), not the drawn card with its paper background.
  const { dominant } = await image.stats();
  expect(dominant).toMatchObject({ r: expect.any(Number) });
  expect(dominant.b).toBeGreaterThan(dominant.r);
});
