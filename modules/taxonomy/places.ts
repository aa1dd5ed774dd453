import "server-only";
import type { Executor } from "@/db/executor";
import { departments, locations } from "./queries/taxonomy";
import { UserFacingError } from "@/lib/errors";
import { msg } from "@/lib/i18n/bilingual";

/**
 * A department and an office chosen in a form (a person's, a job's) still exist; one deleted
 * meanwhile is said at its field.
 */
export async function assertPlacesExist(
  { departmentId, locationId }: { departmentId: string | null; locationId: string | null },
  tx?: Executor,
): Promise<void> {
  if (departmentId && !(await departments.getById(departmentId, tx)))
    throw new UserFacingError(msg("Diesen Bereich gibt es nicht mehr.", "This department no longer exists."), "departmentId");
  if (locationId && !(await locations.getById(locationId, tx)))
    throw new UserFacingError(msg("Diesen Standort gibt es nicht mehr.", "This office no longer exists."), "locationId");
}
