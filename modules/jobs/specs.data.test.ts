import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { listAudit } from "@/modules/audit";
import { getJob, listJobs } from "./queries";
import { departments, locations } from "@/modules/taxonomy";
import { makeUser, unique } from "@/test/factories";
import { runAction } from "@/modules/accounts";
import { deleteJobSpec, saveJobSpec } from "./specs";
import { ENTRY_GONE } from "@/lib/errors";
import { HTTP_URL_MESSAGE } from "@/lib/forms/fields";
import { localize } from "@/lib/i18n/bilingual";

const form = {
  id: "",
  titleDe: "Produktionsplaner:in (m/w/d)",
  titleEn: "",
  url: "https://karriere.example.com/stellen/1",
  departmentId: "",
  locationId: "",
  open: "open",
};

describe(`jobs in the studio (${database().dialect})`, () => {
  it("saves a job with its department and office, lists it while open, and deletes it, each audited", async () => {
    const editor = await makeUser("editor");
    const department = await departments.create({ slug: unique("produktion"), name: { de: "Produktion", en: "Production" } });
    const office = await locations.create({ slug: unique("stuttgart"), name: { de: "Stuttgart" } });
    const saved = await runAction(saveJobSpec, { ...form, titleEn: "Production Planner (m/f/d)", departmentId: department.id, locationId: office.id }, editor);
    if (!saved.ok) throw new Error(saved.error);
    const id = saved.data.id;
    expect(await listJobs({ openOnly: true, departmentSlug: department.slug })).toEqual([
      {
        id,
        title: { de: "Produktionsplaner:in (m/w/d)", en: "Production Planner (m/f/d)" },
        url: form.url,
        open: true,
        department: { de: "Produktion", en: "Production" },
        location: { de: "Stuttgart" },
      },
    ]);

    // Filled: off the public lists, still in the studio's.
    expect(await runAction(saveJobSpec, { ...form, id, departmentId: department.id, open: "filled" }, editor)).toMatchObject({ ok: true });
    expect(await listJobs({ openOnly: true, departmentSlug: department.slug })).toEqual([]);
    expect((await listJobs({ openOnly: false, departmentSlug: department.slug })).map((job) => [job.id, job.open])).toEqual([[id, false]]);

    expect(await runAction(deleteJobSpec, { id }, editor)).toEqual({ ok: true, data: { deleted: id } });
    expect(await getJob(id)).toBeNull();
    expect(await runAction(deleteJobSpec, { id }, editor)).toMatchObject({ ok: false, code: "not_found", error: localize(ENTRY_GONE, "de") });
    const actions = (await listAudit(500)).filter((entry) => entry.entityId === id).map((entry) => entry.action);
    expect(actions.sort()).toEqual(["job.create", "job.delete", "job.update"]);
  });

  it("says at the field what is wrong and saves nothing", async () => {
    const editor = await makeUser("editor");
    // The field names the rule; where the code has the message as a constant, it is compared too.
    const cases: [Record<string, string>, string, unknown][] = [
      [{ titleDe: " " }, "titleDe", expect.any(String)],
      [{ url: "javascript:alert(1)" }, "url", localize(HTTP_URL_MESSAGE, "de")],
      [{ url: "karriere.example.com" }, "url", localize(HTTP_URL_MESSAGE, "de")],
      [{ departmentId: "gibt-es-nicht" }, "departmentId", expect.any(String)],
      [{ locationId: "gibt-es-nicht" }, "locationId", expect.any(String)],
      [{ open: "vielleicht" }, "open", expect.any(String)],
    ];
    const before = (await listJobs({ openOnly: false })).length;
    for (const [change, field, message] of cases) {
      const result = await runAction(saveJobSpec, { ...form, ...change }, editor);
      expect(result, field).toMatchObject({ ok: false, code: "validation", fieldErrors: { [field]: [message] } });
    }
    expect((await listJobs({ openOnly: false })).length).toBe(before);
    expect(await runAction(saveJobSpec, { ...form, id: "gibt-es-nicht" }, editor)).toMatchObject({
      ok: false,
      code: "not_found",
      error: localize(ENTRY_GONE, "de"),
    });
  });
});
