import { bumpTokenVersion, getUserById, updateUser } from "@/db/queries/users";
import { unique } from "@/test/factories";
import { expect, makeAccount, signIn, test } from "./fixtures";

const GENERIC = "E-Mail-Adresse oder Passwort ist nicht richtig.";
// Scoped to the form: Next's route announcer is an alert region too.
const formAlert = (page: import("@playwright/test").Page) => page.locator("form").getByRole("alert");

test.describe("studio sign-in", () => {
  test("the studio sends visitors to the sign-in page", async ({ page }) => {
    await page.goto("/studio");
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Im Studio anmelden");
  });

  test("signing in shows the studio, signing out ends the session", async ({ page }) => {
    const { email, password } = await makeAccount("editor");
    await signIn(page, email.toUpperCase(), password);
    await expect(page).toHaveURL(/\/studio$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna editor");
    await expect(page.getByText("Hanna editor (Redaktion)")).toBeVisible();
    await expect(page.getByText("Veröffentlicht")).toBeVisible();

    await page.getByRole("button", { name: "Abmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
    await page.goto("/studio");
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
  });

  test("a wrong password and an unknown account get the same message", async ({ page }) => {
    const { email, password } = await makeAccount();
    await signIn(page, email, `${password.slice(0, -1)}x`);
    await expect(formAlert(page)).toHaveText(GENERIC);
    await signIn(page, `${unique("niemand")}@sonnenthal.example`, password);
    await expect(formAlert(page)).toHaveText(GENERIC);
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
  });

  test("after five failures the account is locked for a while, even for the right password", async ({ page }) => {
    const { user, email, password } = await makeAccount();
    for (let attempt = 0; attempt < 5; attempt++) {
      await signIn(page, email, `falsch-${attempt}`);
      await expect(formAlert(page)).toHaveText(GENERIC);
    }
    await signIn(page, email, password);
    await expect(formAlert(page)).toHaveText("Zu viele Anmeldeversuche. Bitte warte einen Moment und versuche es dann erneut.");
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
    expect((await getUserById(user.id))?.disabled).toBe(false);
  });

  test("disabling a user or signing out everywhere ends their session on the next request", async ({ page }) => {
    const { user, email, password } = await makeAccount("reviewer");
    await signIn(page, email, password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna reviewer");

    await bumpTokenVersion(user.id);
    await page.goto("/studio");
    await expect(page).toHaveURL(/\/studio\/sign-in$/);

    await signIn(page, email, password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna reviewer");
    await updateUser(user.id, { disabled: true });
    await page.goto("/studio");
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
    await signIn(page, email, password);
    await expect(formAlert(page)).toHaveText(GENERIC);
  });
});

test("signing out everywhere ends the sessions on other devices too", async ({ browser }) => {
  const { email, password } = await makeAccount("editor");
  const laptop = await browser.newPage();
  const phone = await browser.newPage();
  for (const device of [laptop, phone]) {
    await signIn(device, email, password);
    await expect(device.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna editor");
  }
  await laptop.getByRole("button", { name: "Überall abmelden" }).click();
  await expect(laptop).toHaveURL(/\/studio\/sign-in$/);
  await phone.goto("/studio");
  await expect(phone).toHaveURL(/\/studio\/sign-in$/);
  await laptop.close();
  await phone.close();
});
