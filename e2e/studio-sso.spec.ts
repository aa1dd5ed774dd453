import type { Page } from "@playwright/test";
import { listAudit } from "../modules/audit/queries";
import { updateUser } from "../modules/accounts/queries/users";
import { unique } from "@/test/factories";
import { expect, makeAccount, test } from "./fixtures";
import { ssoURL } from "./server";

/** Signs in at the test identity provider's development login pages as `login`. */
async function signInWithProvider(page: Page, login: string) {
  await page.goto(`${ssoURL}/studio/sign-in`);
  await page.getByRole("button", { name: "Mit Sonnenthal-Konto anmelden" }).click();
  await page.locator("input[name=login]").fill(login);
  await page.locator("input[name=password]").fill("beliebig");
  await page.getByRole("button", { name: "Sign-in" }).click();
  // Each test signs in a new account, which the provider asks to let the studio read its profile.
  await page.getByRole("button", { name: "Continue" }).click();
}

test("single sign-on opens the studio for an existing account, matched by email", async ({ page }) => {
  const editor = await makeAccount("editor");
  await signInWithProvider(page, editor.email);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  // The role is the account's own; signing in through the provider grants nothing.
  await expect(page.getByText(`${editor.user.name} (Redaktion)`)).toBeVisible();
  const logged = (await listAudit(500)).find((entry) => entry.entityId === editor.user.id && entry.action === "sign_in.success");
  expect(logged?.details).toMatchObject({ via: "oidc" });
});

test("single sign-on refuses people without an account, and disabled accounts", async ({ browser }) => {
  const disabled = await makeAccount("editor");
  await updateUser(disabled.user.id, { disabled: true });
  for (const login of [`${unique("fremd")}@sonnenthal.example`, disabled.email]) {
    // A fresh browser each time: the provider remembers who signed in.
    const page = await (await browser.newContext()).newPage();
    await signInWithProvider(page, login);
    await expect(page).toHaveURL(/\/studio\/sign-in\?error=AccessDenied$/);
    await expect(page.getByRole("alert").filter({ hasText: "keinen Zugang" })).toHaveText(
      "Für dieses Konto gibt es keinen Zugang zum Studio. Bitte wende dich an deine Administration.",
    );
    await page.goto(`${ssoURL}/studio`);
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
    await page.context().close();
  }
});
