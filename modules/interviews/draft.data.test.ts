import { afterEach, describe, expect, it, vi } from "vitest";
import { database } from "@/db/client";
import { getInterview, publishRevision } from "./queries/interviews";
import { findLiveRedirect } from "@/modules/public-site";
import { getRevisionByNumber, listRevisionSummaries } from "./queries/revisions";
import { localize } from "@/lib/i18n/bilingual";
import { makeInterview, makePerson, makeUser, qaDoc, unique } from "@/test/factories";
import { runAction } from "@/modules/accounts";
import { MESSAGES as DOC_MESSAGES } from "@/lib/content/schema";
import { HTTP_URL_MESSAGE } from "@/lib/forms/fields";
import { SLUG_MESSAGE } from "@/lib/slugs";
import { createInterviewSpec, createTranslationSpec } from "./create";
import { LOCALE_FIXED, PERSON_GONE, resolveConflictSpec, RESTORE_CONFLICT, restoreRevisionSpec, saveDraftSpec, SLUG_TAKEN } from "./draft";

async function editorState() {
  const made = await makeInterview({ title: "Ein Tag in der Montage" });
  const editor = await makeUser("editor");
  const form = {
    interviewId: made.interview.id,
    expectedHead: 1,
    kind: "autosave" as const,
    title: "Ein Tag in der Montage",
    teaser: "Vorspann",
    body: qaDoc("Wie beginnt dein Tag?", "Mit einem Rundgang durch die Halle."),
    seoTitle: "",
    seoDescription: "",
    ctaLabel: "",
    ctaUrl: "",
    socialImageAssetId: null,
    slug: made.interview.slug,
    personId: made.person.id,
    seriesId: null,
    locale: "de",
  };
  return { ...made, editor, form };
}

const titles = async (interviewId: string) =>
  (await listRevisionSummaries({ interviewId })).map((revision) => `${revision.number} ${revision.kind} ${revision.title}`);

afterEach(() => {
  vi.useRealTimers();
});

