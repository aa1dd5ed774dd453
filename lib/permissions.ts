import type { Role } from "@/db/schema/types";

/**
 * The one answer to "may this user do this to this thing" (DESIGN.md §2). Every server
 * action and route handler asks here before doing anything; the proxy is no boundary.
 */
export const ACTIONS = [
  "studio.view",
  "account.manage_own",
  "interview.read",
  "interview.edit",
  "interview.submit",
  "interview.review",
  "interview.approve",
  "interview.publish",
  "people.manage",
  "taxonomy.manage",
  "jobs.manage",
  "users.manage",
  "settings.manage",
  "audit.read",
] as const;
export type Action = (typeof ACTIONS)[number];

const EDITOR: readonly Action[] = [
  "studio.view",
  "account.manage_own",
  "interview.read",
  "interview.edit",
  "interview.submit",
  "interview.publish",
  "people.manage",
  "taxonomy.manage",
  "jobs.manage",
];
// Reviewers read, comment and approve; they never edit or publish.
const REVIEWER: readonly Action[] = ["studio.view", "account.manage_own", "interview.read", "interview.review", "interview.approve"];

const GRANTS: Record<Role, ReadonlySet<Action>> = {
  admin: new Set(ACTIONS),
  editor: new Set(EDITOR),
  reviewer: new Set(REVIEWER),
};

export type Actor = { id: string; role: Role; disabled: boolean };
/** The thing acted on, where the rule depends on it. */
export type Subject = { createdBy?: string | null };

export function can(actor: Actor | null, action: Action, subject?: Subject): boolean {
  if (!actor || actor.disabled) return false;
  if (!GRANTS[actor.role].has(action)) return false;
  // Four eyes: nobody approves their own work, whatever their role.
  if (action === "interview.approve" && subject?.createdBy && subject.createdBy === actor.id) return false;
  return true;
}
