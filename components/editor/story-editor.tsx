"use client";

import { useTranslations } from "next-intl";
import { useCallback, useState } from "react";
import { saveStory } from "@/modules/universes/actions";
import { Field, FormError, Options, SelectField, TextAreaField } from "@/components/studio/field";
import { controlledFields } from "@/components/studio/field-binding";
import type { TiptapDoc } from "@/lib/content/schema";
import type { WorkflowView } from "@/modules/workflow";
import { TextEditor } from "./text-editor";
import { useLeaveWarning } from "./use-leave-warning";
import { useWorkflowRun } from "./use-workflow-run";
import { WorkflowBar } from "./workflow-bar";

type Values = { title: string; teaser: string; body: TiptapDoc; personId: string; interviewId: string };
type Option = { id: string; name: string };

/** The story as edited here, and whether it differs from what was last saved. */
function useStoryDraft(initial: Values) {
  const [values, setValues] = useState(initial);
  const [dirty, setDirty] = useState(false);
  // Stable, so the text editor's change handler built on it is, too.
  const update = useCallback((patch: Partial<Values>) => {
    setValues((current) => ({ ...current, ...patch }));
    setDirty(true);
  }, []);
  return { values, dirty, update, markSaved: () => setDirty(false) };
}

/** Title, teaser, text, and the person and interview the story points to. */
function StoryFields({
  values,
  initialBody,
  editable,
  fieldErrors,
  people,
  interviews,
  update,
}: {
  values: Values;
  initialBody: TiptapDoc;
  editable: boolean;
  fieldErrors: Record<string, string[]>;
  people: Option[];
  interviews: Option[];
  update: (patch: Partial<Values>) => void;
}) {
  const t = useTranslations("studio.stories");
  const onBody = useCallback((body: TiptapDoc) => update({ body }), [update]);
  const ignore = useCallback(() => undefined, []);
  const bind = controlledFields(values, fieldErrors, update);
  return (
    <fieldset disabled={!editable}>
      <Field {...bind("title")} label={t("title")} maxLength={200} />
      <TextAreaField {...bind("teaser")} label={t("teaser")} hint={t("teaserHint")} rows={2} maxLength={300} />
      <TextEditor initial={initialBody} editable={editable} label={t("body")} onChange={onBody} onReady={ignore} onBankQuestion={ignore} onNotice={ignore} />
      {fieldErrors.body ? <p className="field-error">{fieldErrors.body.join(" ")}</p> : null}
      <SelectField
        name="personId"
        label={t("person")}
        hint={t("personHint")}
        value={values.personId}
        onChange={(event) => update({ personId: event.target.value })}
      >
        <option value="">{t("noPerson")}</option>
        <Options items={people} />
      </SelectField>
      <SelectField
        name="interviewId"
        label={t("interview")}
        hint={t("interviewHint")}
        value={values.interviewId}
        onChange={(event) => update({ interviewId: event.target.value })}
      >
        <option value="">{t("noInterview")}</option>
        <Options items={interviews} />
      </SelectField>
    </fieldset>
  );
}

/**
 * A work-universe story: written in the studio's text editor, saved as a new revision, and
 * taken through review with the interview's workflow bar.
 */
export function StoryEditor(props: {
  storyId: string;
  head: number;
  workflow: WorkflowView;
  values: Values;
  editable: boolean;
  people: Option[];
  interviews: Option[];
  timeZone: string;
}) {
  const t = useTranslations("studio.stories");
  const { values, dirty, update, markSaved } = useStoryDraft(props.values);
  // Like a dialog, the form shows field errors at its fields; a save that went through leaves nothing unsaved.
  const { run, pending, error, fieldErrors } = useWorkflowRun(true, markSaved);
  // Stories are saved by hand: leaving with unsaved text asks first.
  useLeaveWarning(
    useCallback(() => dirty || pending, [dirty, pending]),
    props.editable,
  );

  return (
    <div className="story-editor">
      <WorkflowBar target={{ storyId: props.storyId }} head={props.head} view={props.workflow} saved={!dirty} timeZone={props.timeZone} />
      <FormError message={error} />
      <form
        className="studio-form"
        onSubmit={(event) => {
          event.preventDefault();
          run(() => saveStory({ storyId: props.storyId, expectedHead: props.head, ...values }));
        }}
      >
        <StoryFields
          values={values}
          initialBody={props.values.body}
          editable={props.editable}
          fieldErrors={fieldErrors}
          people={props.people}
          interviews={props.interviews}
          update={update}
        />
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