describe(`the interview editor's saves (${database().dialect})`, () => {
  it("appends a revision per save on the head the editor started from", async () => {
    const { form, editor, interview } = await editorState();
    const saved = await runAction(saveDraftSpec, { ...form, title: "Neuer Titel", kind: "save" }, editor);
    expect(saved).toMatchObject({ ok: true, data: { status: "saved", head: 2, publicChanged: false } });
    expect(await getRevisionByNumber({ interviewId: interview.id }, 2)).toMatchObject({
      title: "Neuer Titel",
      kind: "save",
      authorId: editor.id,
      seoTitle: null,
      ctaUrl: null,
    });
    // The same state again writes nothing new.
    expect(await runAction(saveDraftSpec, { ...form, title: "Neuer Titel", kind: "save", expectedHead: 2 }, editor)).toMatchObject({
      ok: true,
      data: { head: 2 },
    });
    expect((await getInterview(interview.id))?.headRevision).toBe(2);
  });

  it("refuses an invalid text or setting at its field and writes nothing", async () => {
    const { form, editor, interview } = await editorState();
    const badLink = {
      type: "doc",
      content: [{ type: "paragraph", content: [{ type: "text", text: "klick", marks: [{ type: "link", attrs: { href: "javascript:alert(1)" } }] }] }],
    };
    // The field names the rule; where the code has the message as a constant, it is compared too
    // (a body's message starts with where in the text it is: lib/content/schema.test.ts checks that).
    const cases: [Record<string, unknown>, string, unknown][] = [
      [{ body: badLink }, "body", expect.stringContaining(localize(DOC_MESSAGES.unsafeLink, "de"))],
      [{ body: { type: "doc", content: [{ type: "script", text: "x" }] } }, "body", expect.stringContaining(localize(DOC_MESSAGES.unknown, "de"))],
      [{ title: "  " }, "title", expect.any(String)],
      [{ slug: "Mit Leerzeichen" }, "slug", localize(SLUG_MESSAGE, "de")],
      [{ ctaUrl: "javascript:alert(1)" }, "ctaUrl", localize(HTTP_URL_MESSAGE, "de")],
      [{ personId: "gibt-es-nicht" }, "personId", localize(PERSON_GONE, "de")],
    ];
    for (const [patch, field, message] of cases) {
      const result = await runAction(saveDraftSpec, { ...form, ...patch }, editor);
      expect(result, field).toMatchObject({ ok: false, code: "validation", fieldErrors: { [field]: [message] } });
    }
    const taken = await makeInterview();
    const clash = await runAction(saveDraftSpec, { ...form, slug: taken.interview.slug }, editor);
    expect(clash).toMatchObject({ ok: false, code: "validation", fieldErrors: { slug: [localize(SLUG_TAKEN, "de")] } });
    expect((await getInterview(interview.id))?.headRevision).toBe(1);
  });

  it("answers a save on an old head with a conflict; keeping mine or taking theirs loses neither", async () => {
    const { form, editor, interview } = await editorState();
    const other = await makeUser("editor");
    expect(await runAction(saveDraftSpec, { ...form, title: "Fassung von Anna" }, other)).toMatchObject({ ok: true, data: { head: 2 } });
    const late = await runAction(saveDraftSpec, { ...form, title: "Fassung von Ben" }, editor);
    expect(late).toMatchObject({ ok: true, data: { status: "conflict", head: 2, by: other.name } });

    const mine = await runAction(resolveConflictSpec, { ...form, title: "Fassung von Ben", choice: "mine", theirHead: 2 }, editor);
    expect(mine).toMatchObject({ ok: true, data: { status: "saved", head: 3 } });
    expect(await titles(interview.id)).toEqual(["3 save Fassung von Ben", "2 autosave Fassung von Anna", "1 save Ein Tag in der Montage"]);

    // Anna, still on 2, now saves again and takes the newer one: hers stays in the history.
    const again = await runAction(saveDraftSpec, { ...form, expectedHead: 2, title: "Anna, zweiter Versuch" }, other);
    expect(again).toMatchObject({ ok: true, data: { status: "conflict", head: 3 } });
    const theirs = await runAction(resolveConflictSpec, { ...form, title: "Anna, zweiter Versuch", choice: "theirs", theirHead: 3 }, other);
    expect(theirs).toMatchObject({ ok: true, data: { status: "saved", head: 5 } });
    expect((await titles(interview.id)).slice(0, 2)).toEqual(["5 save Fassung von Ben", "4 save Anna, zweiter Versuch"]);

    // Ben is on 3, and 5 says the same: his next save is no conflict.
    expect(await runAction(saveDraftSpec, { ...form, expectedHead: 3, title: "Fassung von Ben, weiter" }, editor)).toMatchObject({
      ok: true,
      data: { status: "saved", head: 6 },
    });
  });

  it("of two saves at the same moment on the same head, one wins and one hears of the conflict", async () => {
    const { form, editor } = await editorState();
    const other = await makeUser("editor");
    const results = await Promise.all([runAction(saveDraftSpec, { ...form, title: "A" }, editor), runAction(saveDraftSpec, { ...form, title: "B" }, other)]);
    const statuses = results.map((result) => (result.ok ? result.data.status : "error")).sort();
    expect(statuses).toEqual(["conflict", "saved"]);
  });

  it("coalesces autosaves to one checkpoint per ten minutes, and keeps explicit saves", async () => {
    vi.useFakeTimers({ toFake: ["Date"] });
    const start = new Date("2026-11-20T09:00:00Z").getTime();
    vi.setSystemTime(start);
    const { form, editor, interview } = await editorState();
    let head = 1;
    const save = async (minute: number, title: string, kind: "autosave" | "save" = "autosave") => {
      vi.setSystemTime(start + minute * 60_000);
      const result = await runAction(saveDraftSpec, { ...form, expectedHead: head, title, kind }, editor);
      if (!result.ok || result.data.status !== "saved") throw new Error(JSON.stringify(result));
      head = result.data.head;
    };
    await save(1, "a");
    await save(2, "b");
    await save(3, "c");
    await save(12, "d");
    await save(13, "e");
    await save(14, "f", "save");
    await save(15, "g");
    await save(16, "h");
    // "d" came ten minutes after the last kept revision: a checkpoint. "e" is what an explicit
    // save followed; "f" was saved explicitly. Every other autosave gave way to the next one.
    const kept = (await listRevisionSummaries({ interviewId: interview.id })).map((revision) => `${revision.number} ${revision.title}`);
    expect(kept).toEqual(["9 h", "7 f", "6 e", "5 d", "1 Ein Tag in der Montage"]);
  });

  it("keeps a published interview's former address as a redirect and says the public pages changed", async () => {
    const { form, editor, interview, revision } = await editorState();
    await publishRevision(interview.id, revision.id);
    const slug = unique("neue-adresse");
    const result = await runAction(saveDraftSpec, { ...form, slug }, editor);
    expect(result).toMatchObject({ ok: true, data: { status: "saved", publicChanged: true } });
    expect(await findLiveRedirect("de", interview.slug)).toBe(slug);
    const locale = await runAction(saveDraftSpec, { ...form, slug, expectedHead: 2, locale: "en" }, editor);
    expect(locale).toMatchObject({ ok: false, code: "validation", fieldErrors: { locale: [localize(LOCALE_FIXED, "de")] } });
  });

  it("restores an earlier revision as the newest, unless someone saved meanwhile", async () => {
    const { form, editor, interview } = await editorState();
    await runAction(saveDraftSpec, { ...form, title: "Zweite", kind: "save" }, editor);
    const restored = await runAction(restoreRevisionSpec, { interviewId: interview.id, number: 1, expectedHead: 2 }, editor);
    expect(restored).toMatchObject({ ok: true, data: { head: 3 } });
    expect((await getRevisionByNumber({ interviewId: interview.id }, 3))?.title).toBe("Ein Tag in der Montage");
    const stale = await runAction(restoreRevisionSpec, { interviewId: interview.id, number: 2, expectedHead: 2 }, editor);
    expect(stale).toMatchObject({ ok: false, code: "conflict", error: localize(RESTORE_CONFLICT, "de") });
  });

  it("refuses reviewers, even calling the save directly", async () => {
    const { form, interview } = await editorState();
    const reviewer = await makeUser("reviewer");
    expect(await runAction(saveDraftSpec, { ...form, title: "Von der Freigabe" }, reviewer)).toMatchObject({ ok: false, code: "forbidden" });
    expect((await getInterview(interview.id))?.headRevision).toBe(1);
  });
});

