import type { Page } from "@playwright/test";
import { listAudit } from "../modules/audit/queries";
import { totpCode } from "../modules/accounts/two-factor/totp";
import { enrolTwoFactor, expect, makeAccount, signIn, test } from "./fixtures";

async function signOut(page: Page) {
  await page.getByRole("button", { name: "Abmelden", exact: true }).click();
  await expect(page).toHaveURL(/\/studio\/sign-in$/);
}

const formAlert = (page: Page) => page.locator("form").getByRole("alert");

test("a user turns on two-factor sign-in; then sign-in asks for the app's code or a recovery code", async ({ page }) => {
  const account = await makeAccount("editor");
  await signIn(page, account.email, account.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${account.user.name}`);
  const { secret, recoveryCodes } = await enrolTwoFactor(page, account.user.name);
  await signOut(page);

  await signIn(page, account.email, account.password);
  await expect(page.getByLabel("Code aus deiner Authenticator-App")).toBeFocused();
  await page.getByLabel("Code aus deiner Authenticator-App").fill("123456");
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(formAlert(page)).toHaveText(/^Der Code stimmt nicht/);
  // The enrolment used the current code; the app's next one signs in.
  await page.getByLabel("Code aus deiner Authenticator-App").fill(totpCode(secret, Date.now() + 30_000));
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${account.user.name}`);
  await signOut(page);

  await signIn(page, account.email, account.password);
  await page.getByLabel("Code aus deiner Authenticator-App").fill(recoveryCodes[0]!);
  await page.getByRole("button", { name: "Bestätigen" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${account.user.name}`);
  await page.goto("/studio/account");
  await expect(page.getByText("Noch 9 von 10 Wiederherstellungscodes unbenutzt.")).toBeVisible();
  const logged = (await listAudit(500)).filter((entry) => entry.entityId === account.user.id).map((entry) => entry.action);
  expect(logged).toEqual(expect.arrayContaining(["two_factor.enabled", "two_factor.failure", "two_factor.recovery_used"]));
});

test("an admin resets the two-factor sign-in of someone who lost their phone", async ({ page, browser }) => {
  const admin = await makeAccount("admin");
  const editor = await makeAccount("editor");
  const phone = await (await browser.newContext()).newPage();
  await signIn(phone, editor.email, editor.password);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  await enrolTwoFactor(phone, editor.user.name);

  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  await page.goto("/studio/users");
  const row = page.getByRole("row").filter({ hasText: editor.email });
  page.once("dialog", (dialog) => dialog.accept());
  await row.getByRole("button", { name: `Zwei-Faktor zurücksetzen für ${editor.user.name}` }).click();
  await expect(row.getByRole("button", { name: `Zwei-Faktor zurücksetzen für ${editor.user.name}` })).toHaveCount(0);

  // The old session ends, and the password alone signs in again.
  await phone.goto("/studio");
  await expect(phone).toHaveURL(/\/studio\/sign-in\?sitzung=beendet$/);
  await signIn(phone, editor.email, editor.password);
  await expect(phone.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  await phone.context().close();
});
