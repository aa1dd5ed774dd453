/**
 * Cache tags of the public site (DESIGN.md section 5). Every cached public read carries
 * `public` plus the narrower tags below; a write revalidates exactly the tags it touches.
 */
export const cacheTags = {
  /** Every cached public read: the flush-everything tag for imports and tests. */
  public: "public",
  /** Any list of interviews: home, index, series, departments, "more colleagues", feed, sitemap. */
  interviews: "interviews",
  interview: (id: string) => `interview:${id}`,
  person: (id: string) => `person:${id}`,
  settings: "settings",
  /** Departments, locations and series (names, slugs, descriptions, jobs links). */
  taxonomy: "taxonomy",
  /** Work universes, their topics and stories. */
  universes: "universes",
  /** The open jobs listed beside interviews, departments, universes and on home. */
  jobs: "jobs",
} as const;

/** What an interview's publish, unpublish, withdrawal or metadata change invalidates. */
export function interviewChangeTags(interviewId: string): string[] {
  return [cacheTags.interviews, cacheTags.interview(interviewId)];
}

/** A person's name, role or portrait shows on their cards and interview pages. */
export function personChangeTags(personId: string): string[] {
  return [cacheTags.interviews, cacheTags.person(personId)];
}

/** Department, location and series names show on cards and interview pages. */
export function taxonomyChangeTags(): string[] {
  return [cacheTags.interviews, cacheTags.taxonomy];
}

/** Tag names as they travel to the revalidation endpoint: a word, optionally ":" and an id. */
export const TAG_PATTERN = /^[a-z]+(?::[A-Za-z0-9-]{1,64})?$/;

/**
 * How long a public read may be served from the cache. Writes revalidate by tag, so the only
 * change nobody announces is time itself: a scheduled publish or unpublish falling due. The
 * lifetime therefore ends at the next such moment (at most a day, at least a second).
 */
export function lifetimeUntil(nextChange: Date | null, now: Date = new Date()): number {
  const DAY = 24 * 60 * 60;
  if (!nextChange) return DAY;
  const seconds = Math.ceil((nextChange.getTime() - now.getTime()) / 1000);
  return Math.min(DAY, Math.max(1, seconds));
}
