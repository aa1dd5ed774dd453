import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { LocalizedText } from "./types";

/** How people and interviews are grouped: departments, locations, series and their questions. */
export function defineTaxonomy<D extends DialectTypes>(b: Builders<D>) {
  const { text, integer } = b;
  const { id, createdAt, json } = sharedColumns(b);

  const departments = b.table(
    "departments",
    {
      id: id(),
      slug: text("slug").notNull(),
      name: json<LocalizedText>("name").notNull(),
      jobsUrl: text("jobs_url"),
      createdAt: createdAt(),
    },
    (t) => [b.uniqueIndex("departments_slug_unique").on(t.slug)],
  );

  const locations = b.table(
    "locations",
    {
      id: id(),
      slug: text("slug").notNull(),
      name: json<LocalizedText>("name").notNull(),
      createdAt: createdAt(),
    },
    (t) => [b.uniqueIndex("locations_slug_unique").on(t.slug)],
  );

  const series = b.table(
    "series",
    {
      id: id(),
      slug: text("slug").notNull(),
      name: json<LocalizedText>("name").notNull(),
      description: json<LocalizedText>("description").notNull(),
      createdAt: createdAt(),
    },
    (t) => [b.uniqueIndex("series_slug_unique").on(t.slug)],
  );

  /**
   * Reusable questions for interviews: for one series, or for every interview when the series
   * is empty. The editor offers those of the interview's series and language.
   */
  const questionBank = b.table(
    "question_bank",
    {
      id: id(),
      seriesId: text("series_id").references(() => series.id, { onDelete: "cascade" }),
      locale: text("locale").notNull(),
      text: text("text").notNull(),
      position: integer("position").notNull().default(0),
      createdAt: createdAt(),
    },
    (t) => [b.index("question_bank_series_idx").on(t.seriesId, t.locale)],
  );

  return { departments, locations, series, questionBank };
}

/** The employees the site presents. */
export function definePeople<D extends DialectTypes>(
  b: Builders<D>,
  { departments, locations, assets }: Record<"departments" | "locations" | "assets", Referenced>,
) {
  const { text, real, bool } = b;
  const { id, createdAt, updatedAt, json } = sharedColumns(b);

  const people = b.table(
    "people",
    {
      id: id(),
      displayName: text("display_name").notNull(),
      academicTitle: text("academic_title"),
      jobTitle: json<LocalizedText>("job_title").notNull(),
      departmentId: text("department_id").references(() => departments.id, { onDelete: "restrict" }),
      locationId: text("location_id").references(() => locations.id, { onDelete: "restrict" }),
      /** Calendar date (YYYY-MM-DD); tenure is computed from it, never typed. */
      startDate: text("start_date"),
      portraitAssetId: text("portrait_asset_id").references(() => assets.id, { onDelete: "set null" }),
      portraitAlt: json<LocalizedText>("portrait_alt"),
      /** Focal point of the portrait, 0..1 from the left and from the top. */
      portraitFocalX: real("portrait_focal_x").notNull().default(0.5),
      portraitFocalY: real("portrait_focal_y").notNull().default(0.5),
      email: text("email"),
      active: bool("active").notNull().default(true),
      createdAt: createdAt(),
      updatedAt: updatedAt(),
    },
    (t) => [b.index("people_department_idx").on(t.departmentId), b.index("people_location_idx").on(t.locationId)],
  );

  return { people };
}
