import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { SignInCard } from "@/components/studio/sign-in-card";
import { SignInForm } from "@/components/studio/sign-in-form";
import { SsoButton } from "@/components/studio/sso-button";
import { getSiteSettings } from "@/modules/site";
import { currentUser } from "@/modules/accounts/request";
import { config } from "@/lib/config";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("signIn") };
}

type SearchParams = Promise<{ passwort?: string; sitzung?: string; error?: string }>;

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  if (await currentUser()) redirect("/studio");
  const { passwort, sitzung, error } = await searchParams;
  const [settings, t] = await Promise.all([getSiteSettings(), getTranslations("studio.signIn")]);
  const sso = config().oidc?.name ?? null;
  return (
    <SignInCard companyName={settings.companyName}>
      <h1>{t("title")}</h1>
      {passwort === "gesetzt" ? (
        <p className="form-notice" role="status">
          {t("passwordSet")}
        </p>
      ) : null}
      {sitzung === "beendet" ? (
        <p className="form-notice" role="status">
          {t("sessionEnded")}
        </p>
      ) : null}
      {error ? (
        <p className="form-error" role="alert">
          {error === "AccessDenied" ? t("accessDenied") : t("failed")}
        </p>
      ) : null}
      <SignInForm />
      {sso ? <SsoButton provider={sso} /> : null}
    </SignInCard>
  );
}
