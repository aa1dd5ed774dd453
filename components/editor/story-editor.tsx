"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { approveStory, requestStoryChanges, saveStory, submitStory } from "@/app/studio/actions/universes";
import { Field, FormError, Options, SelectField, TextAreaField } from "@/components/studio/field";
import type { ContentStatus } from "@/db/schema/types";
import type { ActionResult } from "@/lib/action";
import type { TiptapDoc } from "@/lib/content/schema";
import type { WorkflowEvent } from "@/lib/workflow/machine";
import { TextEditor } from "./text-editor";

type Values = { title: string; teaser: string; body: TiptapDoc; personId: string; interviewId: string };

/**
 * A work-universe story: written in the studio's text editor, saved as a new revision, and
 * taken through review like an interview (the server offers exactly the allowed steps).
 */
export function StoryEditor(props: { storyId: string; head: number; status: ContentStatus; values: Values; editable: boolean; events: WorkflowEvent[]; people: { id: string; name: string }[]; interviews: { id: string; name: string }[] }) {
  const t = useTranslations("studio.stories");
  const workflow = useTranslations("studio.workflow");
  const states = useTranslations("studio.interviews.states");
  const router = useRouter();
  const [values, setValues] = useState(props.values);
  const [dirty, setDirty] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [reason, setReason] = useState<string | null>(null);
  const [pending, start] = useTransition();
  const update = (patch: Partial<Values>) => {
    setValues((current) => ({ ...current, ...patch }));
    setDirty(true);
  };
  const onBody = useCallback((body: TiptapDoc) => {
    setValues((current) => ({ ...current, body }));
    setDirty(true);
  }, []);
  const ignore = useCallback(() => undefined, []);

  function run(action: () => Promise<ActionResult<unknown>>, after?: () => void) {
    setError(null);
    start(async () => {
      const result = await action();
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (!result.ok) {
        if (!result.fieldErrors) setError(result.error);
        return;
      }
      after?.();
      router.refresh();
    });
  }

  const step = (event: WorkflowEvent, onClick: () => void, primary = false) =>
    props.events.includes(event) ? (
      <button key={event} type="button" className={primary ? "button button-small" : "button button-small button-secondary"} disabled={pending || dirty} onClick={onClick}>
        {workflow(`events.${event}`)}
      </button>
    ) : null;

  return (
    <div className="story-editor">
      <div className="workflow-bar">
        <p className="workflow-state" role="group" aria-label={t("stateLabel")}>
          <span className={`badge badge-${props.status}`}>{states(props.status)}</span>
        </p>
        <div className="workflow-actions">
          {step("submit", () => run(() => submitStory({ storyId: props.storyId })), true)}
          {step("approve", () => run(() => approveStory({ storyId: props.storyId, revisionNumber: props.head })), true)}
          {step("requestChanges", () => setReason(""))}
          {dirty && props.events.length ? <span className="muted workflow-hint">{workflow("saveFirst")}</span> : null}
        </div>
        {reason !== null ? (
          <div className="story-request">
            <TextAreaField name="message" id="story-request" label={workflow("requestLabel")} rows={3} value={reason} errors={fieldErrors.message} onChange={(event) => setReason(event.target.value)} />
            <button type="button" className="button button-small" disabled={pending} onClick={() => run(() => requestStoryChanges({ storyId: props.storyId, message: reason }), () => setReason(null))}>
              {workflow("requestSend")}
            </button>
          </div>
        ) : null}
      </div>
      <FormError message={error} />
      <form
        className="studio-form"
        onSubmit={(event) => {
          event.preventDefault();
          run(
            () => saveStory({ storyId: props.storyId, expectedHead: props.head, ...values }),
            () => setDirty(false),
          );
        }}
      >
        <fieldset disabled={!props.editable}>
          <Field name="title" label={t("title")} value={values.title} errors={fieldErrors.title} maxLength={200} onChange={(event) => update({ title: event.target.value })} />
          <TextAreaField name="teaser" label={t("teaser")} hint={t("teaserHint")} value={values.teaser} errors={fieldErrors.teaser} rows={2} maxLength={300} onChange={(event) => update({ teaser: event.target.value })} />
          <TextEditor initial={props.values.body} editable={props.editable} label={t("body")} onChange={onBody} onReady={ignore} onBankQuestion={ignore} onNotice={ignore} />
          {fieldErrors.body ? <p className="field-error">{fieldErrors.body.join(" ")}</p> : null}
          <SelectField name="personId" label={t("person")} hint={t("personHint")} value={values.personId} onChange={(event) => update({ personId: event.target.value })}>
            <option value="">{t("noPerson")}</option>
            <Options items={props.people} />
          </SelectField>
          <SelectField name="interviewId" label={t("interview")} hint={t("interviewHint")} value={values.interviewId} onChange={(event) => update({ interviewId: event.target.value })}>
            <option value="">{t("noInterview")}</option>
            <Options items={props.interviews} />
          </SelectField>
        </fieldset>
        {props.editable ? (
          <div className="form-actions">
            <button type="submit" className="button" disabled={pending || !dirty}>
              {t("save")}
            </button>
          </div>
        ) : null}
      </form>
    </div>
  );
}
