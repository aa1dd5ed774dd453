import { expect, expectNoAxeViolations, test } from "./fixtures";

// Every public page type in both locales, including empty and error states, and the studio's door.
const PAGES = [
  "/de",
  "/en",
  "/de/geschichten",
  "/en/stories?q=zzzzzz",
  "/de/geschichten/auf-einen-kaffee-mit-marco",
  "/en/stories/in-brief-dr-friederike-hoss",
  "/de/reihen/kurz-vorgestellt",
  "/en/series/erste-100-tage",
  "/de/bereiche/vertrieb",
  "/en/departments/produktion",
  "/de/gibt-es-nicht",
  "/en/stories/does-not-exist",
  "/studio/sign-in",
];

for (const path of PAGES) {
  test(`axe finds no WCAG 2.2 AA violations on ${path}`, async ({ page }) => {
    await page.goto(path);
    await expectNoAxeViolations(page);
  });
}

test("keyboard users see where focus is", async ({ page }) => {
  await page.goto("/de/geschichten");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Tab");
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  expect(outline).not.toBe("none");
});
