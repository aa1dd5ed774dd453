import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { SettingsForm } from "@/components/studio/settings-form";
import { getAsset } from "@/db/queries/assets";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { settingsFormValues } from "@/lib/site-settings";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("settings") };
}

export default async function SettingsPage() {
  const user = await requireUser();
  if (!can(user, "settings.manage")) return <Forbidden what="settings" />;
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations("studio.settings")]);
  const logo = settings.logoAssetId ? await getAsset(settings.logoAssetId) : null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      <SettingsForm
        timeZones={Intl.supportedValuesOf("timeZone")}
        initial={settingsFormValues(settings)}
        logo={logo && { id: logo.id, src: `/api/media/${logo.storageKey}` }}
      />
    </>
  );
}
