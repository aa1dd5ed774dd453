import { sharedColumns } from "./columns";
import type { Builders, DialectTypes, Referenced } from "./dialect";
import type { AssetVariant, LocalizedText } from "./types";

/** The site's settings and the uploaded images (assets) that pages, people and settings show. */
export function defineSite<D extends DialectTypes>(b: Builders<D>, { users }: { users: Referenced }) {
  const { text, integer, bool } = b;
  const { id, createdAt, updatedAt, json } = sharedColumns(b);

  const assets = b.table(
    "assets",
    {
      id: id(),
      storageKey: text("storage_key").notNull(),
      mimeType: text("mime_type").notNull(),
      width: integer("width").notNull(),
      height: integer("height").notNull(),
      bytes: integer("bytes").notNull(),
      variants: json<AssetVariant[]>("variants").notNull(),
      createdBy: text("created_by").references(() => users.id, { onDelete: "set null" }),
      createdAt: createdAt(),
    },
    (t) => [b.uniqueIndex("assets_storage_key_unique").on(t.storageKey)],
  );

  const settings = b.table("settings", {
    id: text("id").primaryKey(),
    companyName: text("company_name").notNull(),
    tagline: json<LocalizedText>("tagline").notNull(),
    logoAssetId: text("logo_asset_id").references(() => assets.id, { onDelete: "set null" }),
    accentColor: text("accent_color").notNull(),
    defaultJobsUrl: text("default_jobs_url").notNull(),
    locales: json<string[]>("locales").notNull(),
    defaultLocale: text("default_locale").notNull(),
    timeZone: text("time_zone").notNull(),
    imprintUrl: text("imprint_url"),
    privacyUrl: text("privacy_url"),
    requireTwoFactor: bool("require_two_factor").notNull().default(false),
    updatedAt: updatedAt(),
  });

  return { assets, settings };
}
