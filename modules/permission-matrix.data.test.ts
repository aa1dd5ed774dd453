import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import type { Role } from "@/db/schema/types";
import { makeUser } from "@/test/factories";
import {
  inviteUserSpec,
  resetLinkSpec,
  runAction,
  signOutEverywhereSpec,
  adminResetSpec,
  confirmEnrolmentSpec,
  disableOwnSpec,
  renewRecoveryCodesSpec,
  startEnrolmentSpec,
  changeRoleSpec,
  setDisabledSpec,
} from "@/modules/accounts";
import type { ActionSpec } from "@/lib/action";
import { createInterviewSpec, createTranslationSpec, resolveConflictSpec, restoreRevisionSpec, saveDraftSpec } from "@/modules/interviews";
import { deleteJobSpec, saveJobSpec } from "@/modules/jobs";
import { savePersonSpec } from "@/modules/people";
import { addQuestionSpec, deleteQuestionSpec, deleteTaxonomySpec, saveTaxonomySpec } from "@/modules/taxonomy";
import {
  issueConsentLinkSpec,
  addCommentSpec,
  addStoryCommentSpec,
  approveSpec,
  archiveSpec,
  publishSpec,
  requestChangesSpec,
  revertToPublishedSpec,
  scheduleSpec,
  submitSpec,
  unpublishSpec,
  unscheduleSpec,
  markReadSpec,
  issuePreviewLinkSpec,
  revokePreviewLinkSpec,
  approveStorySpec,
  releaseTopicSpec,
  requestStoryChangesSpec,
  submitStorySpec,
} from "@/modules/workflow";
import { archiveUniverseOrTopicSpec, deleteUniverseOrTopicSpec, openStorySpec, saveStorySpec, saveTopicSpec, saveUniverseSpec } from "@/modules/universes";
import { saveSettingsSpec } from "@/modules/site";

const ALL: Role[] = ["admin", "editor", "reviewer"];
const WRITERS: Role[] = ["admin", "editor"];

/** Every session action of the studio and the roles that may call it, written out (DESIGN.md §2). */
const MATRIX: Record<string, { spec: ActionSpec<never, unknown>; roles: Role[] }> = {
  changeRoleSpec: { spec: changeRoleSpec as never, roles: ["admin"] },
  setDisabledSpec: { spec: setDisabledSpec as never, roles: ["admin"] },
  inviteUserSpec: { spec: inviteUserSpec as never, roles: ["admin"] },
  resetLinkSpec: { spec: resetLinkSpec as never, roles: ["admin"] },
  saveSettingsSpec: { spec: saveSettingsSpec as never, roles: ["admin"] },
  adminResetSpec: { spec: adminResetSpec as never, roles: ["admin"] },
  signOutEverywhereSpec: { spec: signOutEverywhereSpec as never, roles: ALL },
  startEnrolmentSpec: { spec: startEnrolmentSpec as never, roles: ALL },
  confirmEnrolmentSpec: { spec: confirmEnrolmentSpec as never, roles: ALL },
  renewRecoveryCodesSpec: { spec: renewRecoveryCodesSpec as never, roles: ALL },
  disableOwnSpec: { spec: disableOwnSpec as never, roles: ALL },
  createInterviewSpec: { spec: createInterviewSpec as never, roles: WRITERS },
  createTranslationSpec: { spec: createTranslationSpec as never, roles: WRITERS },
  saveDraftSpec: { spec: saveDraftSpec as never, roles: WRITERS },
  resolveConflictSpec: { spec: resolveConflictSpec as never, roles: WRITERS },
  restoreRevisionSpec: { spec: restoreRevisionSpec as never, roles: WRITERS },
  savePersonSpec: { spec: savePersonSpec as never, roles: WRITERS },
  saveTaxonomySpec: { spec: saveTaxonomySpec as never, roles: WRITERS },
  deleteTaxonomySpec: { spec: deleteTaxonomySpec as never, roles: WRITERS },
  addQuestionSpec: { spec: addQuestionSpec as never, roles: WRITERS },
  deleteQuestionSpec: { spec: deleteQuestionSpec as never, roles: WRITERS },
  submitSpec: { spec: submitSpec as never, roles: WRITERS },
  requestChangesSpec: { spec: requestChangesSpec as never, roles: ["admin", "reviewer"] },
  approveSpec: { spec: approveSpec as never, roles: ["admin", "reviewer"] },
  publishSpec: { spec: publishSpec as never, roles: WRITERS },
  unpublishSpec: { spec: unpublishSpec as never, roles: WRITERS },
  revertToPublishedSpec: { spec: revertToPublishedSpec as never, roles: WRITERS },
  archiveSpec: { spec: archiveSpec as never, roles: WRITERS },
  issueConsentLinkSpec: { spec: issueConsentLinkSpec as never, roles: WRITERS },
  scheduleSpec: { spec: scheduleSpec as never, roles: WRITERS },
  unscheduleSpec: { spec: unscheduleSpec as never, roles: WRITERS },
  addCommentSpec: { spec: addCommentSpec as never, roles: ALL },
  addStoryCommentSpec: { spec: addStoryCommentSpec as never, roles: ALL },
  issuePreviewLinkSpec: { spec: issuePreviewLinkSpec as never, roles: WRITERS },
  revokePreviewLinkSpec: { spec: revokePreviewLinkSpec as never, roles: WRITERS },
  markReadSpec: { spec: markReadSpec as never, roles: ALL },
  saveUniverseSpec: { spec: saveUniverseSpec as never, roles: WRITERS },
  saveTopicSpec: { spec: saveTopicSpec as never, roles: WRITERS },
  openStorySpec: { spec: openStorySpec as never, roles: WRITERS },
  saveStorySpec: { spec: saveStorySpec as never, roles: WRITERS },
  submitStorySpec: { spec: submitStorySpec as never, roles: WRITERS },
  requestStoryChangesSpec: { spec: requestStoryChangesSpec as never, roles: ["admin", "reviewer"] },
  approveStorySpec: { spec: approveStorySpec as never, roles: ["admin", "reviewer"] },
  releaseTopicSpec: { spec: releaseTopicSpec as never, roles: WRITERS },
  archiveUniverseOrTopicSpec: { spec: archiveUniverseOrTopicSpec as never, roles: WRITERS },
  deleteUniverseOrTopicSpec: { spec: deleteUniverseOrTopicSpec as never, roles: WRITERS },
  saveJobSpec: { spec: saveJobSpec as never, roles: WRITERS },
  deleteJobSpec: { spec: deleteJobSpec as never, roles: WRITERS },
};

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

  for (const [name, { spec, roles }] of Object.entries(MATRIX)) {
    it(`${name}: ${roles.join(", ")} may call it; others get a refusal and nothing runs`, async () => {
      for (const role of ALL) {
        const user = await makeUser(role);
        // Called directly with no input: a refused role never reaches parsing, an allowed one does.
        const result = await runAction(spec, {}, user);
        if (roles.includes(role)) expect(result, `${name} as ${role}`).not.toMatchObject({ ok: false, code: "forbidden" });
        else expect(result, `${name} as ${role}`).toMatchObject({ ok: false, code: "forbidden" });
      }
      expect(await runAction(spec, {}, null)).toMatchObject({ ok: false, code: "signed_out" });
      const disabled = await makeUser("admin");
      expect(await runAction(spec, {}, { ...disabled, disabled: true })).toMatchObject({ ok: false, code: "forbidden" });
    });
  }
});
