import { desc, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { tables } from "@/db/executor";
import { createAsset } from "@/modules/media";
import { getSettings, getSiteSettings } from "./queries";
import { makeUser, unique } from "@/test/factories";
import { runAction } from "@/modules/accounts";
import { saveSettingsSpec, settingsFormValues } from "./settings-specs";

async function formValues() {
  return settingsFormValues(await getSiteSettings());
}

describe(`site settings (${database().dialect})`, () => {
  it("an admin saves them; the change is audited and returns the new version", async () => {
    const admin = await makeUser("admin");
    const result = await runAction(saveSettingsSpec, { ...(await formValues()), companyName: "  Sonnenthal AG  ", imprintUrl: "" }, admin);
    expect(result.ok).toBe(true);
    const saved = (await getSettings())!;
    expect(saved).toMatchObject({ companyName: "Sonnenthal AG", imprintUrl: null });
    expect(result.ok && result.data.version).toBe(saved.updatedAt.toISOString());
    const { auditLog } = tables();
    const [entry] = await database().db.select().from(auditLog).where(eq(auditLog.action, "settings.update")).orderBy(desc(auditLog.createdAt)).limit(1);
    expect(entry).toMatchObject({ actorUserId: admin.id });
    expect(String(entry?.details.changed)).toContain("companyName");
  });

  it("requires two-factor sign-in for everyone only from an admin who has it", async () => {
    const admin = await makeUser("admin");
    const result = await runAction(saveSettingsSpec, { ...(await formValues()), requireTwoFactor: "on" }, admin);
    expect(result).toMatchObject({ ok: false, code: "validation", fieldErrors: { requireTwoFactor: [expect.any(String)] } });
    expect((await getSettings())?.requireTwoFactor).toBe(false);
  });

  it("keeps an uploaded logo, and refuses one that does not exist", async () => {
    const admin = await makeUser("admin");
    const missing = await runAction(saveSettingsSpec, { ...(await formValues()), logoAssetId: "0190a0a0-0000-7000-8000-000000000000" }, admin);
    expect(missing).toMatchObject({ ok: false, code: "validation", fieldErrors: { logoAssetId: [expect.any(String)] } });
    const logo = await createAsset({ storageKey: `logos/${unique("logo")}.webp`, mimeType: "image/webp", width: 640, height: 160, bytes: 1, variants: [] });
    expect((await runAction(saveSettingsSpec, { ...(await formValues()), logoAssetId: logo.id }, admin)).ok).toBe(true);
    expect((await getSettings())?.logoAssetId).toBe(logo.id);
    expect((await runAction(saveSettingsSpec, { ...(await formValues()), logoAssetId: "" }, admin)).ok).toBe(true);
    expect((await getSettings())?.logoAssetId).toBeNull();
  });

  it("refuses editors and reviewers, even calling the action directly", async () => {
    const before = await getSettings();
    for (const caller of [await makeUser("editor"), await makeUser("reviewer")]) {
      const result = await runAction(saveSettingsSpec, { ...(await formValues()), companyName: "Gekapert" }, caller);
      expect(result).toMatchObject({ ok: false, code: "forbidden" });
    }
    expect((await getSettings())?.companyName).toBe(before?.companyName);
  });

  it("names each bad field and saves nothing", async () => {
    const admin = await makeUser("admin");
    const before = await getSettings();
    const result = await runAction(
      saveSettingsSpec,
      {
        ...(await formValues()),
        companyName: "",
        accentColor: "#f5d90a",
        defaultJobsUrl: "javascript:alert(1)",
        privacyUrl: "ftp://x.example",
        timeZone: "Mars/Olympus",
      },
      admin,
    );
    expect(result).toMatchObject({ ok: false, code: "validation" });
    if (result.ok) return;
    expect(Object.keys(result.fieldErrors ?? {}).sort()).toEqual(["accentColor", "companyName", "defaultJobsUrl", "privacyUrl", "timeZone"]);
    // "#f5d90a" is a well-formed colour: the one refusal at its field is its contrast on white.
    expect(result.fieldErrors?.accentColor).toEqual([expect.any(String)]);
    expect(await getSettings()).toEqual(before);
  });

  it("refuses a save based on an older version instead of overwriting it", async () => {
    const admin = await makeUser("admin");
    const stale = await formValues();
    expect((await runAction(saveSettingsSpec, { ...(await formValues()), taglineDe: "Erste Fassung" }, admin)).ok).toBe(true);
    const second = await runAction(saveSettingsSpec, { ...stale, taglineDe: "Zweite Fassung" }, admin);
    expect(second).toMatchObject({ ok: false, code: "conflict" });
    expect((await getSettings())?.tagline.de).toBe("Erste Fassung");
  });
});
