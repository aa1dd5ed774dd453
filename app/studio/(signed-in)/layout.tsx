import Link from "next/link";
import type { ReactNode } from "react";
import { StudioNav } from "@/components/studio/studio-nav";
import { SignOutButton } from "@/components/studio/sign-out-button";
import { SignOutEverywhereButton } from "@/components/studio/sign-out-everywhere-button";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";
import { can } from "@/lib/permissions";
import { ROLE_NAMES } from "@/lib/role-names";

/** Every signed-in studio page: the user is checked here and again by each page and action. */
export default async function SignedInLayout({ children }: { children: ReactNode }) {
  const user = await requireUser({ allowWithoutTwoFactor: true });
  const settings = await getSiteSettings();
  const links = [
    { href: "/studio", label: "Übersicht" },
    ...(can(user, "users.manage") ? [{ href: "/studio/users", label: "Nutzer:innen" }] : []),
    ...(can(user, "settings.manage") ? [{ href: "/studio/settings", label: "Einstellungen" }] : []),
    ...(can(user, "audit.read") ? [{ href: "/studio/audit", label: "Protokoll" }] : []),
  ];
  return (
    <>
      <a className="skip-link" href="#main">
        Zum Inhalt springen
      </a>
      <header className="studio-bar">
        <span className="wordmark">
          <span className="wordmark-dot" aria-hidden="true" />
          {settings.companyName} · Studio
        </span>
        <StudioNav links={links} />
        <div className="studio-user">
          <Link href="/studio/account" className="studio-account-link">
            {user.name} ({ROLE_NAMES[user.role]})
          </Link>
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
