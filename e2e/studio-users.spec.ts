import AxeBuilder from "@axe-core/playwright";
import { getUserById } from "@/db/queries/users";
import { expect, makeAccount, signIn, test } from "./fixtures";

test.describe("user administration", () => {
  test("an admin changes a role and disables a user, who can then no longer sign in", async ({ page }) => {
    const admin = await makeAccount("admin");
    const editor = await makeAccount("editor");
    await signIn(page, admin.email, admin.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
    await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Nutzer:innen" }).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nutzer:innen");

    const row = page.getByRole("row").filter({ hasText: editor.email });
    await row.getByLabel(`Rolle von ${editor.user.name}`).selectOption({ label: "Freigabe" });
    await expect.poll(async () => (await getUserById(editor.user.id))?.role).toBe("reviewer");
    await expect(row.getByLabel(`Rolle von ${editor.user.name}`)).toHaveValue("reviewer");

    await row.getByRole("button", { name: `${editor.user.name} sperren` }).click();
    await expect(row.getByText("Gesperrt")).toBeVisible();
    expect((await getUserById(editor.user.id))?.disabled).toBe(true);

    const other = await page.context().browser()!.newPage();
    await signIn(other, editor.email, editor.password);
    await expect(other.locator("form").getByRole("alert")).toHaveText("E-Mail-Adresse oder Passwort ist nicht richtig.");
    await other.close();

    await row.getByRole("button", { name: `${editor.user.name} freigeben` }).click();
    await expect(row.getByText("Aktiv")).toBeVisible();
  });

  test("editors and reviewers do not see user administration", async ({ page }) => {
    for (const role of ["editor", "reviewer"] as const) {
      const account = await makeAccount(role);
      await signIn(page, account.email, account.password);
      const studio = page.getByRole("navigation", { name: "Studio" });
      await expect(studio.getByRole("link", { name: "Übersicht" })).toBeVisible();
      await expect(studio.getByRole("link", { name: "Nutzer:innen" })).toHaveCount(0);
      await page.goto("/studio/users");
      await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keine Berechtigung");
      await expect(page.getByRole("table")).toHaveCount(0);
      await page.getByRole("button", { name: "Abmelden", exact: true }).click();
      await expect(page).toHaveURL(/\/studio\/sign-in$/);
    }
  });
});

test("the signed-in studio pages have no accessibility violations", async ({ page }) => {
  const admin = await makeAccount("admin");
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  for (const path of ["/studio", "/studio/users"]) {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`), path).toEqual([]);
    // On a phone the page itself never scrolls sideways; the table scrolls in its own box.
    await page.setViewportSize({ width: 375, height: 800 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
    await page.setViewportSize({ width: 1280, height: 720 });
  }
});
