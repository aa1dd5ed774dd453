import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { TwoFactorPanel } from "@/components/studio/two-factor-panel";
import { getSiteSettings } from "@/modules/site";
import { countUnusedRecoveryCodes, mustEnrolTwoFactor, twoFactorCodeInput } from "@/modules/accounts";
import { requireUser } from "@/modules/accounts/request";
import { fieldLimits } from "@/lib/forms/limits";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { ROLE_NAMES } from "@/lib/role-names";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("account") };
}

/** One's own account: who one is in the studio, and two-factor sign-in. */
export default async function AccountPage() {
  const user = await requireUser({ allowWithoutTwoFactor: true });
  const [settings, t, locale] = await Promise.all([getSiteSettings(), getTranslations("studio.account"), studioLocale()]);
  const enabled = user.totpEnabledAt !== null;
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">
        {user.name} · {user.email} · {ROLE_NAMES[locale][user.role]}
      </p>
      {mustEnrolTwoFactor(user, settings) ? (
        <p className="form-notice" role="status">
          {t("mustEnrol")}
        </p>
      ) : null}
      <section className="panel" aria-labelledby="two-factor-heading">
        <h2 id="two-factor-heading">{t("twoFactor")}</h2>
        <TwoFactorPanel
          enabled={enabled}
          required={settings.requireTwoFactor}
          unusedCodes={enabled ? await countUnusedRecoveryCodes(user.id) : 0}
          limits={fieldLimits(twoFactorCodeInput)}
        />
      </section>
    </>
  );
}
