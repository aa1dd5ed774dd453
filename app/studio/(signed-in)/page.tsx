import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { interviewStatusCounts } from "@/db/queries/interviews";
import { requireUser } from "@/lib/auth/session";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("home") };
}

const STATES = ["published", "in_review", "draft"] as const;

export default async function StudioHome() {
  const user = await requireUser();
  const [counts, t] = await Promise.all([interviewStatusCounts(), getTranslations("studio.home")]);
  return (
    <>
      <h1>{t("welcome", { name: user.name })}</h1>
      <p className="muted">{t("intro")}</p>
      <ul className="stat-grid" role="list">
        {STATES.map((status) => (
          <li key={status} className="stat">
            <span className="stat-value">{counts[status] ?? 0}</span>
            {t(status)}
          </li>
        ))}
      </ul>
    </>
  );
}
