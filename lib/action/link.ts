import "server-only";
import { updateTag } from "next/cache";
import type { z } from "zod";
import { routing, type Locale } from "@/lib/i18n/routing";
import { studioLocale } from "@/lib/i18n/studio-locale";
import { execute } from "./execute";
import type { ActionResult } from "./result";
import type { LinkActionSpec } from "./spec";

export function runLinkAction<S extends z.ZodType, T>(
  spec: LinkActionSpec<S, T>,
  raw: unknown,
  locale: Locale = routing.defaultLocale,
): Promise<ActionResult<T>> {
  return execute(spec.name, spec.input, raw, (input, tx, defer) => spec.run(input, { tx, defer }), locale);
}

/** A server action from a link action's spec: no session, the same tag refresh after commit. */
export function defineLinkAction<S extends z.ZodType, T>(spec: LinkActionSpec<S, T>) {
  return async (input: z.input<S>): Promise<ActionResult<T>> => {
    const result = await runLinkAction(spec, input, await studioLocale());
    if (result.ok && spec.revalidates) for (const tag of spec.revalidates(result.data)) updateTag(tag);
    return result;
  };
}
