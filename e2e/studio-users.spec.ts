import { getUserById } from "../modules/accounts/queries/users";
import { unique } from "@/test/factories";
import { expect, expectNoAxeViolations, mailsTo, makeAccount, signIn, test } from "./fixtures";

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

// The studio's pages in groups, one test each, so that each stays well inside its time limit.
const STUDIO_PAGES = [
  ["/studio", "/studio/users", "/studio/settings", "/studio/audit"],
  ["/studio/account", "/studio/interviews", "/studio/interviews/new", "/studio/notifications"],
  ["/studio/people", "/studio/people/new", "/studio/taxonomy", "/studio/questions"],
];

for (const paths of STUDIO_PAGES) {
  test(`the signed-in studio pages ${paths.join(", ")} have no accessibility violations`, async ({ page }) => {
    // Four pages, each checked by axe and at two widths: room for a busy machine.
    test.setTimeout(60_000);
    const admin = await makeAccount("admin");
    await signIn(page, admin.email, admin.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
    for (const path of paths) {
      await page.goto(path);
      await expectNoAxeViolations(page, path);
      // On a phone the page itself never scrolls sideways; the table scrolls in its own box.
      await page.setViewportSize({ width: 375, height: 800 });
      expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
}

test("an admin invites a colleague, who sets a password through the one-time link and signs in", async ({ page, browser }) => {
  const admin = await makeAccount("admin");
  await signIn(page, admin.email, admin.password);
  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Nutzer:innen" }).click();
  const invite = page.getByRole("region", { name: "Jemanden einladen" });
  const email = `${unique("neu")}@sonnenthal.example`;
  await invite.getByLabel("Name").fill("Ida Neumann");
  await invite.getByLabel("E-Mail-Adresse").fill(email);
  await invite.getByLabel("Rolle").selectOption({ label: "Freigabe" });
  await invite.getByRole("button", { name: "Einladen" }).click();
  const link = await invite.getByLabel("Einladungslink").inputValue();
  expect(link).toMatch(/\/studio\/set-password\/[A-Za-z0-9_-]{43}$/);
  await expect(invite.getByRole("status")).toContainText(`Wir haben den Link an ${email} geschickt.`);
  await expect(page.getByRole("row").filter({ hasText: email }).getByText("Eingeladen")).toBeVisible();

  // The same address cannot be invited twice.
  await invite.getByLabel("Name").fill("Ida Doppelt");
  await invite.getByLabel("E-Mail-Adresse").fill(email);
  await invite.getByRole("button", { name: "Einladen" }).click();
  await expect(invite.getByLabel("E-Mail-Adresse")).toHaveAccessibleDescription("Für diese E-Mail-Adresse gibt es schon einen Zugang.");

  const invitee = await (await browser.newContext()).newPage();
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Ida Neumann");
  await invitee.getByLabel("Neues Passwort").fill("qwertyuiop123");
  await invitee.getByLabel("Passwort wiederholen").fill("qwertyuiop123");
  await invitee.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(invitee.getByLabel("Neues Passwort")).toHaveAccessibleDescription(/zu bekannt/);

  const password = "Mit dem Rad über die Neckarbrücke";
  await invitee.getByLabel("Neues Passwort").fill(password);
  await invitee.getByLabel("Passwort wiederholen").fill(password);
  await invitee.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(invitee.getByRole("status")).toHaveText("Dein Passwort ist gespeichert. Du kannst dich jetzt anmelden.");
  await invitee.getByLabel("E-Mail-Adresse").fill(email);
  await invitee.getByLabel("Passwort").fill(password);
  await invitee.getByRole("button", { name: "Anmelden", exact: true }).click();
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Willkommen, Ida Neumann");

  // The link worked once.
  await invitee.goto(new URL(link).pathname);
  await expect(invitee.getByRole("heading", { level: 1 })).toHaveText("Link nicht mehr gültig");
  await invitee.context().close();
});

test("a password link, also sent by mail, replaces a forgotten password and ends the old one", async ({ page, browser }) => {
  const admin = await makeAccount("admin");
  const editor = await makeAccount("editor");
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
  await page.goto("/studio/users");
  const row = page.getByRole("row").filter({ hasText: editor.email });
  await row.getByRole("button", { name: `Passwort-Link für ${editor.user.name}` }).click();
  const shown = await row.getByLabel(`Link für ${editor.user.name}`, { exact: true }).inputValue();
  await expect(row.getByRole("status")).toContainText(`Wir haben den Link an ${editor.email} geschickt.`);
  // The editor follows the link in the mail, which is the one the admin was shown.
  await expect.poll(() => mailsTo(editor.email).length).toBe(1);
  const [mail] = mailsTo(editor.email);
  expect(mail!.subject).toMatch(/^Neues Passwort für das Studio von /);
  const link = mail!.text.split("\n").find((line) => line.startsWith("http"))!;
  expect(link).toBe(shown);

  const other = await (await browser.newContext()).newPage();
  await other.goto(new URL(link).pathname);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText("Neues Passwort festlegen");
  const password = "Ein ganz neuer Morgen in Halle drei";
  await other.getByLabel("Neues Passwort").fill(password);
  await other.getByLabel("Passwort wiederholen").fill(password);
  await other.getByRole("button", { name: "Passwort speichern" }).click();
  await expect(other.getByRole("status")).toHaveText("Dein Passwort ist gespeichert. Du kannst dich jetzt anmelden.");
  await signIn(other, editor.email, editor.password);
  await expect(other.locator("form").getByRole("alert")).toHaveText("E-Mail-Adresse oder Passwort ist nicht richtig.");
  await signIn(other, editor.email, password);
  await expect(other.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${editor.user.name}`);
  await other.context().close();
});
