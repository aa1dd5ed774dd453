import { describe, expect, it } from "vitest";
import { database } from "@/db/client";
import { createAsset } from "@/modules/media";
import { getInterview, updateInterview } from "./queries/interviews";
import { ALT_MISSING, getPerson, NEWER, savePersonSpec } from "@/modules/people";
import {
  bankQuestionsFor,
  departments,
  IN_USE,
  seriesTable,
  addQuestionSpec,
  deleteQuestionSpec,
  deleteTaxonomySpec,
  saveTaxonomySpec,
} from "@/modules/taxonomy";
import { SLUG_TAKEN } from "@/lib/forms/fields";
import { localize } from "@/lib/i18n/bilingual";
import { makeInterview, makePerson, makeUser, unique } from "@/test/factories";
import { runAction } from "@/modules/accounts";

const personForm = {
  id: "",
  version: "",
  displayName: "Jördis Groß",
  academicTitle: "Dr.",
  jobTitleDe: "Leiterin Prüflabor",
  jobTitleEn: "",
  departmentId: "",
  locationId: "",
  startDate: "2015-03-01",
  email: "joerdis@sonnenthal.example",
  portraitAssetId: "",
  portraitAltDe: "",
  portraitAltEn: "",
  portraitFocalX: "0.5",
  portraitFocalY: "0.4",
};

describe(`people in the studio (${database().dialect})`, () => {
  it("creates a person and saves changes on the version it was loaded with", async () => {
    const editor = await makeUser("editor");
    const created = await runAction(savePersonSpec, personForm, editor);
    if (!created.ok) throw new Error(created.error);
    expect(await getPerson(created.data.id)).toMatchObject({
      displayName: "Jördis Groß",
      academicTitle: "Dr.",
      jobTitle: { de: "Leiterin Prüflabor" },
      startDate: "2015-03-01",
      active: true,
    });
    const changed = await runAction(
      savePersonSpec,
      { ...personForm, id: created.data.id, version: created.data.version, jobTitleEn: "Head of the test lab", left: "on" },
      editor,
    );
    expect(changed.ok).toBe(true);
    expect(await getPerson(created.data.id)).toMatchObject({ jobTitle: { de: "Leiterin Prüflabor", en: "Head of the test lab" }, active: false });
    // A second tab still on the first version is refused, and nothing changes.
    const stale = await runAction(savePersonSpec, { ...personForm, id: created.data.id, version: created.data.version, displayName: "Überschrieben" }, editor);
    expect(stale).toMatchObject({ ok: false, code: "conflict", error: localize(NEWER, "de") });
    expect((await getPerson(created.data.id))?.displayName).toBe("Jördis Groß");
  });

  it("asks for alt text with a portrait, and for sensible dates and addresses", async () => {
    const editor = await makeUser("editor");
    const portrait = await createAsset({
      storageKey: `portraits/${unique("p")}.webp`,
      mimeType: "image/webp",
      width: 800,
      height: 1000,
      bytes: 1,
      variants: [],
    });
    // The field names the rule; where the code has the message as a constant, it is compared too.
    const cases: [Record<string, string>, string, unknown][] = [
      [{ portraitAssetId: portrait.id }, "portraitAltDe", localize(ALT_MISSING, "de")],
      [{ startDate: "2999-01-01" }, "startDate", expect.any(String)],
      [{ startDate: "gestern" }, "startDate", expect.any(String)],
      [{ email: "keine-adresse" }, "email", expect.any(String)],
      [{ displayName: " " }, "displayName", expect.any(String)],
      [{ departmentId: "weg" }, "departmentId", expect.any(String)],
    ];
    for (const [patch, field, message] of cases) {
      const result = await runAction(savePersonSpec, { ...personForm, ...patch }, editor);
      expect(result, field).toMatchObject({ ok: false, code: "validation", fieldErrors: { [field]: [message] } });
    }
    const withAlt = await runAction(
      savePersonSpec,
      { ...personForm, portraitAssetId: portrait.id, portraitAltDe: "Jördis im Labor", portraitFocalX: "7" },
      editor,
    );
    if (!withAlt.ok) throw new Error(withAlt.error);
    expect(await getPerson(withAlt.data.id)).toMatchObject({
      portraitAssetId: portrait.id,
      portraitAlt: { de: "Jördis im Labor" },
      portraitFocalX: 0.5,
      portraitFocalY: 0.4,
    });
  });
});

