import "server-only";
import { eq } from "drizzle-orm";
import { cache } from "react";
import { defaultExecutor, tables, type Executor } from "@/db/executor";

/**
 * What sign-in and account mails need of the site's settings row: whether two-factor sign-in
 * is required, and the company name and time zone the mails and authenticator apps show.
 * Read here rather than through modules/site, whose own actions run through this module's
 * session wrapper; a fresh database without settings requires nothing.
 */
export type AccountSettings = { companyName: string; timeZone: string; requireTwoFactor: boolean };

const UNSET: AccountSettings = { companyName: "Einblick", timeZone: "Europe/Berlin", requireTwoFactor: false };

export async function readAccountSettings(exec: Executor = defaultExecutor()): Promise<AccountSettings> {
  const { settings } = tables();
  const [row] = await exec
    .select({ companyName: settings.companyName, timeZone: settings.timeZone, requireTwoFactor: settings.requireTwoFactor })
    .from(settings)
    .where(eq(settings.id, "site"))
    .limit(1);
  return row ?? UNSET;
}

/** The account settings for this request (read once, shared by layout, page and action). */
export const accountSettings = cache((): Promise<AccountSettings> => readAccountSettings());
