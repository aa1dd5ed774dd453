import "server-only";
import { cache } from "react";
import { and, eq } from "drizzle-orm";
import { DEFAULT_ACCENT } from "./theme";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

/** Site settings live in one row with this id. */
export const SETTINGS_ID = "site";

type SettingsInsert = ReturnType<typeof tables>["settings"]["$inferInsert"];
export type Settings = ReturnType<typeof tables>["settings"]["$inferSelect"];
export type SettingsInput = Omit<SettingsInsert, "id" | "updatedAt">;

export async function getSettings(exec: Executor = defaultExecutor()): Promise<Settings | null> {
  const { settings } = tables();
  const [row] = await exec.select().from(settings).where(eq(settings.id, SETTINGS_ID)).limit(1);
  return row ?? null;
}

export async function saveSettings(input: SettingsInput, exec: Executor = defaultExecutor()): Promise<Settings> {
  const { settings } = tables();
  const [row] = await exec
    .insert(settings)
    .values({ ...input, id: SETTINGS_ID })
    .onConflictDoUpdate({ target: settings.id, set: { ...input, updatedAt: new Date() } })
    .returning();
  return row!;
}

/**
 * Saves over the row only if it is still the version the editor loaded (compare-and-set in
 * one statement, so two concurrent saves cannot both pass a check); null when it was not.
 */
export async function saveSettingsIfUnchanged(input: SettingsInput, version: Date, exec: Executor = defaultExecutor()): Promise<Settings | null> {
  const { settings } = tables();
  const [row] = await exec
    .update(settings)
    .set({ ...input, updatedAt: new Date() })
    .where(and(eq(settings.id, SETTINGS_ID), eq(settings.updatedAt, version)))
    .returning();
  return row ?? null;
}

/** Used until the first settings are saved (a fresh database before seeding). */
const FALLBACK: Settings = {
  id: SETTINGS_ID,
  companyName: "Einblick",
  tagline: { de: "Menschen, die hier arbeiten.", en: "The people who work here." },
  logoAssetId: null,
  accentColor: DEFAULT_ACCENT,
  defaultJobsUrl: "https://example.com/jobs",
  locales: ["de", "en"],
  defaultLocale: "de",
  timeZone: "Europe/Berlin",
  imprintUrl: null,
  privacyUrl: null,
  requireTwoFactor: false,
  updatedAt: new Date(0),
};

/** The saved settings or the defaults; inside a transaction pass it (SQLite serializes connections). */
export async function getSettingsOrDefaults(exec: Executor = defaultExecutor()): Promise<Settings> {
  return (await getSettings(exec)) ?? FALLBACK;
}

/** The site's settings for this request (read once per render, shared by layout and page). */
export const getSiteSettings = cache((): Promise<Settings> => getSettingsOrDefaults());
