import "server-only";
import { updateTag } from "next/cache";
import type { z } from "zod";
import type { ActionResult, ActionSpec } from "@/lib/action";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { currentUser } from "./auth/session";
import { runAction } from "./run-action";

/**
 * A server action from a spec, typed by its input schema so a caller that drifts from the
 * schema fails to compile. After a committed write it expires the spec's cache tags with
 * `updateTag`, so the very next public request renders fresh (no stale response first).
 */
export function defineAction<S extends z.ZodType, T>(spec: ActionSpec<S, T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const result = await runAction(spec, input, await currentUser(), await studioLocale());
    if (result.ok && spec.revalidates) {
      for (const tag of spec.revalidates(spec.input.parse(input), result.data)) updateTag(tag);
    }
    return result;
  };
}
