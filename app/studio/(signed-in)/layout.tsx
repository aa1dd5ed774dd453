import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/studio/language-switch";
import { StudioNav } from "@/components/studio/studio-nav";
import { SignOutButton } from "@/components/studio/sign-out-button";
import { SignOutEverywhereButton } from "@/components/studio/sign-out-everywhere-button";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";
import { ROLE_NAMES } from "@/lib/role-names";

/** Every signed-in studio page: the user is checked here and again by each page and action. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ allowWithoutTwoFactor: true });
  const [settings, t, locale] = await Promise.all([getSiteSettings(), getTranslations("studio.shell"), studioLocale()]);
  const links = [
    { href: "/studio", label: t("home") },
    ...(can(user, "users.manage") ? [{ href: "/studio/users", label: t("users") }] : []),
    ...(can(user, "settings.manage") ? [{ href: "/studio/settings", label: t("settings") }] : []),
    ...(can(user, "audit.read") ? [{ href: "/studio/audit", label: t("audit") }] : []),
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="studio-bar">
        <span className="wordmark">
          <span className="wordmark-dot" aria-hidden="true" />
          {settings.companyName} · {t("studio")}
        </span>
        <StudioNav links={links} label={t("nav")} />
        <div className="studio-user">
          <Link href="/studio/account" className="studio-account-link">
            {t("userLink", { name: user.name, role: ROLE_NAMES[locale][user.role] })}
          </Link>
          <LanguageSwitch />
          <SignOutEverywhereButton />
          <SignOutButton />
        </div>
      </header>
      <main className="studio-main" id="main" tabIndex={-1}>
        {children}
      </main>
    </>
  );
}
