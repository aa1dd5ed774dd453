"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useCallback, useState, useTransition } from "react";
import { saveStory } from "@/modules/universes/actions";
import { Field, FormError, Options, SelectField, TextAreaField } from "@/components/studio/field";
import type { TiptapDoc } from "@/lib/content/schema";
import type { WorkflowView } from "@/modules/workflow";
import { TextEditor } from "./text-editor";
import { useLeaveWarning } from "./use-leave-warning";
import { WorkflowBar } from "./workflow-bar";

type Values = { title: string; teaser: string; body: TiptapDoc; personId: string; interviewId: string };

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
  people: { id: string; name: string }[];
  interviews: { id: string; name: string }[];
  timeZone: string;
}) {
  const t = useTranslations("studio.stories");
  const router = useRouter();
  const [values, setValues] = useState(props.values);
  const [dirty, setDirty] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
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
  // Stories are saved by hand: leaving with unsaved text asks first.
  useLeaveWarning(
    useCallback(() => dirty || pending, [dirty, pending]),
    props.editable,
  );

  function save() {
    setError(null);
    start(async () => {
      const result = await saveStory({ storyId: props.storyId, expectedHead: props.head, ...values });
      setFieldErrors(result.ok ? {} : (result.fieldErrors ?? {}));
      if (!result.ok) {
        if (!result.fieldErrors) setError(result.error);
        return;
      }
      setDirty(false);
      router.refresh();
    });
  }

  return (
    <div className="story-editor">
      <WorkflowBar target={{ storyId: props.storyId }} head={props.head} view={props.workflow} saved={!dirty} timeZone={props.timeZone} />
      <FormError message={error} />
      <form
        className="studio-form"
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
      >
        <fieldset disabled={!props.editable}>
          <Field
            name="title"
            label={t("title")}
            value={values.title}
            errors={fieldErrors.title}
            maxLength={200}
            onChange={(event) => update({ title: event.target.value })}
          />
          <TextAreaField
            name="teaser"
            label={t("teaser")}
            hint={t("teaserHint")}
            value={values.teaser}
            errors={fieldErrors.teaser}
            rows={2}
            maxLength={300}
            onChange={(event) => update({ teaser: event.target.value })}
          />
          <TextEditor
            initial={props.values.body}
            editable={props.editable}
            label={t("body")}
            onChange={onBody}
            onReady={ignore}
            onBankQuestion={ignore}
            onNotice={ignore}
          />
          {fieldErrors.body ? <p className="field-error">{fieldErrors.body.join(" ")}</p> : null}
          <SelectField
            name="personId"
            label={t("person")}
            hint={t("personHint")}
            value={values.personId}
            onChange={(event) => update({ personId: event.target.value })}
          >
            <option value="">{t("noPerson")}</option>
            <Options items={props.people} />
          </SelectField>
          <SelectField
            name="interviewId"
            label={t("interview")}
            hint={t("interviewHint")}
            value={values.interviewId}
            onChange={(event) => update({ interviewId: event.target.value })}
          >
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