describe(`departments, offices and series (${database().dialect})`, () => {
  it("makes the address from the German name and keeps addresses unique", async () => {
    const editor = await makeUser("editor");
    const name = `Qualität & Prüfung ${unique("q")}`;
    const saved = await runAction(
      saveTaxonomySpec,
      { kind: "departments", nameDe: name, nameEn: "Quality", slug: "", jobsUrl: "https://karriere.example/qualitaet" },
      editor,
    );
    if (!saved.ok) throw new Error(saved.error);
    expect(saved.data.slug).toMatch(/^qualitaet-und-pruefung-q-[0-9a-f]{8}$/);
    expect(await departments.getById(saved.data.id)).toMatchObject({ name: { de: name, en: "Quality" }, jobsUrl: "https://karriere.example/qualitaet" });
    const clash = await runAction(saveTaxonomySpec, { kind: "departments", nameDe: "Andere", nameEn: "", slug: saved.data.slug }, editor);
    expect(clash).toMatchObject({ ok: false, code: "validation", fieldErrors: { slug: [localize(SLUG_TAKEN, "de")] } });
    const english = await runAction(saveTaxonomySpec, { kind: "departments", nameDe: "Andere", nameEn: "", slug: saved.data.slug }, editor, "en");
    expect(english).toMatchObject({ ok: false, code: "validation" });
    expect(!english.ok && english.fieldErrors?.slug?.[0]).toBe("This address is taken. Please choose another one.");
  });

  it("deletes an entry in use only after moving what uses it", async () => {
    const editor = await makeUser("editor");
    const { interview } = await makeInterview();
    const series = await seriesTable.create({ slug: unique("reihe"), name: { de: "Reihe" }, description: { de: "" } });
    const target = await seriesTable.create({ slug: unique("ziel"), name: { de: "Ziel" }, description: { de: "" } });
    await updateInterview(interview.id, { seriesId: series.id });
    const refused = await runAction(deleteTaxonomySpec, { kind: "series", id: series.id }, editor);
    expect(refused).toMatchObject({ ok: false, code: "validation", fieldErrors: { moveTo: [localize(IN_USE, "de")] } });
    expect(await seriesTable.getById(series.id)).not.toBeNull();
    expect(await runAction(deleteTaxonomySpec, { kind: "series", id: series.id, moveTo: target.id }, editor)).toMatchObject({ ok: true });
    expect(await seriesTable.getById(series.id)).toBeNull();
    expect((await getInterview(interview.id))?.seriesId).toBe(target.id);

    const person = await makePerson();
    const moved = await runAction(
      deleteTaxonomySpec,
      { kind: "departments", id: person.departmentId!, moveTo: (await departments.create({ slug: unique("d"), name: { de: "Neu" } })).id },
      editor,
    );
    expect(moved.ok).toBe(true);
    expect((await getPerson(person.id))?.departmentId).not.toBe(person.departmentId);
  });
});

describe(`the question bank (${database().dialect})`, () => {
  it("offers an interview its series' questions and the general ones, in its language", async () => {
    const editor = await makeUser("editor");
    const series = await seriesTable.create({ slug: unique("kurz"), name: { de: "Kurz vorgestellt" }, description: { de: "" } });
    const other = await seriesTable.create({ slug: unique("andere"), name: { de: "Andere" }, description: { de: "" } });
    const add = (text: string, locale: string, seriesId: string) => runAction(addQuestionSpec, { text, locale, seriesId }, editor);
    const general = await add(`Was treibt dich an? ${unique("g")}`, "de", "");
    await add("Wie sieht dein Tag aus?", "de", series.id);
    await add("What drives you?", "en", series.id);
    await add("Nicht für diese Reihe?", "de", other.id);
    const offered = (await bankQuestionsFor("de", series.id)).map((question) => question.text);
    expect(offered).toContain("Wie sieht dein Tag aus?");
    expect(offered.some((text) => text.startsWith("Was treibt dich an?"))).toBe(true);
    expect(offered).not.toContain("What drives you?");
    expect(offered).not.toContain("Nicht für diese Reihe?");
    if (!general.ok) throw new Error(general.error);
    expect(await runAction(deleteQuestionSpec, { id: general.data.id }, editor)).toMatchObject({ ok: true });
    expect((await bankQuestionsFor("de", null)).map((question) => question.id)).not.toContain(general.data.id);
    const blank = await runAction(addQuestionSpec, { text: "  ", locale: "de", seriesId: "" }, editor);
    expect(blank).toMatchObject({ ok: false, code: "validation", fieldErrors: { text: [expect.any(String)] } });
  });
});
