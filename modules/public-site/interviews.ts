import "server-only";
import { and, count, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { alias, type SQLiteSelect } from "drizzle-orm/sqlite-core";
import type { TiptapDoc } from "@/lib/content/schema";
import { likePattern, searchTerms } from "@/lib/search";
import type { LocalizedText } from "@/db/schema/types";
import { defaultExecutor, tables, type Executor } from "@/db/executor";
import { interviewIsLive, publicationDate } from "@/modules/interviews";

/**
 * Reads for the public site. Everything here goes through `interviewIsLive` and reads the
 * published revision only, never the head: drafts cannot leak through these functions.
 */

export type PortraitRef = {
  storageKey: string;
  width: number;
  height: number;
  alt: LocalizedText | null;
  focalX: number;
  focalY: number;
};

export type InterviewCard = {
  id: string;
  locale: string;
  slug: string;
  title: string;
  teaser: string;
  publishedAt: Date | null;
  featured: boolean;
  person: { displayName: string; academicTitle: string | null; jobTitle: LocalizedText };
  portrait: PortraitRef | null;
  department: { slug: string; name: LocalizedText } | null;
  location: { slug: string; name: LocalizedText } | null;
  series: { slug: string; name: LocalizedText } | null;
};

export type InterviewDetail = InterviewCard & {
  personId: string;
  translationGroupId: string;
  body: TiptapDoc;
  seoTitle: string | null;
  seoDescription: string | null;
  ctaLabel: string | null;
  ctaUrl: string | null;
  /** An image uploaded for sharing; without one, the social card is drawn from the portrait. */
  socialImageAssetId: string | null;
  person: InterviewCard["person"] & { startDate: string | null };
  department: (InterviewCard["department"] & { jobsUrl: string | null }) | null;
  series: (NonNullable<InterviewCard["series"]> & { description: LocalizedText }) | null;
};

function portraitAlias() {
  // The portrait asset is joined under its own name so the select stays readable.
  return alias(tables().assets, "portrait");
}

/**
 * Joins an interview query to a revision (the published one, unless the studio's preview asks
 * for another), person, portrait, taxonomies and search entry.
 */
function withJoins<T extends SQLiteSelect>(query: T, portrait: ReturnType<typeof portraitAlias>, revisionOn?: SQL) {
  const t = tables();
  return query
    .innerJoin(t.revisions, revisionOn ?? eq(t.revisions.id, t.interviews.publishedRevisionId))
    .innerJoin(t.people, eq(t.people.id, t.interviews.personId))
    .leftJoin(portrait, eq(portrait.id, t.people.portraitAssetId))
    .leftJoin(t.departments, eq(t.departments.id, t.people.departmentId))
    .leftJoin(t.locations, eq(t.locations.id, t.people.locationId))
    .leftJoin(t.series, eq(t.series.id, t.interviews.seriesId))
    .leftJoin(t.searchIndex, eq(t.searchIndex.interviewId, t.interviews.id));
}

/** The columns a card shows; lists never read bodies or other detail-only fields. */
function cardFields(portrait: ReturnType<typeof portraitAlias>) {
  const t = tables();
  return {
    id: t.interviews.id,
    locale: t.interviews.locale,
    slug: t.interviews.slug,
    featured: t.interviews.featured,
    publishedAt: publicationDate(),
    title: t.revisions.title,
    teaser: t.revisions.teaser,
    person: {
      displayName: t.people.displayName,
      academicTitle: t.people.academicTitle,
      jobTitle: t.people.jobTitle,
    },
    portraitKey: portrait.storageKey,
    portraitWidth: portrait.width,
    portraitHeight: portrait.height,
    portraitAlt: t.people.portraitAlt,
    focalX: t.people.portraitFocalX,
    focalY: t.people.portraitFocalY,
    departmentSlug: t.departments.slug,
    departmentName: t.departments.name,
    locationSlug: t.locations.slug,
    locationName: t.locations.name,
    seriesSlug: t.series.slug,
    seriesName: t.series.name,
  };
}

function cardQuery(exec: Executor) {
  const portrait = portraitAlias();
  return withJoins(exec.select(cardFields(portrait)).from(tables().interviews).$dynamic(), portrait);
}

/**
 * A card's columns plus what only the interview page needs. `revisionOn` is for the studio's
 * preview (modules/public-site/preview.ts) and nothing else: public reads never pass it.
 */
export function detailQuery(exec: Executor, revisionOn?: SQL) {
  const t = tables();
  const portrait = portraitAlias();
  const fields = {
    ...cardFields(portrait),
    personId: t.interviews.personId,
    translationGroupId: t.interviews.translationGroupId,
    body: t.revisions.body,
    seoTitle: t.revisions.seoTitle,
    seoDescription: t.revisions.seoDescription,
    ctaLabel: t.revisions.ctaLabel,
    ctaUrl: t.revisions.ctaUrl,
    startDate: t.people.startDate,
    socialImageAssetId: t.revisions.socialImageAssetId,
    departmentJobsUrl: t.departments.jobsUrl,
    seriesDescription: t.series.description,
  };
  return withJoins(exec.select(fields).from(t.interviews).$dynamic(), portrait, revisionOn);
}

/** Filters of the public index; unknown slugs simply match nothing. */
export type InterviewFilters = { department?: string; location?: string; series?: string; q?: string; featured?: boolean; ids?: string[] };

function liveWhere(locale: string, filters: InterviewFilters, now: Date) {
  const t = tables();
  const terms = filters.q ? searchTerms(filters.q) : [];
  return and(
    eq(t.interviews.locale, locale),
    interviewIsLive(now),
    filters.department ? eq(t.departments.slug, filters.department) : undefined,
    filters.location ? eq(t.locations.slug, filters.location) : undefined,
    filters.series ? eq(t.series.slug, filters.series) : undefined,
    filters.featured === undefined ? undefined : eq(t.interviews.featured, filters.featured),
    filters.ids ? inArray(t.interviews.id, filters.ids.length ? filters.ids : [""]) : undefined,
    ...terms.map((term) => sql`${t.searchIndex.text} like ${likePattern(term)} escape '\\'`),
  );
}

type CardRow = Awaited<ReturnType<typeof cardQuery>>[number];
type DetailRow = Awaited<ReturnType<typeof detailQuery>>[number];

function toCard(row: CardRow): InterviewCard {
  return {
    id: row.id,
    locale: row.locale,
    slug: row.slug,
    featured: row.featured,
    publishedAt: row.publishedAt,
    title: row.title,
    teaser: row.teaser,
    person: row.person,
    portrait:
      row.portraitKey && row.portraitWidth && row.portraitHeight
        ? {
            storageKey: row.portraitKey,
            width: row.portraitWidth,
            height: row.portraitHeight,
            alt: row.portraitAlt,
            focalX: row.focalX,
            focalY: row.focalY,
          }
        : null,
    department: row.departmentSlug && row.departmentName ? { slug: row.departmentSlug, name: row.departmentName } : null,
    location: row.locationSlug && row.locationName ? { slug: row.locationSlug, name: row.locationName } : null,
    series: row.seriesSlug && row.seriesName ? { slug: row.seriesSlug, name: row.seriesName } : null,
  };
}

export function toDetail(row: DetailRow): InterviewDetail {
  const card = toCard(row);
  return {
    ...card,
    personId: row.personId,
    translationGroupId: row.translationGroupId,
    body: row.body,
    seoTitle: row.seoTitle,
    seoDescription: row.seoDescription,
    ctaLabel: row.ctaLabel,
    ctaUrl: row.ctaUrl,
    socialImageAssetId: row.socialImageAssetId,
    person: { ...card.person, startDate: row.startDate },
    department: card.department ? { ...card.department, jobsUrl: row.departmentJobsUrl } : null,
    series: card.series && row.seriesDescription ? { ...card.series, description: row.seriesDescription } : null,
  };
}

export async function listLiveInterviews(
  { locale, limit, offset = 0, filters = {}, now = new Date() }: { locale: string; limit: number; offset?: number; filters?: InterviewFilters; now?: Date },
  exec: Executor = defaultExecutor(),
): Promise<InterviewCard[]> {
  const { interviews } = tables();
  const rows = await cardQuery(exec)
    .where(liveWhere(locale, filters, now))
    .orderBy(desc(publicationDate()), desc(interviews.id))
    .limit(limit)
    .offset(offset);
  return rows.map(toCard);
}

export async function countLiveInterviews(
  locale: string,
  filters: InterviewFilters = {},
  now: Date = new Date(),
  exec: Executor = defaultExecutor(),
): Promise<number> {
  const { interviews } = tables();
  const [row] = await withJoins(exec.select({ n: count() }).from(interviews).$dynamic(), portraitAlias()).where(liveWhere(locale, filters, now));
  return Number(row?.n ?? 0);
}

export async function getLiveInterview(
  locale: string,
  slug: string,
  now: Date = new Date(),
  exec: Executor = defaultExecutor(),
): Promise<InterviewDetail | null> {
  const { interviews } = tables();
  const [row] = await detailQuery(exec)
    .where(and(eq(interviews.slug, slug), liveWhere(locale, {}, now)))
    .limit(1);
  return row ? toDetail(row) : null;
}

/** The current slug for a former one, when the interview it belonged to is live. */
export async function findLiveRedirect(locale: string, slug: string, now: Date = new Date(), exec: Executor = defaultExecutor()): Promise<string | null> {
  const { interviews, interviewRedirects } = tables();
  const [row] = await exec
    .select({ slug: interviews.slug })
    .from(interviewRedirects)
    .innerJoin(interviews, eq(interviews.id, interviewRedirects.interviewId))
    .where(and(eq(interviewRedirects.locale, locale), eq(interviewRedirects.slug, slug), interviewIsLive(now)))
    .limit(1);
  return row?.slug ?? null;
}

/** Live versions of the same interview in every locale, for the language switcher and hreflang. */
export async function liveTranslations(
  translationGroupId: string,
  now: Date = new Date(),
  exec: Executor = defaultExecutor(),
): Promise<{ locale: string; slug: string }[]> {
  const { interviews } = tables();
  return exec
    .select({ locale: interviews.locale, slug: interviews.slug })
    .from(interviews)
    .where(and(eq(interviews.translationGroupId, translationGroupId), interviewIsLive(now)));
}

/** Every live interview with its translations' locales and slugs, for the sitemap. */
export async function listLiveForSitemap(
  now: Date = new Date(),
  exec: Executor = defaultExecutor(),
): Promise<{ locale: string; slug: string; translationGroupId: string; updatedAt: Date }[]> {
  const { interviews } = tables();
  return exec
    .select({
      locale: interviews.locale,
      slug: interviews.slug,
      translationGroupId: interviews.translationGroupId,
      updatedAt: interviews.updatedAt,
    })
    .from(interviews)
    .where(interviewIsLive(now))
    .orderBy(desc(publicationDate()), desc(interviews.id));
}
