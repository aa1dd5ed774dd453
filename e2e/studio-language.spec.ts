import { expect, expectNoAxeViolations, makeAccount, test } from "./fixtures";

test("the studio switches to English and back, including the server's messages", async ({ page }) => {
  const admin = await makeAccount("admin");
  const colleague = await makeAccount("editor");
  await page.goto("/studio/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Im Studio anmelden");
  await page.getByRole("link", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the studio");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");

  await page.getByLabel("Email address").fill(admin.email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.locator("form").getByRole("alert")).toHaveText("Email address or password is not right.");
  await page.getByLabel("Password").fill(admin.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Welcome, ${admin.user.name}`);
  await expect(page.getByRole("link", { name: `${admin.user.name} (Admin)` })).toBeVisible();

  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Studio users" }).click();
  const invite = page.getByRole("region", { name: "Invite someone" });
  await invite.getByLabel("Name").fill("Doppelt");
  await invite.getByLabel("Email address").fill(colleague.email);
  await invite.getByRole("button", { name: "Invite" }).click();
  await expect(invite.getByRole("alert")).toHaveText("Please check the marked fields.");
  await expect(invite.getByLabel("Email address")).toHaveAccessibleDescription("There is already an account for this email address.");
  await expect(page.getByLabel(`Role of ${colleague.user.name}`).first()).toHaveValue("editor");
  await expectNoAxeViolations(page, "English people page");

  await page.getByRole("link", { name: "Deutsch" }).click();
  await expect(page).toHaveURL(/\/studio\/users$/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Nutzer:innen");
  await expect(page.locator("html")).toHaveAttribute("lang", "de");
});

test("a browser that prefers English gets the English studio without choosing", async ({ browser }) => {
  const context = await browser.newContext({ locale: "en-GB" });
  const page = await context.newPage();
  await page.goto("/studio/sign-in");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Sign in to the studio");
  await expect(page.getByRole("link", { name: "Deutsch" })).toBeVisible();
  await context.close();
});

test("the language switch only ever leads back into the studio", async ({ request }) => {
  const response = await request.get("/studio/locale?to=en&back=https://evil.example/", { maxRedirects: 0 });
  expect(response.status()).toBe(303);
  expect(response.headers().location).toBe("/studio");
  const scheme = await request.get("/studio/locale?to=en&back=//evil.example", { maxRedirects: 0 });
  expect(scheme.headers().location).toBe("/studio");
});
