import "server-only";
import { eq } from "drizzle-orm";
import { defaultExecutor, tables, type Executor } from "./executor";

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
