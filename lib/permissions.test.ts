import { describe, expect, it } from "vitest";
import { ACTIONS, can, type Action } from "./permissions";

const actor = (role: "admin" | "editor" | "reviewer", disabled = false) => ({ id: `${role}-1`, role, disabled });

// The whole matrix, written out so a change to it is a visible change to this table.
const EXPECTED: Record<Action, [admin: boolean, editor: boolean, reviewer: boolean]> = {
  "studio.view": [true, true, true],
  "account.manage_own": [true, true, true],
  "interview.read": [true, true, true],
  "interview.edit": [true, true, false],
  "interview.submit": [true, true, false],
  "interview.review": [true, false, true],
  "interview.approve": [true, false, true],
  "interview.publish": [true, true, false],
  "people.manage": [true, true, false],
  "taxonomy.manage": [true, true, false],
  "jobs.manage": [true, true, false],
  "users.manage": [true, false, false],
  "settings.manage": [true, false, false],
  "audit.read": [true, false, false],
};

describe("permissions", () => {
  it("grants every action exactly as the role table says", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ACTIONS].sort());
    for (const action of ACTIONS) {
      const [admin, editor, reviewer] = EXPECTED[action];
      expect([can(actor("admin"), action), can(actor("editor"), action), can(actor("reviewer"), action)], action).toEqual([admin, editor, reviewer]);
    }
  });

  it("denies everything to nobody and to disabled users", () => {
    for (const action of ACTIONS) {
      expect(can(null, action)).toBe(false);
      expect(can(actor("admin", true), action)).toBe(false);
    }
  });

  it("keeps four eyes: nobody approves their own work", () => {
    expect(can(actor("reviewer"), "interview.approve", { createdBy: "reviewer-1" })).toBe(false);
    expect(can(actor("admin"), "interview.approve", { createdBy: "admin-1" })).toBe(false);
    expect(can(actor("reviewer"), "interview.approve", { createdBy: "editor-7" })).toBe(true);
  });
});