describe(`starting interviews (${database().dialect})`, () => {
  it("derives a free address from the title, German letters spelt out", async () => {
    const editor = await makeUser("editor");
    const person = await makePerson("Jördis Groß");
    const title = `Auf einen Kaffee mit Jördis ${unique("x")}`;
    const first = await runAction(createInterviewSpec, { title, personId: person.id, seriesId: "", locale: "de" }, editor);
    const second = await runAction(createInterviewSpec, { title, personId: person.id, seriesId: "", locale: "de" }, editor);
    if (!first.ok || !second.ok) throw new Error("not created");
    const [a, b] = [await getInterview(first.data.id), await getInterview(second.data.id)];
    expect(a?.slug).toMatch(/^auf-einen-kaffee-mit-joerdis-x-[0-9a-f]{8}$/);
    expect(b?.slug).toBe(`${a?.slug}-2`);
    expect(a).toMatchObject({ status: "draft", headRevision: 1, createdBy: editor.id });
  });

  it("starts an English translation linked to the German original, once", async () => {
    const { interview, editor } = await editorState();
    const translation = await runAction(createTranslationSpec, { interviewId: interview.id, locale: "en" }, editor);
    if (!translation.ok) throw new Error(translation.error);
    const english = await getInterview(translation.data.id);
    expect(english).toMatchObject({ locale: "en", translationGroupId: interview.translationGroupId, personId: interview.personId, slug: interview.slug });
    expect((await getRevisionByNumber({ interviewId: english!.id }, 1))?.title).toBe("Ein Tag in der Montage");
    const twice = await runAction(createTranslationSpec, { interviewId: interview.id, locale: "en" }, editor);
    expect(twice).toMatchObject({ ok: false, code: "validation", fieldErrors: { locale: [expect.any(String)] } });
  });
});
