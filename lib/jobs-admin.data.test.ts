import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { listAudit } from "@/db/queries/audit";
import { getJob, listJobs } from "@/db/queries/jobs";
import { departments, locations } from "@/db/queries/taxonomy";
import { makeUser, unique } from "@/test/factories";
import { runAction } from "./action";
import { deleteJobSpec, saveJobSpec } from "./jobs-admin";

const form = { id: "", titleDe: "Produktionsplaner:in (m/w/d)", titleEn: "", url: "https://karriere.example.com/stellen/1", departmentId: "", locationId: "", open: "open" };

describe(`jobs in the studio (${database().dialect})`, () => {
  it("saves a job with its department and office, lists it while open, and deletes it, each audited", async () => {
    const editor = await makeUser("editor");
    const department = await departments.create({ slug: unique("produktion"), name: { de: "Produktion", en: "Production" } });
    const office = await locations.create({ slug: unique("stuttgart"), name: { de: "Stuttgart" } });
    const saved = await runAction(saveJobSpec, { ...form, titleEn: "Production Planner (m/f/d)", departmentId: department.id, locationId: office.id }, editor);
    if (!saved.ok) throw new Error(saved.error);
    const id = saved.data.id;
    expect(await listJobs({ openOnly: true, departmentSlug: department.slug })).toEqual([
      { id, title: { de: "Produktionsplaner:in (m/w/d)", en: "Production Planner (m/f/d)" }, url: form.url, open: true, department: { de: "Produktion", en: "Production" }, location: { de: "Stuttgart" } },
    ]);

    // Filled: off the public lists, still in the studio's.
    expect(await runAction(saveJobSpec, { ...form, id, departmentId: department.id, open: "filled" }, editor)).toMatchObject({ ok: true });
    expect(await listJobs({ openOnly: true, departmentSlug: department.slug })).toEqual([]);
    expect((await listJobs({ openOnly: false, departmentSlug: department.slug })).map((job) => [job.id, job.open])).toEqual([[id, false]]);

    expect(await runAction(deleteJobSpec, { id }, editor)).toEqual({ ok: true, data: { deleted: id } });
    expect(await getJob(id)).toBeNull();
    expect(await runAction(deleteJobSpec, { id }, editor)).toMatchObject({ ok: false, error: "Diesen Eintrag gibt es nicht mehr." });
    const actions = (await listAudit(500)).filter((entry) => entry.entityId === id).map((entry) => entry.action);
    expect(actions.sort()).toEqual(["job.create", "job.delete", "job.update"]);
  });

  it("says at the field what is wrong and saves nothing", async () => {
    const editor = await makeUser("editor");
    const cases: [Record<string, string>, string, RegExp][] = [
      [{ titleDe: " " }, "titleDe", /^Der Titel fehlt/],
      [{ url: "javascript:alert(1)" }, "url", /^Bitte eine vollständige Adresse mit https:\/\//],
      [{ url: "karriere.example.com" }, "url", /^Bitte eine vollständige Adresse/],
      [{ departmentId: "gibt-es-nicht" }, "departmentId", /^Diesen Bereich gibt es nicht mehr/],
      [{ locationId: "gibt-es-nicht" }, "locationId", /^Diesen Standort gibt es nicht mehr/],
      [{ open: "vielleicht" }, "open", /^Bitte wählen, ob die Stelle offen ist/],
    ];
    const before = (await listJobs({ openOnly: false })).length;
    for (const [change, field, message] of cases) {
      const result = await runAction(saveJobSpec, { ...form, ...change }, editor);
      expect(result, field).toMatchObject({ ok: false, fieldErrors: { [field]: [expect.stringMatching(message)] } });
    }
    expect((await listJobs({ openOnly: false })).length).toBe(before);
    expect(await runAction(saveJobSpec, { ...form, id: "gibt-es-nicht" }, editor)).toMatchObject({ ok: false, error: "Diesen Eintrag gibt es nicht mehr." });
  });
});
