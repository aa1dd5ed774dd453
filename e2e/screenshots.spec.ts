import { expect, test } from "./fixtures";

// Screenshots of the main page types at phone and desktop width, kept as test artifacts.
for (const width of [375, 1280]) {
  for (const [name, path] of [
    ["home", "/de"],
    ["index", "/de/geschichten"],
    ["interview", "/de/geschichten/auf-einen-kaffee-mit-marco"],
  ] as const) {
    test(`screenshot: ${name} at ${width}px`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto(path);
      // Load lazy images before the full-page capture (hidden ones, like the hero collage on phones, never load).
      const images = page.locator("img:visible");
      for (const image of await images.all()) await image.scrollIntoViewIfNeeded();
      await expect(images.last()).toHaveJSProperty("complete", true);
      const body = await page.screenshot({ fullPage: true, path: testInfo.outputPath(`${name}-${width}.png`) });
      await testInfo.attach(`${name}-${width}`, { body, contentType: "image/png" });
      // A page narrower than the viewport never scrolls sideways.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    });
  }
}
