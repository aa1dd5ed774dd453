import { updateUser } from "../modules/accounts/queries/users";
import { unique } from "@/test/factories";
import { expect, makeAccount, signIn, test } from "./fixtures";

test("an admin reads who changed what in the audit log, filtered by kind", async ({ page }) => {
  const admin = await makeAccount("admin");
  const editor = await makeAccount("editor");
  const name = unique("Jonas Beispiel");
  await updateUser(editor.user.id, { name });
  await signIn(page, admin.email, admin.password);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);

  await page.goto("/studio/users");
  await page.getByLabel(`Rolle von ${name}`).selectOption({ label: "Freigabe" });
  await expect(page.getByLabel(`Rolle von ${name}`)).toHaveValue("reviewer");

  await page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Protokoll" }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Protokoll");
  await page.getByLabel("Ereignisse").selectOption({ label: "Nutzer:innen" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page).toHaveURL(/art=users/);
  const entry = page.getByRole("row").filter({ hasText: name });
  await expect(entry.getByRole("cell")).toHaveText([/\d{2}\.\d{2}\.\d{4}, \d{2}:\d{2}/, admin.user.name, "Rolle geändert", name, "Redaktion → Freigabe"]);
  // The filter keeps sign-ins out of the user events.
  await expect(page.getByRole("cell", { name: "Angemeldet", exact: true })).toHaveCount(0);

  await page.getByLabel("Ereignisse").selectOption({ label: "Anmeldungen und Sitzungen" });
  await page.getByRole("button", { name: "Anzeigen" }).click();
  await expect(page.getByRole("cell", { name: "Angemeldet", exact: true }).first()).toBeVisible();
});

test("editors and reviewers cannot read the audit log", async ({ page }) => {
  for (const role of ["editor", "reviewer"] as const) {
    const account = await makeAccount(role);
    await signIn(page, account.email, account.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${account.user.name}`);
    await expect(page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Protokoll" })).toHaveCount(0);
    await page.goto("/studio/audit");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Keine Berechtigung");
    await expect(page.getByRole("table")).toHaveCount(0);
    await page.getByRole("button", { name: "Abmelden", exact: true }).click();
    await expect(page).toHaveURL(/\/studio\/sign-in$/);
  }
});
