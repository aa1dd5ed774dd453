import type { Metadata } from "next";
import { interviewStatusCounts } from "@/db/queries/interviews";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Übersicht" };

const STATES = [
  ["published", "Veröffentlicht"],
  ["in_review", "In Prüfung"],
  ["draft", "Entwürfe"],
] as const;

export default async function StudioHome() {
  const user = await requireUser();
  const counts = await interviewStatusCounts();
  return (
    <>
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
    </>
  );
}
