"use client";

import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useCallback } from "react";
import { plainText, readingMinutes, wordCount } from "@/lib/content/text";
import type { TiptapDoc } from "@/lib/content/schema";
import { FieldFrame } from "@/components/studio/field";
import type { DraftValues } from "./draft-types";
import { TextEditor } from "./text-editor";

/** How title and teaser differ: the title is one line (a pasted line break becomes a space), the teaser a short paragraph. */
const PLAIN_FIELDS = {
  title: { rows: 1, maxLength: 200, clean: (text: string) => text.replace(/\n/g, " ") },
  teaser: { rows: 3, maxLength: 600, clean: (text: string) => text },
};

/** Title and teaser: bare text areas, their labels there for screen readers only. */
function PlainTextArea({
  name,
  label,
  placeholder,
  value,
  errors,
  editable,
  onChange,
}: {
  name: keyof typeof PLAIN_FIELDS;
  label: string;
  placeholder: string;
  value: string;
  errors: string[] | undefined;
  editable: boolean;
  onChange: (value: string) => void;
}) {
  const { rows, maxLength, clean } = PLAIN_FIELDS[name];
  return (
    <FieldFrame id={`editor-${name}`} label={label} labelClassName="visually-hidden" errors={errors} className="editor-field">
      {(control) => (
        <textarea
          {...control}
          className={`editor-${name}`}
          rows={rows}
          value={value}
          readOnly={!editable}
          maxLength={maxLength}
          placeholder={placeholder}
          onChange={(event) => onChange(clean(event.target.value))}
        />
      )}
    </FieldFrame>
  );
}

/** The middle column: title, teaser and text, and how long the text is to read. */
export function EditorMain({
  initialBody,
  values,
  errors,
  editable,
  onChange,
  onReady,
  onBankQuestion,
  onNotice,
}: {
  /** The text the editor opened with (Tiptap keeps its own state from there). */
  initialBody: TiptapDoc;
  values: DraftValues;
  errors: Record<string, string[]>;
  editable: boolean;
  onChange: (patch: Partial<DraftValues>) => void;
  onReady: (editor: Editor) => void;
  onBankQuestion: () => void;
  onNotice: (notice: string | null) => void;
}) {
  const t = useTranslations("studio.editor");
  const words = wordCount(plainText(values.body));
  const onBody = useCallback((body: TiptapDoc) => onChange({ body }), [onChange]);
  return (
    <div className="editor-main">
      {(["title", "teaser"] as const).map((name) => (
        <PlainTextArea
          key={name}
          name={name}
          label={t(name)}
          placeholder={t(`${name}Placeholder`)}
          value={values[name]}
          errors={errors[name]}
          editable={editable}
          onChange={(text) => onChange({ [name]: text })}
        />
      ))}
      <TextEditor
        initial={initialBody}
        editable={editable}
        label={t("text")}
        onChange={onBody}
        onReady={onReady}
        onBankQuestion={onBankQuestion}
        onNotice={onNotice}
      />
      <p className="editor-count">{t("count", { words, minutes: readingMinutes(words) })}</p>
    </div>
  );
}
