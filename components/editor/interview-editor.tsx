"use client";

import type { Editor } from "@tiptap/core";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useCallback, useState, useTransition } from "react";
import { createTranslation } from "@/app/studio/actions/interviews";
import { forEditor } from "@/lib/content/normalize";
import { plainText, questionsOf, readingMinutes, wordCount } from "@/lib/content/text";
import { Comments, type ThreadView } from "@/components/review/comments";
import { FieldFrame } from "@/components/studio/field";
import type { ChosenImage } from "@/components/studio/image-field";
import type { ContentStatus } from "@/db/schema/types";
import { BankQuestionDialog, type BankQuestion } from "./bank-question-dialog";
import { ConflictDialog } from "./conflict-dialog";
import { ConsentSection } from "./consent-section";
import { ImportButton } from "./import-button";
import { PreviewLinksSection, type PreviewLinksPanel } from "./preview-links-section";
import { PreviewPanel } from "./preview-panel";
import { ReviewTimeline, type TimelineItem } from "./review-timeline";
import { SaveStatusLine } from "./save-status";
import { SettingsPanel, type Option, type Translation } from "./settings-panel";
import { TextEditor } from "./text-editor";
import { useDraft, type DraftValues } from "./use-draft";
import type { WorkflowView } from "@/lib/workflow/view";
import { WorkflowBar } from "./workflow-bar";

const SIDE_TABS = ["settings", "preview", "review"] as const;
type SideTab = (typeof SIDE_TABS)[number];

export type InterviewEditorProps = {
  interviewId: string;
  head: number;
  savedAt: string;
  values: DraftValues;
  editable: boolean;
  published: boolean;
  people: Option[];
  series: Option[];
  translations: Translation[];
  socialImage: ChosenImage | null;
  workflow: WorkflowView;
  /** Whether the featured person consented to the newest revision. */
  consent: boolean;
  timeline: TimelineItem[];
  comments: ThreadView[];
  previewLinks: PreviewLinksPanel;
  /** The whole question bank; the dialog offers what fits the interview's language and series. */
  bank: BankQuestion[];
  pathPrefixes: Record<string, string>;
  timeZone: string;
};

/**
 * The interview editor: title, teaser and text in the middle, settings or a live preview
 * beside it, and one status line. Saving is automatic (use-draft.ts); Ctrl+S saves at once
 * and keeps that state in the history.
 */
