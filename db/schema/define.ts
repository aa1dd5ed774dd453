import type { AnyColumn } from "drizzle-orm";
import { defineSignIn, defineUsers } from "./accounts";
import { defineAuditLog } from "./audit";
import type { Builders, DialectTypes } from "./dialect";
import { defineInterviews } from "./interviews";
import { defineJobs } from "./jobs";
import { definePeople, defineTaxonomy } from "./people";
import { defineRevisions } from "./revisions";
import { defineSite } from "./site";
import { defineStories, defineUniverses } from "./universes";
import { defineNotifications, defineReview } from "./workflow";

/**
 * Every table of the schema, built with one dialect's builders. db/schema/sqlite.ts and
 * db/schema/postgres.ts both call this, so the two schemas cannot drift apart.
 */
export function defineTables<D extends DialectTypes>(b: Builders<D>) {
  const { users, accountTokens } = defineUsers(b);
  const { assets, settings } = defineSite(b, { users });
  const { departments, locations, series, questionBank } = defineTaxonomy(b);
  const { people } = definePeople(b, { departments, locations, assets });
  // Interviews and stories point at their published revision, and revisions at their
  // interview or story. Drizzle resolves a reference only when it reads the foreign key;
  // by then `revisions` exists.
  const revisionId = (): AnyColumn => revisions.id;
  const { interviews, searchIndex, interviewRedirects } = defineInterviews(b, { people, series, users }, revisionId);
  const { universes, topics } = defineUniverses(b, { assets });
  const { stories } = defineStories(b, { topics, universes, people, interviews, users }, revisionId);
  const { revisions } = defineRevisions(b, { interviews, stories, assets, users });

  return {
    settings,
    users,
    ...defineSignIn(b, { users }),
    accountTokens,
    assets,
    departments,
    locations,
    series,
    questionBank,
    people,
    interviews,
    searchIndex,
    interviewRedirects,
    universes,
    topics,
    stories,
    revisions,
    ...defineReview(b, { interviews, stories, revisions, users }),
    ...defineJobs(b, { departments, locations }),
    ...defineAuditLog(b, { users }),
    ...defineNotifications(b, { interviews, stories, users }),
  };
}
