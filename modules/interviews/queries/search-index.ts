import "server-only";
import { eq } from "drizzle-orm";
import { plainText } from "@/lib/content/text";
import { localized } from "@/lib/i18n/localized";
import { searchableText } from "@/lib/search";
import { tables, type Executor } from "@/db/executor";

/**
 * Rebuilds the search entry of an interview from its published revision: title, teaser,
 * questions and answers, the person's name, title and role, and the taxonomy names.
 */
export async function reindexInterview(interviewId: string, exec: Executor): Promise<void> {
  const t = tables();
  const [row] = await exec
    .select({
      locale: t.interviews.locale,
      title: t.revisions.title,
      teaser: t.revisions.teaser,
      body: t.revisions.body,
      displayName: t.people.displayName,
      academicTitle: t.people.academicTitle,
      jobTitle: t.people.jobTitle,
      department: t.departments.name,
      location: t.locations.name,
      series: t.series.name,
    })
    .from(t.interviews)
    .innerJoin(t.revisions, eq(t.revisions.id, t.interviews.publishedRevisionId))
    .innerJoin(t.people, eq(t.people.id, t.interviews.personId))
    .leftJoin(t.departments, eq(t.departments.id, t.people.departmentId))
    .leftJoin(t.locations, eq(t.locations.id, t.people.locationId))
    .leftJoin(t.series, eq(t.series.id, t.interviews.seriesId))
    .where(eq(t.interviews.id, interviewId));
  if (!row) return;
  const text = searchableText([
    row.title,
    row.teaser,
    plainText(row.body),
    row.academicTitle,
    row.displayName,
    localized(row.jobTitle, row.locale),
    localized(row.department, row.locale),
    localized(row.location, row.locale),
    localized(row.series, row.locale),
  ]);
  await exec
    .insert(t.searchIndex)
    .values({ interviewId, locale: row.locale, text })
    .onConflictDoUpdate({ target: t.searchIndex.interviewId, set: { locale: row.locale, text, updatedAt: new Date() } });
}
