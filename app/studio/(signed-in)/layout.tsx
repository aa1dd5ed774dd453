import Link from "next/link";
import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { LanguageSwitch } from "@/components/studio/language-switch";
import { StudioNav, type NavGroup } from "@/components/studio/studio-nav";
import { SignOutButton } from "@/components/studio/sign-out-button";
import { SignOutEverywhereButton } from "@/components/studio/sign-out-everywhere-button";
import { unreadCount } from "@/modules/workflow";
import { getSiteSettings } from "@/modules/site";
import { requireUser } from "@/modules/accounts/request";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { can } from "@/lib/permissions";
import { ROLE_NAMES } from "@/lib/role-names";

/** Every signed-in studio page: the user is checked here and again by each page and action. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ allowWithoutTwoFactor: true });
  const [settings, t, locale, unread] = await Promise.all([getSiteSettings(), getTranslations("studio.shell"), studioLocale(), unreadCount(user.id)]);
  const only = (allowed: boolean, href: string, label: string) => (allowed ? [{ href, label }] : []);
  const groups: NavGroup[] = [
    {
      label: t("content"),
      links: [
        { href: "/studio", label: t("home") },
        { href: "/studio/notifications", label: t("notifications"), count: unread ? { value: unread, label: t("unread", { count: unread }) } : undefined },
        ...only(can(user, "interview.read"), "/studio/interviews", t("interviews")),
        ...only(can(user, "interview.read"), "/studio/universes", t("universes")),
        ...only(can(user, "people.manage"), "/studio/people", t("people")),
        ...only(can(user, "jobs.manage"), "/studio/jobs", t("jobs")),
        ...only(can(user, "taxonomy.manage"), "/studio/taxonomy", t("taxonomy")),
        ...only(can(user, "taxonomy.manage"), "/studio/questions", t("questions")),
      ],
    },
    {
      label: t("administration"),
      links: [
        ...only(can(user, "users.manage"), "/studio/users", t("users")),
        ...only(can(user, "settings.manage"), "/studio/settings", t("settings")),
        ...only(can(user, "audit.read"), "/studio/audit", t("audit")),
      ],
    },
  ].filter((group) => group.links.length > 0);
  return (
    <div className="studio-shell">
      <a className="skip-link" href="#main">
        {t("skipLink")}
      </a>
      <header className="studio-sidebar">
        <span className="wordmark">
          <span className="wordmark-dot" aria-hidden="true" />
          <span>
            {settings.companyName}
            <span className="studio-wordmark-sub">{t("studio")}</span>
          </span>
        </span>
        <StudioNav groups={groups} label={t("nav")} />
        <div className="studio-user">
          <Link href="/studio/account" className="studio-account-link">
            {t("userLink", { name: user.name, role: ROLE_NAMES[locale][user.role] })}
          </Link>
          <div className="studio-user-actions">
            <LanguageSwitch />
            <SignOutEverywhereButton />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main className="studio-main" id="main" tabIndex={-1}>
        {children}
      </main>
    </div>
  );
}
