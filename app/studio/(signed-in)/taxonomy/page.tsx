import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { Forbidden } from "@/components/studio/forbidden";
import { TaxonomyEntry, type Entry } from "@/components/studio/taxonomy-entry";
import { departments, locations, saveTaxonomySpec, seriesTable, usageOf, TAXONOMY_KINDS } from "@/modules/taxonomy";
import type { LocalizedText } from "@/db/schema/types";
import { requireUser } from "@/modules/accounts/request";
import { fieldLimits } from "@/lib/forms/limits";
import { can } from "@/lib/permissions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("studio.meta"))("taxonomy") };
}

const TABLES = { departments, locations, series: seriesTable };

/** Departments, offices and series with their names in both languages and their addresses. */
export default async function TaxonomyPage() {
  const user = await requireUser();
  if (!can(user, "taxonomy.manage")) return <Forbidden what="taxonomy" />;
  const t = await getTranslations("studio.taxonomy");
  const limits = fieldLimits(saveTaxonomySpec.input);
  const groups = await Promise.all(
    TAXONOMY_KINDS.map(async (kind) => {
      // Departments have a jobs link and series a description; the form shows what there is.
      const rows = (await TABLES[kind].list()) as { id: string; slug: string; name: LocalizedText; jobsUrl?: string | null; description?: LocalizedText }[];
      const entries: Entry[] = await Promise.all(
        rows.map(async (row) => ({
          id: row.id,
          slug: row.slug,
          name: row.name,
          jobsUrl: row.jobsUrl ?? null,
          description: row.description ?? null,
          usage: await usageOf(kind, row.id),
        })),
      );
      return { kind, entries };
    }),
  );
  return (
    <>
      <h1>{t("title")}</h1>
      <p className="muted">{t("intro")}</p>
      {groups.map(({ kind, entries }) => (
        <section key={kind} className="panel" aria-labelledby={`${kind}-heading`}>
          <h2 id={`${kind}-heading`}>{t(`${kind}.title`)}</h2>
          <ul role="list" className="taxonomy-list">
            {entries.map((entry) => (
              <li key={entry.id}>
                <TaxonomyEntry kind={kind} entry={entry} others={entries.filter((other) => other.id !== entry.id)} limits={limits} />
              </li>
            ))}
          </ul>
          <TaxonomyEntry kind={kind} entry={null} others={[]} limits={limits} />
        </section>
      ))}
    </>
  );
}
