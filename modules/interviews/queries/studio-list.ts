import "server-only";
import { and, asc, desc, eq, or, sql, type SQL } from "drizzle-orm";
import type { ContentStatus } from "@/db/schema/types";
import { likePattern } from "@/lib/search";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import { getInterview, type Interview } from "./interviews";
import { getRevisionByNumber, type Revision } from "./revisions";

/**
 * Reads for the studio: drafts included, always the newest revision (the head). The public
 * site never reads through here (see public-interviews.ts).
 */

export type StudioInterviewRow = {
  id: string;
  locale: string;
  slug: string;
  status: ContentStatus;
  title: string;
  personName: string;
  academicTitle: string | null;
  seriesName: Record<string, string> | null;
  published: boolean;
  /** A planned publication, while status is "scheduled". */
  publishAt: Date | null;
  updatedAt: Date;
  translationGroupId: string;
};

export type StudioInterviewFilters = { q?: string; status?: ContentStatus; locale?: string; limit?: number };

/** Every interview with the title of its newest revision, most recently changed first. */
export async function listStudioInterviews(filters: StudioInterviewFilters = {}, exec: Executor = defaultExecutor()): Promise<StudioInterviewRow[]> {
  const { interviews, revisions, people, series } = tables();
  const conditions: (SQL | undefined)[] = [
    filters.status ? eq(interviews.status, filters.status) : undefined,
    filters.locale ? eq(interviews.locale, filters.locale) : undefined,
  ];
  const q = filters.q?.trim().toLowerCase();
  if (q) {
    const pattern = likePattern(q);
    conditions.push(
      or(
        sql`lower(${revisions.title}) like ${pattern} escape '\\'`,
        sql`lower(${people.displayName}) like ${pattern} escape '\\'`,
        sql`${interviews.slug} like ${pattern} escape '\\'`,
      ),
    );
  }
  const rows = await exec
    .select({
      id: interviews.id,
      locale: interviews.locale,
      slug: interviews.slug,
      status: interviews.status,
      title: revisions.title,
      personName: people.displayName,
      academicTitle: people.academicTitle,
      seriesName: series.name,
      publishedRevisionId: interviews.publishedRevisionId,
      publishAt: interviews.publishAt,
      updatedAt: interviews.updatedAt,
      translationGroupId: interviews.translationGroupId,
    })
    .from(interviews)
    .innerJoin(revisions, and(eq(revisions.interviewId, interviews.id), eq(revisions.number, interviews.headRevision)))
    .innerJoin(people, eq(people.id, interviews.personId))
    .leftJoin(series, eq(series.id, interviews.seriesId))
    .where(and(...conditions))
    .orderBy(desc(interviews.updatedAt), desc(interviews.id))
    .limit(filters.limit ?? 500);
  return rows.map(({ publishedRevisionId, ...row }) => ({ ...row, published: publishedRevisionId !== null }));
}

/** An interview with its newest revision, as the editor opens it. */
export async function getInterviewWithHead(id: string, exec: Executor = defaultExecutor()): Promise<{ interview: Interview; head: Revision } | null> {
  const interview = await getInterview(id, exec);
  if (!interview) return null;
  const head = await getRevisionByNumber({ interviewId: id }, interview.headRevision, exec);
  return head ? { interview, head } : null;
}

/** The other language versions of an interview (its translation group), oldest first. */
export async function listTranslations(
  interview: Pick<Interview, "id" | "translationGroupId">,
  exec: Executor = defaultExecutor(),
): Promise<{ id: string; locale: string; slug: string }[]> {
  const { interviews } = tables();
  const rows = await exec
    .select({ id: interviews.id, locale: interviews.locale, slug: interviews.slug })
    .from(interviews)
    .where(eq(interviews.translationGroupId, interview.translationGroupId))
    .orderBy(asc(interviews.createdAt));
  return rows.filter((row) => row.id !== interview.id);
}
