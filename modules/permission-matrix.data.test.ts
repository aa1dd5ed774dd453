import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import type { Role } from "@/db/schema/types";
import { makeUser } from "@/test/factories";
import type { ActionSpec } from "@/lib/action";
import * as accounts from "@/modules/accounts";
import * as interviews from "@/modules/interviews";
import * as jobs from "@/modules/jobs";
import * as people from "@/modules/people";
import * as site from "@/modules/site";
import * as taxonomy from "@/modules/taxonomy";
import * as universes from "@/modules/universes";
import * as workflow from "@/modules/workflow";

const ALL: Role[] = ["admin", "editor", "reviewer"];
const WRITERS: Role[] = ["admin", "editor"];
const REVIEWERS: Role[] = ["admin", "reviewer"];

/** Every session action of the studio and the roles that may call it, written out (DESIGN.md §2). */
const MATRIX: Record<string, Role[]> = {
  changeRoleSpec: ["admin"],
  setDisabledSpec: ["admin"],
  inviteUserSpec: ["admin"],
  resetLinkSpec: ["admin"],
  saveSettingsSpec: ["admin"],
  adminResetSpec: ["admin"],
  signOutEverywhereSpec: ALL,
  startEnrolmentSpec: ALL,
  confirmEnrolmentSpec: ALL,
  renewRecoveryCodesSpec: ALL,
  disableOwnSpec: ALL,
  createInterviewSpec: WRITERS,
  createTranslationSpec: WRITERS,
  saveDraftSpec: WRITERS,
  resolveConflictSpec: WRITERS,
  restoreRevisionSpec: WRITERS,
  savePersonSpec: WRITERS,
  saveTaxonomySpec: WRITERS,
  deleteTaxonomySpec: WRITERS,
  addQuestionSpec: WRITERS,
  deleteQuestionSpec: WRITERS,
  submitSpec: WRITERS,
  requestChangesSpec: REVIEWERS,
  approveSpec: REVIEWERS,
  publishSpec: WRITERS,
  unpublishSpec: WRITERS,
  revertToPublishedSpec: WRITERS,
  archiveSpec: WRITERS,
  issueConsentLinkSpec: WRITERS,
  scheduleSpec: WRITERS,
  unscheduleSpec: WRITERS,
  addCommentSpec: ALL,
  addStoryCommentSpec: ALL,
  issuePreviewLinkSpec: WRITERS,
  revokePreviewLinkSpec: WRITERS,
  markReadSpec: ALL,
  saveUniverseSpec: WRITERS,
  saveTopicSpec: WRITERS,
  openStorySpec: WRITERS,
  saveStorySpec: WRITERS,
  submitStorySpec: WRITERS,
  requestStoryChangesSpec: REVIEWERS,
  approveStorySpec: REVIEWERS,
  releaseTopicSpec: WRITERS,
  archiveUniverseOrTopicSpec: WRITERS,
  deleteUniverseOrTopicSpec: WRITERS,
  saveJobSpec: WRITERS,
  deleteJobSpec: WRITERS,
};

/** The modules' exports by name: the matrix names each spec once, the test finds it here. */
const exported: Record<string, unknown> = { ...accounts, ...interviews, ...jobs, ...people, ...site, ...taxonomy, ...universes, ...workflow };

function specNamed(name: string): ActionSpec<never, unknown> {
  const spec = exported[name];
  if (!spec) throw new Error(`${name} is not exported by a module's index.ts`);
  return spec as ActionSpec<never, unknown>;
}

describe(`permission matrix of the studio's actions (${database().dialect})`, () => {
  it("lists every action the studio defines", () => {
    const dir = path.join(process.cwd(), "modules");
    const defined = fs
      .readdirSync(dir)
      .map((name) => path.join(dir, name, "actions.ts"))
      .filter((file) => fs.existsSync(file))
      .flatMap((file) => [...fs.readFileSync(file, "utf8").matchAll(/defineAction\((\w+)\)/g)].map((match) => match[1]!));
    expect(defined.sort()).toEqual(Object.keys(MATRIX).sort());
  });

  for (const [name, roles] of Object.entries(MATRIX)) {
    it(`${name}: ${roles.join(", ")} may call it; others get a refusal and nothing runs`, async () => {
      const spec = specNamed(name);
      for (const role of ALL) {
        const user = await makeUser(role);
        // Called directly with no input: a refused role never reaches parsing, an allowed one does.
        const result = await accounts.runAction(spec, {}, user);
        if (roles.includes(role)) expect(result, `${name} as ${role}`).not.toMatchObject({ ok: false, code: "forbidden" });
        else expect(result, `${name} as ${role}`).toMatchObject({ ok: false, code: "forbidden" });
      }
      expect(await accounts.runAction(spec, {}, null)).toMatchObject({ ok: false, code: "signed_out" });
      const disabled = await makeUser("admin");
      expect(await accounts.runAction(spec, {}, { ...disabled, disabled: true })).toMatchObject({ ok: false, code: "forbidden" });
    });
  }
});
