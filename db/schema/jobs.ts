import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { LocalizedText } from "./types";

/** Open positions, entered by hand or read from a job feed. */
export function defineJobs<D extends DialectTypes>(b: Builders<D>, { departments, locations }: Record<"departments" | "locations", Referenced>) {
  const { text, bool } = b;
  const { id, createdAt, updatedAt, json } = sharedColumns(b);

  const jobs = b.table(
    "jobs",
    {
      id: id(),
      title: json<LocalizedText>("title").notNull(),
      departmentId: text("department_id").references(() => departments.id, { onDelete: "set null" }),
      locationId: text("location_id").references(() => locations.id, { onDelete: "set null" }),
      url: text("url").notNull(),
      open: bool("open").notNull().default(true),
      source: text("source").$type<"manual" | "feed">().notNull().default("manual"),
      externalId: text("external_id"),
      createdAt: createdAt(),
      updatedAt: updatedAt(),
    },
    (t) => [b.index("jobs_department_idx").on(t.departmentId), b.uniqueIndex("jobs_source_external_unique").on(t.source, t.externalId)],
  );

  return { jobs };
}
