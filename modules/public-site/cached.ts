import "server-only";
import { cacheLife, cacheTag } from "next/cache";
import { cacheTags, lifetimeUntil } from "@/lib/cache/tags";
import { getAsset } from "@/modules/media";
import { listJobs } from "@/modules/jobs";
import {
  countLiveInterviews,
  findLiveRedirect,
  getLiveInterview,
  listLiveForSitemap,
  listLiveInterviews,
  liveTranslations,
  type InterviewFilters,
} from "./interviews";
import { getSiteSettings } from "@/modules/site";
import { departments, seriesTable, taxonomyOptions } from "@/modules/taxonomy";
import { listReleasedTopics, listUniverses } from "@/modules/universes";
import { nextScheduledChange } from "@/modules/interviews";

/**
 * The public site's reads, cached in Next's `'use cache'` store and tagged per DESIGN.md.
 * The store is a byte-bounded LRU (`cacheMaxMemorySize`), so crawling 10,000 interviews
 * evicts old entries instead of growing the heap. Writes revalidate by tag; entries that
 * depend on a clock (scheduled publish or unpublish) also expire when that moment comes.
 */

async function untilNextScheduledChange(): Promise<void> {
  const seconds = lifetimeUntil(await nextScheduledChange(new Date()));
  cacheLife({ stale: Math.min(60, seconds), revalidate: seconds, expire: seconds });
}

export async function cachedInterviewCards(query: { locale: string; limit: number; offset?: number; filters?: InterviewFilters }) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.interviews);
  await untilNextScheduledChange();
  return listLiveInterviews(query);
}

export async function cachedInterviewCount(locale: string, filters: InterviewFilters = {}) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.interviews);
  await untilNextScheduledChange();
  return countLiveInterviews(locale, filters);
}

export async function cachedInterview(locale: string, slug: string) {
  "use cache";
  cacheTag(cacheTags.public);
  await untilNextScheduledChange();
  const interview = await getLiveInterview(locale, slug);
  // A found page depends on its interview, person and taxonomy names; a "not found" on
  // whatever is published next, so misses go with the lists.
  if (interview) cacheTag(cacheTags.interview(interview.id), cacheTags.person(interview.personId), cacheTags.taxonomy);
  else cacheTag(cacheTags.interviews);
  return interview;
}

export async function cachedRedirect(locale: string, slug: string) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.interviews);
  await untilNextScheduledChange();
  return findLiveRedirect(locale, slug);
}

export async function cachedTranslations(translationGroupId: string) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.interviews);
  await untilNextScheduledChange();
  return liveTranslations(translationGroupId);
}

export async function cachedSitemapEntries() {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.interviews, cacheTags.taxonomy);
  await untilNextScheduledChange();
  const [interviews, allDepartments, allSeries] = await Promise.all([listLiveForSitemap(), departments.list(), seriesTable.list()]);
  return { interviews, departmentSlugs: allDepartments.map((row) => row.slug), seriesSlugs: allSeries.map((row) => row.slug) };
}

export async function cachedSettings() {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.settings);
  return getSiteSettings();
}

export async function cachedLogo(assetId: string) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.settings);
  const logo = await getAsset(assetId);
  return logo && { src: `/api/media/${logo.storageKey}`, width: logo.width, height: logo.height };
}

export async function cachedTaxonomyOptions(locale: string) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.taxonomy);
  return taxonomyOptions(locale);
}

export async function cachedSeries(slug: string) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.taxonomy);
  return seriesTable.getBySlug(slug);
}

export async function cachedDepartment(slug: string) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.taxonomy);
  return departments.getBySlug(slug);
}

export async function cachedUniverses() {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.universes);
  return listUniverses();
}

export async function cachedReleasedTopics(locale: string) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.universes);
  return listReleasedTopics(locale);
}

/** Open jobs, of one department when given: they carry its and the office's names, so taxonomy changes refresh them too. */
export async function cachedOpenJobs(query: { departmentSlug?: string; limit: number }) {
  "use cache";
  cacheTag(cacheTags.public, cacheTags.jobs, cacheTags.taxonomy);
  return listJobs({ openOnly: true, ...query });
}
