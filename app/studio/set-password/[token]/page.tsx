import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { SignInCard } from "@/components/studio/sign-in-card";
import { SetPasswordForm } from "@/components/studio/set-password-form";
import { findUsableAccountToken, LINK_UNUSABLE, setPasswordSpec } from "@/modules/accounts";
import { getSiteSettings } from "@/modules/site";
import { fieldLimits } from "@/lib/forms/limits";
import { localize } from "@/lib/i18n/bilingual";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { LINK_TOKEN_PATTERN } from "@/lib/tokens";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("setPassword"), referrer: "no-referrer" };
}

/** Where invitation and reset links lead. Opening it changes nothing; saving uses the link up. */
export default async function SetPasswordPage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const [settings, link, t, locale] = await Promise.all([
    getSiteSettings(),
    LINK_TOKEN_PATTERN.test(token) ? findUsableAccountToken(token) : Promise.resolve(null),
    getTranslations("studio.setPassword"),
    studioLocale(),
  ]);
  return (
    <SignInCard companyName={settings.companyName}>
      {link ? (
        <>
          <h1>{link.purpose === "invite" ? t("welcome", { name: link.user.name }) : t("resetTitle")}</h1>
          <p className="muted">{t(link.purpose === "invite" ? "inviteIntro" : "resetIntro", { email: link.user.email })}</p>
          <SetPasswordForm token={token} email={link.user.email} limits={fieldLimits(setPasswordSpec.input)} />
        </>
      ) : (
        <>
          <h1>{t("invalidTitle")}</h1>
          <p role="alert">{localize(LINK_UNUSABLE, locale)}</p>
          <p>
            <Link href="/studio/sign-in">{t("toSignIn")}</Link>
          </p>
        </>
      )}
    </SignInCard>
  );
}
