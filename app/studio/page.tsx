import type { Metadata } from "next";
import { SignOutButton } from "@/components/studio/sign-out-button";
import { SignOutEverywhereButton } from "@/components/studio/sign-out-everywhere-button";
import { interviewStatusCounts } from "@/db/queries/interviews";
import { getSiteSettings } from "@/db/queries/settings";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Übersicht" };

const ROLE_NAMES = { admin: "Administration", editor: "Redaktion", reviewer: "Freigabe" } as const;

const STATES = [
  ["published", "Veröffentlicht"],
  ["in_review", "In Prüfung"],
  ["draft", "Entwürfe"],
] as const;

export default async function StudioHome() {
  const user = await requireUser();
  const [settings, counts] = await Promise.all([getSiteSettings(), interviewStatusCounts()]);
  return (
    <>
      <header className="studio-bar">
        <span className="wordmark">
          <span className="wordmark-dot" aria-hidden="true" />
          {settings.companyName} · Studio
        </span>
        <div className="studio-user">
          <span>
            {user.name} ({ROLE_NAMES[user.role]})
          </span>
          <SignOutEverywhereButton />
          <SignOutButton />
        </div>
      </header>
      <main className="studio-main" id="main">
        <h1>Willkommen, {user.name}</h1>
        <p className="muted">Der Stand der Interviews auf einen Blick.</p>
        <ul className="stat-grid" role="list">
          {STATES.map(([status, label]) => (
            <li key={status} className="stat">
              <span className="stat-value">{counts[status] ?? 0}</span>
              {label}
            </li>
          ))}
        </ul>
      </main>
    </>
  );
}
