import type { Role } from "@/db/schema/types";
import type { Locale } from "./i18n/routing";

/** How roles read in the studio, per language. */
export const ROLE_NAMES: Record<Locale, Record<Role, string>> = {
  de: { admin: "Administration", editor: "Redaktion", reviewer: "Freigabe" },
  en: { admin: "Admin", editor: "Editor", reviewer: "Reviewer" },
};
