import { listUsers, updateUser } from "../modules/accounts/queries/users";
import { expect, makeAccount, signIn, test } from "./fixtures";

const LAST_ADMIN = "Es muss immer mindestens eine aktive Administratorin oder einen aktiven Administrator geben.";

// The only admin left cannot demote or disable themselves: the site would have nobody to run it.
// The other admins (the seeded one and those of earlier tests) are disabled for this test and
// enabled again after it; that is why it runs alone, after every other test.
test("the last active admin can neither be demoted nor disabled", async ({ page }) => {
  const admin = await makeAccount("admin");
  const others = (await listUsers()).filter((user) => user.role === "admin" && !user.disabled && user.id !== admin.user.id);
  for (const other of others) await updateUser(other.id, { disabled: true });
  try {
    await signIn(page, admin.email, admin.password);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(`Willkommen, ${admin.user.name}`);
    await page.goto("/studio/users");
    const row = page.getByRole("row").filter({ hasText: admin.email });

    await row.getByLabel(`Rolle von ${admin.user.name}`).selectOption({ label: "Redaktion" });
    await expect(row.getByRole("alert")).toHaveText(LAST_ADMIN);
    await expect(row.getByLabel(`Rolle von ${admin.user.name}`)).toHaveValue("admin");

    await row.getByRole("button", { name: `${admin.user.name} sperren` }).click();
    await expect(row.getByRole("alert")).toHaveText(LAST_ADMIN);
    await expect(row.getByText("Aktiv", { exact: true })).toBeVisible();

    // Still an admin, still signed in: the next page shows the admin's navigation.
    await page.reload();
    await expect(page.getByRole("navigation", { name: "Studio" }).getByRole("link", { name: "Nutzer:innen" })).toBeVisible();
  } finally {
    for (const other of others) await updateUser(other.id, { disabled: false });
  }
});
