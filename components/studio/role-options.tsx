"use client";

import type { Role } from "@/db/schema/types";
import { ROLE_NAMES } from "@/lib/role-names";
import { useStudioLocale } from "./use-studio-locale";

/** The roles as options of a select, in the order of ROLE_NAMES, in the studio's language. */
export function RoleOptions() {
  const names = ROLE_NAMES[useStudioLocale()];
  return (Object.keys(names) as Role[]).map((role) => (
    <option key={role} value={role}>
      {names[role]}
    </option>
  ));
}
