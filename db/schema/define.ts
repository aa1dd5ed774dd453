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
 * db/schema/postgres.ts both call this, so the two schemas cannot drift apart. Each domain's
 * factory names its tables; this only wires up the references between domains.
 */
export function defineTables<D extends DialectTypes>(b: Builders<D>) {
  const accounts = defineUsers(b);
  const site = defineSite(b, accounts);
  const taxonomy = defineTaxonomy(b);
  const people = definePeople(b, { ...taxonomy, ...site });
  // Interviews and stories point at their published revision, and revisions at their
  // interview or story. Drizzle resolves a reference only when it reads the foreign key;
  // by then `revisions` exists.
  const revisionId = (): AnyColumn => revisions.revisions.id;
  const interviews = defineInterviews(b, { ...people, ...taxonomy, ...accounts }, revisionId);
  const universes = defineUniverses(b, site);
  const stories = defineStories(b, { ...universes, ...people, ...interviews, ...accounts }, revisionId);
  const revisions = defineRevisions(b, { ...interviews, ...stories, ...site, ...accounts });

  return {
    ...accounts,
    ...defineSignIn(b, accounts),
    ...site,
    ...taxonomy,
    ...people,
    ...interviews,
    ...universes,
    ...stories,
    ...revisions,
    ...defineReview(b, { ...interviews, ...stories, ...revisions, ...accounts }),
    ...defineJobs(b, taxonomy),
    ...defineAuditLog(b, accounts),
    ...defineNotifications(b, { ...interviews, ...stories, ...accounts }),
  };
}
