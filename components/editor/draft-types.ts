import type { Locale } from "@/lib/i18n/routing";
import type { TiptapDoc } from "@/lib/content/schema";

/** Everything the editor saves: the revision's content and the interview's settings. */
export type DraftValues = {
  title: string;
  teaser: string;
  body: TiptapDoc;
  seoTitle: string;
  seoDescription: string;
  ctaLabel: string;
  ctaUrl: string;
  socialImageAssetId: string | null;
  slug: string;
  personId: string;
  seriesId: string;
  locale: Locale;
};

export type SaveStatus =
  | { kind: "saved"; at: string }
  | { kind: "pending" }
  | { kind: "saving" }
  | { kind: "offline" }
  | { kind: "invalid"; message: string; fieldErrors: Record<string, string[]> }
  | { kind: "conflict"; head: number; by: string | null; at: string };

/** An autosave, or a save the writer asked for (kept in the history). */
export type SaveKind = "autosave" | "save";

/** What the editor knows of the server: the head its text builds on, and the text the server has (as JSON) with when it was saved. */
export type ServerCopy = { head: number; json: string; at: string };
