/**
 * Open jobs, kept in the studio: a title in German (and English), where to apply, and the
 * department and office they belong to. The public pages list the open ones beside the
 * interviews of their department.
 */
import "server-only";
import { z } from "zod";
import { audit } from "@/modules/audit";
import { createJob, deleteJob, updateJob } from "./queries";
import { actionSpec } from "@/lib/action";
import { cacheTags } from "@/lib/cache/tags";
import { ENTRY_GONE, notFound } from "@/lib/errors";
import { bilingualText, httpUrl, optionalId } from "@/lib/forms/fields";
import { assertPlacesExist } from "@/modules/taxonomy";
import { msg } from "@/lib/i18n/bilingual";
import { bothLanguages } from "@/lib/i18n/localized";

const jobsTags = () => [cacheTags.jobs];

export const saveJobSpec = actionSpec({
  name: "job.save",
  input: z.object({
    id: optionalId,
    ...bilingualText("title", { de: "Der Titel", en: "The title" }, 160),
    url: httpUrl,
    departmentId: optionalId,
    locationId: optionalId,
    open: z.enum(["open", "filled"], msg("Bitte wählen, ob die Stelle offen ist.", "Please choose whether the job is open.")),
  }),
  permission: "jobs.manage",
  run: async (input, { user, tx }) => {
    await assertPlacesExist(input, tx);
    const values = {
      title: bothLanguages(input.titleDe, input.titleEn),
      url: input.url,
      departmentId: input.departmentId,
      locationId: input.locationId,
      open: input.open === "open",
    };
    const row = input.id ? await updateJob(input.id, values, tx) : await createJob(values, tx);
    if (!row) throw notFound(ENTRY_GONE);
    await audit(
      {
        actorUserId: user.id,
        action: input.id ? "job.update" : "job.create",
        entityType: "job",
        entityId: row.id,
        details: { title: input.titleDe, open: values.open },
      },
      tx,
    );
    return { id: row.id };
  },
  revalidates: jobsTags,
});

export const deleteJobSpec = actionSpec({
  name: "job.delete",
  input: z.object({ id: z.string().min(1).max(64) }),
  permission: "jobs.manage",
  run: async ({ id }, { user, tx }) => {
    const job = await deleteJob(id, tx);
    if (!job) throw notFound(ENTRY_GONE);
    await audit({ actorUserId: user.id, action: "job.delete", entityType: "job", entityId: id, details: { title: job.title.de ?? "" } }, tx);
    return { deleted: id };
  },
  revalidates: jobsTags,
});
