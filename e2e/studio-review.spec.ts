import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, mailsTo, test } from "./fixtures";
import { draftInterview, state, studioUser } from "./workflow-fixtures";

const saved = (page: Page) => expect(page.getByRole("status").filter({ hasText: /^Gespeichert \d/ })).toBeVisible();

test("an interview goes live only after review, approval and the person's consent, and leaves at once when consent is withdrawn", async ({
  browser,
  page: publicPage,
}) => {
  // The whole journey with three people, each in a browser of their own.
  test.setTimeout(90_000);
  const { interview, slug, person, title } = await draftInterview();
  const editor = await studioUser(browser, "editor");
  const reviewer = await studioUser(browser, "reviewer");
  const url = `/studio/interviews/${interview.id}`;

  await editor.page.goto(url);
  await expect(state(editor.page)).toContainText("Entwurf");
  await expect(editor.page.getByRole("button", { name: "Freigeben" })).toHaveCount(0);
  await editor.page.getByRole("button", { name: "Zur Freigabe geben" }).click();
  await expect(state(editor.page)).toContainText("In Prüfung");

  // The reviewer finds it in their inbox, reads it on the review screen, comments on one
  // question and sends it back with a reason.
  await reviewer.page.goto("/studio");
  await expect(reviewer.page.getByRole("link", { name: /^Benachrichtigungen \(\d+ ungelesen\)$/ })).toBeVisible();
  await expect.poll(() => mailsTo(reviewer.account.email).map((mail) => mail.subject)).toContain(`Zur Prüfung: „${title}“`);
  await reviewer.page.getByRole("region", { name: "Wartet auf deine Prüfung" }).getByRole("link", { name: title }).click();
  await expect(reviewer.page.getByRole("heading", { level: 1 })).toHaveText(`Prüfen: ${title}`);
  await expect(
    reviewer.page.frameLocator(`iframe[title="Das Interview „${title}“, wie es öffentlich erscheint"]`).getByText("Jördis prüft, was hält."),
  ).toBeVisible();
  await expectNoAxeViolations(reviewer.page, "review screen");
  await reviewer.page.getByLabel("Bezieht sich auf").selectOption({ label: "Was gefällt dir an deiner Arbeit?" });
  await reviewer.page.getByLabel("Dein Kommentar").fill("Ein Beispiel aus dem Labor wäre schön.");
  await reviewer.page.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(reviewer.page.getByRole("region", { name: "Kommentare" })).toContainText("Zur Frage „Was gefällt dir an deiner Arbeit?“");
  await expect(reviewer.page.getByRole("button", { name: "Veröffentlichen …" })).toHaveCount(0);
  await reviewer.page.getByRole("button", { name: "Änderungen erbitten …" }).click();
  const dialog = reviewer.page.getByRole("dialog", { name: "Änderungen erbitten" });
  await dialog.getByRole("button", { name: "Zurück an die Redaktion" }).click();
  await expect(dialog.getByLabel("Was soll sich ändern?")).toHaveAccessibleDescription(/Bitte schreib dazu/);
  await dialog.getByLabel("Was soll sich ändern?").fill("Bitte den Vorspann persönlicher formulieren.");
  await dialog.getByRole("button", { name: "Zurück an die Redaktion" }).click();
  await expect(state(reviewer.page)).toContainText("Änderungen erbeten");

  // The editor is told, sees why, fixes it, and submits again.
  await editor.page.goto("/studio/notifications");
  await expect(editor.page.getByRole("listitem").filter({ hasText: `bittet bei „${title}“ um Änderungen.` })).toContainText(
    "Bitte den Vorspann persönlicher formulieren.",
  );
  await expect(editor.page.getByRole("listitem").filter({ hasText: `hat „${title}“ kommentiert.` })).toContainText("Ein Beispiel aus dem Labor wäre schön.");
  await editor.page.getByRole("button", { name: "Alle als gelesen markieren" }).click();
  await expect(editor.page.getByRole("button", { name: "Alle als gelesen markieren" })).toHaveCount(0);
  await editor.page.goto(url);
  await expect(editor.page.getByRole("note")).toHaveText("Änderungswunsch: Bitte den Vorspann persönlicher formulieren.");
  await editor.page.getByLabel("Vorspann").fill("Jördis prüft seit zehn Jahren, was hält, und erzählt, warum sie das liebt.");
  await saved(editor.page);
  // The edit sends the text back to draft, and the bar says so without a reload.
  await expect(state(editor.page)).toContainText("Entwurf");
  await editor.page.getByRole("button", { name: "Zur Freigabe geben" }).click();
  await expect(state(editor.page)).toContainText("In Prüfung");

  await reviewer.page.reload();
  await reviewer.page.getByRole("button", { name: "Freigeben" }).click();
  await expect(state(reviewer.page)).toContainText("Freigegeben");

  // The featured person reads it through their link and consents.
  await editor.page.reload();
  await editor.page.getByRole("button", { name: "Link zur Einwilligung erstellen" }).click();
  const link = await editor.page.getByLabel(`Link für ${person.displayName}`).inputValue();
  const employee = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await employee.goto(new URL(link).pathname);
  await expect(employee.getByRole("note")).toContainText("Vorschau, nicht veröffentlicht.");
  await expect(employee.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  await expect(employee.locator('meta[name="referrer"]')).toHaveAttribute("content", "no-referrer");
  await expect(employee.getByRole("heading", { level: 1, name: `Hallo ${person.displayName}, ist das so in Ordnung?` })).toBeVisible();
  await expect(employee.getByText("Jördis prüft seit zehn Jahren")).toBeVisible();
  await expectNoAxeViolations(employee, "consent page");
  await employee.getByLabel("Was soll sich ändern?").fill("Bitte „seit zehn Jahren“ lassen, das stimmt so.");
  await employee.getByRole("button", { name: "Änderungswunsch senden" }).click();
  await expect(employee.getByRole("status")).toHaveText("Danke, dein Wunsch ist beim Personalteam angekommen.");
  await employee.getByRole("button", { name: "Ich bin mit der Veröffentlichung einverstanden" }).click();
  await expect(employee.getByRole("status")).toHaveText("Danke! Deine Einwilligung zu dieser Fassung ist gespeichert.");

  // Published: the public page shows it on the next request.
  await editor.page.reload();
  await expect(editor.page.getByText("Die Person hat dieser Fassung zugestimmt.")).toBeVisible();
  const history = editor.page.getByRole("region", { name: "Verlauf und Rückmeldungen" });
  await expect(history.getByRole("listitem").filter({ hasText: person.displayName })).toContainText(["Bitte „seit zehn Jahren“ lassen, das stimmt so."]);
  await editor.page.getByRole("button", { name: "Veröffentlichen …" }).click();
  const publish = editor.page.getByRole("dialog", { name: "Veröffentlichen" });
  await expect(publish.getByRole("list", { name: "Prüfung vor dem Veröffentlichen" })).toContainText("Die Person hat dieser Fassung zugestimmt");
  await expectNoAxeViolations(editor.page, "publish dialog");
  await publish.getByRole("button", { name: "Jetzt veröffentlichen" }).click();
  await expect(state(editor.page)).toContainText("Online");
  const response = await publicPage.goto(`/de/geschichten/${slug}`);
  expect(response?.status()).toBe(200);
  await expect(publicPage.getByText("Jördis prüft seit zehn Jahren")).toBeVisible();

  // Changing the published interview leaves the public page as it is.
  await editor.page.getByLabel("Vorspann").fill("Ein neuer Vorspann, noch nicht freigegeben.");
  await saved(editor.page);
  await publicPage.reload();
  await expect(publicPage.getByText("Jördis prüft seit zehn Jahren")).toBeVisible();
  await expect(publicPage.getByText("Ein neuer Vorspann")).toHaveCount(0);

  // Withdrawn consent takes it offline at once.
  await employee.reload();
  await employee.getByRole("button", { name: "Einwilligung zurückziehen" }).click();
  await expect(employee.getByRole("status")).toHaveText("Deine Einwilligung ist zurückgezogen. Das Interview ist nicht mehr öffentlich.");
  expect((await publicPage.goto(`/de/geschichten/${slug}`))?.status()).toBe(404);
  await editor.page.reload();
  await expect(state(editor.page)).toContainText("Zurückgezogen");
  // The editors are told, in the studio and by mail.
  await expect
    .poll(() => mailsTo(editor.account.email).find((mail) => mail.subject === `Einwilligung zurückgezogen: „${title}“`)?.text)
    .toContain(`/studio/interviews/${interview.id}`);
});

test("whoever wrote an interview cannot approve it, not even as an admin", async ({ browser }) => {
  const admin = await studioUser(browser, "admin");
  const { interview } = await draftInterview(admin.account.user.id);
  await admin.page.goto(`/studio/interviews/${interview.id}`);
  await admin.page.getByRole("button", { name: "Zur Freigabe geben" }).click();
  await expect(state(admin.page)).toContainText("In Prüfung");
  await expect(admin.page.getByRole("button", { name: "Änderungen erbitten …" })).toBeVisible();
  await expect(admin.page.getByRole("button", { name: "Freigeben" })).toHaveCount(0);
});

test("a consent link that was replaced or never existed answers 404 and says so", async ({ page }) => {
  const response = await page.goto(`/einwilligung/${"x".repeat(43)}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Link funktioniert nicht (mehr)");
  expect((await page.goto("/einwilligung/kurz"))?.status()).toBe(404);
});
