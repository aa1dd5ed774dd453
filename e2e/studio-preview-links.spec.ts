import { createPreviewLink } from "../modules/workflow/queries/preview-links";
import { hashLinkToken, newLinkToken } from "@/lib/tokens";
import { expect, expectNoAxeViolations, test } from "./fixtures";
import { draftInterview, studioUser } from "./workflow-fixtures";

test("a preview link lets someone without an account read the draft and comment under their name, until it is revoked", async ({ browser }) => {
  test.setTimeout(60_000);
  const { interview, title } = await draftInterview();
  const editor = await studioUser(browser, "editor");
  await editor.page.goto(`/studio/interviews/${interview.id}`);
  await editor.page.getByRole("tab", { name: "Rückmeldungen" }).click();
  await editor.page.getByRole("button", { name: "Vorschau-Link erstellen" }).click();
  const link = await editor.page.getByLabel("Vorschau-Link", { exact: true }).inputValue();
  await expect(editor.page.getByRole("list", { name: "Gültige Vorschau-Links" })).toContainText("Folgt dem neuesten Stand");

  // The manager reads it without an account and comments on one question.
  const manager = await (await browser.newContext({ locale: "de-DE" })).newPage();
  await manager.goto(new URL(link).pathname);
  await expect(manager.getByRole("note")).toContainText("Vorschau, nicht veröffentlicht.");
  await expect(manager.locator('meta[name="robots"]')).toHaveAttribute("content", "noindex, nofollow");
  await expect(manager.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await manager.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(manager.getByLabel("Dein Name")).toHaveAccessibleDescription("Bitte sag uns deinen Namen.");
  await manager.getByLabel("Dein Name").fill("Maren Vogt");
  await manager.getByLabel("Bezieht sich auf").selectOption({ label: "Was gefällt dir an deiner Arbeit?" });
  await manager.getByLabel("Dein Kommentar").fill("Hier bitte ein Beispiel aus dem letzten Projekt.");
  await manager.getByRole("button", { name: "Kommentar senden" }).click();
  await expect(manager.getByRole("status").filter({ hasText: "Dein Kommentar ist gespeichert." })).toBeVisible();
  const thread = manager.getByRole("region", { name: "Kommentare" }).getByRole("listitem").filter({ hasText: "Maren Vogt" }).first();
  await expect(thread).toContainText("Zur Frage „Was gefällt dir an deiner Arbeit?“");
  await expectNoAxeViolations(manager, "preview link page");

  // The editor sees it in the studio and answers in the thread.
  await editor.page.reload();
  await editor.page.getByRole("tab", { name: "Rückmeldungen" }).click();
  await expect(editor.page.getByText("Hier bitte ein Beispiel aus dem letzten Projekt.")).toBeVisible();
  await editor.page.getByRole("button", { name: "Maren Vogt antworten" }).click();
  await editor.page.getByLabel("Deine Antwort").fill("Gute Idee, ist ergänzt.");
  await editor.page.getByRole("button", { name: "Antwort senden" }).click();
  await expect(editor.page.getByRole("list", { name: "Antworten" })).toContainText("Gute Idee, ist ergänzt.");
  await manager.reload();
  await expect(manager.getByRole("list", { name: "Antworten" })).toContainText("Gute Idee, ist ergänzt.");

  // Revoked: the link stops working at once.
  await editor.page.getByRole("button", { name: /^Vorschau-Link bis .* widerrufen$/ }).click();
  await expect(editor.page.getByRole("list", { name: "Gültige Vorschau-Links" })).toHaveCount(0);
  const revoked = await manager.goto(new URL(link).pathname);
  expect(revoked?.status()).toBe(404);
  await expect(manager.getByRole("heading", { level: 1 })).toHaveText("Dieser Link funktioniert nicht (mehr)");
});

test("an expired preview link is refused", async ({ page }) => {
  const { interview } = await draftInterview();
  const token = newLinkToken();
  await createPreviewLink({ tokenHash: hashLinkToken(token), purpose: "preview", interviewId: interview.id, expiresAt: new Date(Date.now() - 60_000) });
  expect((await page.goto(`/vorschau/${token}`))?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Dieser Link funktioniert nicht (mehr)");
});
