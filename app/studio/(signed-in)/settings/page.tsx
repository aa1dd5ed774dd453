import type { Metadata } from "next";
import { Forbidden } from "@/components/studio/forbidden";
import { SettingsForm } from "@/components/studio/settings-form";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { settingsFormValues } from "@/lib/site-settings";

export const metadata: Metadata = { title: "Einstellungen" };

export default async function SettingsPage() {
  const user = await requireUser();
  if (!can(user, "settings.manage")) return <Forbidden what="Das Ändern der Einstellungen" />;
  const settings = await getSiteSettings();
  return (
    <>
      <h1>Einstellungen</h1>
      <p className="muted">Name, Farbe und Links der Karriereseite. Gespeichertes ist sofort öffentlich sichtbar.</p>
      <SettingsForm
        timeZones={Intl.supportedValuesOf("timeZone")}
        initial={settingsFormValues(settings)}
      />
    </>
  );
}
