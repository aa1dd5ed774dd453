import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { SettingsForm } from "@/components/studio/settings-form";
import { getAsset } from "@/modules/media";
import { getSiteSettings, saveSettingsSpec, settingsFormValues } from "@/modules/site";
import { requireUser } from "@/modules/accounts/request";
import { fieldLimits } from "@/lib/forms/limits";
import { can } from "@/lib/permissions";

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
        limits={fieldLimits(saveSettingsSpec.input)}
        logo={logo && { id: logo.id, src: `/api/media/${logo.storageKey}` }}
      />
    </>
  );
}
