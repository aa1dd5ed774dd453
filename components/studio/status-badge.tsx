import { getTranslations } from "next-intl/server";
import type { ContentStatus } from "@/db/schema/types";

/** A workflow state as a coloured label ("Entwurf", "Veröffentlicht", …). */
export async function StatusBadge({ status }: { status: ContentStatus }) {
  const t = await getTranslations("studio.interviews.states");
  return <span className={`badge badge-${status}`}>{t(status)}</span>;
}