export function InterviewEditor(props: InterviewEditorProps) {
  const { interviewId, editable, people } = props;
  const t = useTranslations("studio.editor");
  const router = useRouter();
  const workflowStatus = props.workflow.status;
  // A save that moved the workflow (an approved text edited is a draft again) refreshes what the bar offers.
  const onSaved = useCallback((workflow: ContentStatus) => {
    if (workflow !== workflowStatus) router.refresh();
  }, [router, workflowStatus]);
  const draft = useDraft({ interviewId, head: props.head, values: props.values, savedAt: props.savedAt, enabled: editable, onSaved });
  const { values, status, update } = draft;
  const [editor, setEditor] = useState<Editor | null>(null);
  const [tab, setTab] = useState<SideTab>("settings");
  const [notice, setNotice] = useState<string | null>(null);
  const [translating, startTranslating] = useTransition();
  const [picking, setPicking] = useState(false);
  const [socialImage, setSocialImage] = useState(props.socialImage);

  const errors = status.kind === "invalid" ? status.fieldErrors : {};
  const words = wordCount(plainText(values.body));
  const personName = people.find((person) => person.id === values.personId)?.name ?? "";

  const onReady = useCallback((ready: Editor) => setEditor(ready), []);
  const onBankQuestion = useCallback(() => setPicking(true), []);
  const offered = props.bank.filter((question) => question.locale === values.locale && (question.seriesId === null || question.seriesId === values.seriesId));
  const onBody = useCallback((body: DraftValues["body"]) => update({ body }), [update]);

  function restoreLocal() {
    const restored = draft.restoreOffer();
    if (restored && editor) editor.commands.setContent(forEditor(restored.body), { emitUpdate: false });
  }

  function translate(locale: string) {
    startTranslating(async () => {
      const result = await createTranslation({ interviewId, locale });
      if (result.ok) router.push(`/studio/interviews/${result.data.id}`);
      else setNotice(result.fieldErrors?.locale?.[0] ?? result.error);
    });
  }

  return (
    <div
      className="interview-editor"
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === "s") {
          event.preventDefault();
          void draft.save("save");
        }
      }}
    >
      <div className="editor-bar">
        <Link href="/studio/interviews" className="editor-back">
          {t("back")}
        </Link>
        <SaveStatusLine status={status} notice={notice} timeZone={props.timeZone} />
        <div className="editor-bar-actions">
          {editable && editor ? <ImportButton editor={editor} onNotice={setNotice} /> : null}
          <Link href={`/studio/interviews/${interviewId}/review`} className="button button-small button-secondary">
            {t("review")}
          </Link>
          <Link href={`/studio/interviews/${interviewId}/revisions`} className="button button-small button-secondary">
            {t("revisions")}
          </Link>
          {editable ? (
            <button type="button" className="button button-small" aria-keyshortcuts="Control+S" disabled={status.kind === "saving"} onClick={() => void draft.save("save")}>
              {t("save")}
            </button>
          ) : null}
        </div>
      </div>

      <WorkflowBar target={{ interviewId }} head={props.head} view={props.workflow} saved={status.kind === "saved"} timeZone={props.timeZone} />

      {draft.offer ? (
        <div className="editor-offer" role="alert">
          <p>{t("offer.text")}</p>
          <button type="button" className="button button-small" onClick={restoreLocal}>
            {t("offer.restore")}
          </button>
          <button type="button" className="button button-small button-secondary" onClick={draft.dismissOffer}>
            {t("offer.discard")}
          </button>
        </div>
      ) : null}
      {status.kind === "invalid" ? (
        <div className="form-error" role="alert">
          <p>{status.message}</p>
          {errors.body ? <p>{errors.body.join(" ")}</p> : null}
        </div>
      ) : null}
      {!editable ? <p className="form-notice">{t("readOnly")}</p> : null}

      <div className="editor-columns">
        <div className="editor-main">
          <FieldFrame id="editor-title" label={t("title")} labelClassName="visually-hidden" errors={errors.title} className="editor-field">
            {(control) => (
              <textarea
                {...control}
                className="editor-title"
                rows={1}
                value={values.title}
                readOnly={!editable}
                maxLength={200}
                placeholder={t("titlePlaceholder")}
                onChange={(event) => update({ title: event.target.value.replace(/\n/g, " ") })}
              />
            )}
          </FieldFrame>
          <FieldFrame id="editor-teaser" label={t("teaser")} labelClassName="visually-hidden" errors={errors.teaser} className="editor-field">
            {(control) => (
              <textarea
                {...control}
                className="editor-teaser"
                rows={3}
                value={values.teaser}
                readOnly={!editable}
                maxLength={600}
                placeholder={t("teaserPlaceholder")}
                onChange={(event) => update({ teaser: event.target.value })}
              />
            )}
          </FieldFrame>
          <TextEditor
            initial={props.values.body}
            editable={editable}
            label={t("text")}
            onChange={onBody}
            onReady={onReady}
            onBankQuestion={onBankQuestion}
            onNotice={setNotice}
          />
          <p className="editor-count">{t("count", { words, minutes: readingMinutes(words) })}</p>
        </div>

        <aside className="editor-side" aria-label={t("side")}>
          <div className="tabs" role="tablist" aria-label={t("side")}>
            {SIDE_TABS.map((name, index) => (
              <button
                key={name}
                type="button"
                role="tab"
                id={`tab-${name}`}
                aria-selected={tab === name}
                aria-controls={`panel-${name}`}
                tabIndex={tab === name ? 0 : -1}
                onClick={() => setTab(name)}
                onKeyDown={(event) => {
                  if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
                    const step = event.key === "ArrowRight" ? 1 : SIDE_TABS.length - 1;
                    const next = SIDE_TABS[(index + step) % SIDE_TABS.length]!;
                    setTab(next);
                    document.getElementById(`tab-${next}`)?.focus();
                  }
                }}
              >
                {t(`tabs.${name}`)}
              </button>
            ))}
          </div>
          <div role="tabpanel" id={`panel-${tab}`} aria-labelledby={`tab-${tab}`}>
            {tab === "settings" ? (
              <SettingsPanel
                values={values}
                errors={errors}
                editable={editable}
                published={props.published}
                people={people}
                series={props.series}
                translations={props.translations}
                pathPrefix={(locale) => props.pathPrefixes[locale] ?? `/${locale}/`}
                onChange={update}
                onTranslate={translate}
                translating={translating}
                consent={
                  <>
                    <ConsentSection interviewId={interviewId} consent={props.consent} editable={editable} />
                    <ReviewTimeline items={props.timeline} timeZone={props.timeZone} />
                  </>
                }
                socialImage={socialImage}
                onSocialImage={(image) => {
                  setSocialImage(image);
                  update({ socialImageAssetId: image?.id ?? null });
                }}
              />
            ) : tab === "preview" ? (
              <PreviewPanel values={values} personName={personName} fullPreviewHref={`/studio/preview/${interviewId}`} />
            ) : (
              <>
                <Comments threads={props.comments} questions={questionsOf(values.body)} target={{ interviewId }} timeZone={props.timeZone} level={3} />
                {editable ? <PreviewLinksSection target={{ interviewId }} head={props.head} panel={props.previewLinks} timeZone={props.timeZone} /> : null}
              </>
            )}
          </div>
        </aside>
      </div>

      {picking ? (
        <BankQuestionDialog
          questions={offered}
          onClose={() => setPicking(false)}
          onPick={(question) => {
            setPicking(false);
            editor?.chain().focus().insertQuestionAnswer(question).run();
          }}
        />
      ) : null}
      {status.kind === "conflict" ? (
        <ConflictDialog
          by={status.by}
          at={status.at}
          timeZone={props.timeZone}
          onChoose={(choice) => void draft.resolve(choice)}
        />
      ) : null}
    </div>
  );
}
