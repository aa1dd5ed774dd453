import { notFound } from "next/navigation";
import type { ReactElement } from "react";
import { requireUser } from "@/modules/accounts/request";
import { can, type Action } from "@/lib/permissions";
import { Forbidden } from "@/components/studio/forbidden";

type User = Awaited<ReturnType<typeof requireUser>>;
type Area = Parameters<typeof Forbidden>[0]["what"];

/** Either what the page shows instead (the user may not do `action`), or the user and what the page is about. */
export type Guarded<T> = { denied: ReactElement } | { user: User; id: string; found: T };

/**
 * The prelude of a studio page about one thing at `[id]`: the signed-in user must be allowed
 * `action` (else the page says that `area` is not part of their role), and `load` must find
 * the thing (else the page is a 404).
 */
export async function guardedPage<T>(
  params: Promise<{ id: string }>,
  action: Action,
  area: Area,
  load: (id: string, user: User) => Promise<T | null | undefined>,
): Promise<Guarded<T>> {
  const user = await requireUser();
  if (!can(user, action)) return { denied: <Forbidden what={area} /> };
  const { id } = await params;
  const found = await load(id, user);
  if (!found) notFound();
  return { user, id, found };
}

/** guardedPage for an entry's form, where the id "neu" opens an empty form: `found.entry` is then null. */
export function guardedEntryPage<T>(params: Promise<{ id: string }>, action: Action, area: Area, load: (id: string) => Promise<T | null | undefined>) {
  return guardedPage(params, action, area, async (id): Promise<{ entry: T | null } | null> => {
    if (id === "neu") return { entry: null };
    const entry = await load(id);
    return entry ? { entry } : null;
  });
}
