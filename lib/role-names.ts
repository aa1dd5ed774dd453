import type { Role } from "@/db/schema/types";

/** How roles read in the studio (German UI). */
export const ROLE_NAMES: Record<Role, string> = { admin: "Administration", editor: "Redaktion", reviewer: "Freigabe" };
