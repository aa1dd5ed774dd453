import type { TiptapDoc } from "@/lib/content/schema";
import { isSafeHref } from "@/lib/content/schema";
import { questionsOf } from "@/lib/content/text";

/**
 * What is checked before an interview goes live. Blocking items stop publishing (the
 * server checks them again); warnings are shown and may be published over. Consent can be
 * overridden by an admin only, with a reason (modules/workflow/interview-specs.ts).
 */
export const CHECKS = ["answered", "portraitAlt", "portrait", "consent", "ctaUrl", "title", "teaser", "seoDescription"] as const;
export type CheckKey = (typeof CHECKS)[number];
export type CheckResult = { key: CheckKey; ok: boolean; blocking: boolean };

export const MAX_TITLE = 120;
export const MAX_TEASER = 400;

export type ChecklistInput = {
  title: string;
  teaser: string;
  body: TiptapDoc;
  seoDescription: string | null;
  ctaUrl: string | null;
  portrait: { present: boolean; alt: string | null };
  consent: boolean;
};

export function checklist(input: ChecklistInput): CheckResult[] {
  const questions = questionsOf(input.body);
  const results: [CheckKey, boolean, boolean][] = [
    ["answered", questions.length > 0 && questions.every((question) => question.answered), true],
    ["portraitAlt", !input.portrait.present || Boolean(input.portrait.alt?.trim()), true],
    ["portrait", input.portrait.present, false],
    ["consent", input.consent, true],
    ["ctaUrl", input.ctaUrl === null || (isSafeHref(input.ctaUrl) && /^https?:/.test(input.ctaUrl)), true],
    ["title", input.title.trim().length > 0 && input.title.length <= MAX_TITLE, true],
    ["teaser", input.teaser.trim().length > 0 && input.teaser.length <= MAX_TEASER, true],
    ["seoDescription", Boolean(input.seoDescription?.trim()), false],
  ];
  return results.map(([key, ok, blocking]) => ({ key, ok, blocking }));
}

/** The blocking items that fail; consent counts unless it was overridden. */
export function blockers(results: CheckResult[], { consentOverridden = false } = {}): CheckKey[] {
  return results.filter((result) => result.blocking && !result.ok && !(result.key === "consent" && consentOverridden)).map((result) => result.key);
}
