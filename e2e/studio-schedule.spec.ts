import { dateToWallTime } from "@/lib/dates";
import { expect, test } from "./fixtures";
import { approvedInterview, state, studioUser } from "./workflow-fixtures";

/** What the studio's date-and-time field takes: the site's zone (Europe/Berlin), to the second. */
const berlin = (date: Date) => dateToWallTime(date, "Europe/Berlin");

test("a scheduled interview goes online at its time and not before", async ({ browser, page }) => {
  test.setTimeout(90_000);
  const { interview, slug, title } = await approvedInterview();
  // The editor works from New York: the dialog says what the site's time is where they are.
  const editor = await studioUser(browser, "editor", { timezoneId: "America/New_York" });
  await editor.page.goto(`/studio/interviews/${interview.id}`);
  await editor.page.getByRole("button", { name: "Veröffentlichen …" }).click();
  const dialog = editor.page.getByRole("dialog", { name: "Veröffentlichen" });
  await dialog.getByLabel("Zu einem geplanten Zeitpunkt").check();
  const when = dialog.getByLabel("Veröffentlichen am");
  await expect(when).toHaveAccessibleDescription("Uhrzeit der Website (Europe/Berlin)");

  await when.fill(berlin(new Date(Date.now() - 60_000)));
  await dialog.getByRole("button", { name: "Veröffentlichung planen" }).click();
  await expect(when).toHaveAccessibleDescription(/Dieser Zeitpunkt liegt nicht in der Zukunft\./);

  const at = new Date(Date.now() + 20_000);
  await when.fill(berlin(at));
  await expect(dialog.getByText(/^Bei dir \(America\/New_York\) ist das /)).toBeVisible();
  await dialog.getByRole("button", { name: "Veröffentlichung planen" }).click();
  await expect(state(editor.page)).toContainText("Geplant");
  await expect(state(editor.page)).toContainText("Geht online am");

  // Before its time the page does not exist; at its time it does, without anyone doing anything.
  expect((await page.goto(`/de/geschichten/${slug}`))?.status()).toBe(404);
  await expect.poll(async () => (await page.request.get(`/de/geschichten/${slug}`)).status(), { timeout: 45_000, intervals: [1_000] }).toBe(200);
  expect(Date.now()).toBeGreaterThanOrEqual(at.getTime() - 1_000);
  await page.goto("/de/geschichten");
  await expect(page.getByRole("link", { name: title })).toBeVisible();

  // The server's scheduler records it as published for the studio, a few seconds later.
  await expect(async () => {
    await editor.page.reload();
    await expect(state(editor.page)).toContainText("Veröffentlicht", { timeout: 1_000 });
  }).toPass({ timeout: 30_000 });
  await expect(state(editor.page)).not.toContainText("Geht online am");
});

test("a planned publication is called off before its time", async ({ browser, page }) => {
  const { interview, slug } = await approvedInterview();
  const editor = await studioUser(browser, "editor");
  await editor.page.goto(`/studio/interviews/${interview.id}`);
  await editor.page.getByRole("button", { name: "Veröffentlichen …" }).click();
  const dialog = editor.page.getByRole("dialog", { name: "Veröffentlichen" });
  await dialog.getByLabel("Zu einem geplanten Zeitpunkt").check();
  await dialog.getByLabel("Veröffentlichen am").fill(berlin(new Date(Date.now() + 60 * 60_000)));
  await dialog.getByRole("button", { name: "Veröffentlichung planen" }).click();
  await expect(state(editor.page)).toContainText("Geplant");
  await editor.page.getByRole("button", { name: "Planung aufheben" }).click();
  await expect(state(editor.page)).toContainText("Freigegeben");
  await expect(state(editor.page)).not.toContainText("Geht online am");
  expect((await page.goto(`/de/geschichten/${slug}`))?.status()).toBe(404);
});
