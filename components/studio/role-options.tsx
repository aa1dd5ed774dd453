import type { Role } from "@/db/schema/types";
import { ROLE_NAMES } from "@/lib/role-names";

/** The roles as options of a select, in the order of ROLE_NAMES. */
export function RoleOptions() {
  return (Object.keys(ROLE_NAMES) as Role[]).map((role) => (
    <option key={role} value={role}>
      {ROLE_NAMES[role]}
    </option>
  ));
}
