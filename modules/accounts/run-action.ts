import "server-only";
import type { z } from "zod";
import { execute, failure, type ActionResult, type ActionSpec, type User } from "@/lib/action";
import { routing, type Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { accountSettings } from "./queries/account-settings";
import { ENROL_FIRST, mustEnrolTwoFactor } from "./two-factor/policy";

/**
 * Runs a studio action for a known user, answering in `locale`: the session, the
 * permission and the two-factor requirement are checked before the input is even parsed.
 * `defineAction` (define-action.ts) supplies the user and the language of the request.
 */
export async function runAction<S extends z.ZodType, T>(
  spec: ActionSpec<S, T>,
  raw: unknown,
  user: User | null,
  locale: Locale = routing.defaultLocale,
): Promise<ActionResult<T>> {
  if (!user) return failure("signed_out", locale);
  if (!can(user, spec.permission)) return failure("forbidden", locale);
  if (spec.permission !== "account.manage_own" && mustEnrolTwoFactor(user, await accountSettings())) return failure("forbidden", locale, ENROL_FIRST);
  const result = await execute(spec.name, spec.input, raw, (input, tx, defer) => spec.run(input, { user, tx, defer }), locale);
  if (!result.ok || !spec.afterCommit) return result;
  try {
    return { ok: true, data: await spec.afterCommit(result.data) };
  } catch (error) {
    console.error(`[action ${spec.name}] after commit:`, error);
    return result;
  }
}
