import { eq } from "drizzle-orm";
import { database } from "@/db/client";
import { listAudit } from "../modules/audit/queries";
import { tables } from "@/db/executor";
import { bumpTokenVersion, getUserById, updateUser } from "../modules/accounts/queries/users";
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
    await expect(page.getByRole("list", { name: "Interviews nach Stand" }).getByText("Veröffentlicht")).toBeVisible();

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
    const logged = (await listAudit(500)).filter((entry) => entry.entityId === user.id).map((entry) => entry.action);
    expect(logged.filter((action) => action === "sign_in.failure")).toHaveLength(5);
    expect(logged).toContain("sign_in.locked");
  });

  test("disabling a user or signing out everywhere ends their session on the next request", async ({ page }) => {
    const { user, email, password } = await makeAccount("reviewer");
    await signIn(page, email, password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna reviewer");

    await bumpTokenVersion(user.id);
    await page.goto("/studio");
    await expect(page).toHaveURL(/\/studio\/sign-in\?sitzung=beendet$/);
    await expect(page.getByRole("status")).toHaveText("Deine Sitzung ist abgelaufen oder wurde beendet. Bitte melde dich erneut an.");

    await signIn(page, email, password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna reviewer");
    await updateUser(user.id, { disabled: true });
    await page.goto("/studio");
    await expect(page).toHaveURL(/\/studio\/sign-in\?sitzung=beendet$/);
    await signIn(page, email, password);
    await expect(formAlert(page)).toHaveText(GENERIC);
  });

  test("a session ends after two hours without activity", async ({ page }) => {
    const { user, email, password } = await makeAccount("editor");
    await signIn(page, email, password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna editor");
    const { userSessions } = tables();
    await database()
      .db.update(userSessions)
      .set({ lastSeenAt: new Date(Date.now() - 2 * 3600_000 - 60_000) })
      .where(eq(userSessions.userId, user.id));
    await page.goto("/studio/users");
    await expect(page).toHaveURL(/\/studio\/sign-in\?sitzung=beendet$/);
  });

  test("signing out ends the session on the server, so a copied cookie no longer works", async ({ page, browser }) => {
    const { email, password } = await makeAccount("editor");
    await signIn(page, email, password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Hanna editor");
    const copied = await page.context().cookies();
    await page.getByRole("button", { name: "Abmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/studio\/sign-in$/);

    const elsewhere = await browser.newContext();
    await elsewhere.addCookies(copied);
    const other = await elsewhere.newPage();
    await other.goto("/studio");
    await expect(other).toHaveURL(/\/studio\/sign-in\?sitzung=beendet$/);
    await elsewhere.close();
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
  await expect(phone).toHaveURL(/\/studio\/sign-in\?sitzung=beendet$/);
  await laptop.close();
  await phone.close();
});
