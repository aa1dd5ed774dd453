"use client";

import type { Editor } from "@tiptap/core";
import { useTranslations } from "next-intl";
import { useState, type FormEvent } from "react";
import { isSafeHref } from "@/lib/content/schema";

/** What people type, made into a link target: "karriere.example" → https://, "a@b.de" → mailto:. */
export function normalizeHref(input: string): string {
  const value = input.trim();
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return value;
  if (/^[^\s@/]+@[^\s@/]+\.[a-z]{2,}$/i.test(value)) return `mailto:${value}`;
  if (/^\+?[\d\s/()-]{6,}$/.test(value)) return `tel:${value.replace(/[^\d+]/g, "")}`;
  return `https://${value.replace(/^\/+/, "")}`;
}

/** Sets, changes or removes the link on the selection; refuses addresses that are not web, mail or phone. */
export function LinkPopover({ editor, onClose }: { editor: Editor; onClose: () => void }) {
  const t = useTranslations("studio.editor.linkDialog");
  const current = (editor.getAttributes("link").href as string | undefined) ?? "";
  const [value, setValue] = useState(current);
  const [error, setError] = useState<string | null>(null);

  function apply(event: FormEvent) {
    event.preventDefault();
    if (!value.trim()) {
      editor.chain().focus().extendMarkRange("link").unsetLink().run();
      return onClose();
    }
    const href = normalizeHref(value);
    if (!isSafeHref(href)) return setError(t("invalid"));
    const chain = editor.chain().focus().extendMarkRange("link");
    // With nothing selected, the address itself becomes the linked text.
    if (editor.state.selection.empty && !current) chain.insertContent({ type: "text", text: value.trim(), marks: [{ type: "link", attrs: { href } }] }).run();
    else chain.setLink({ href }).run();
    onClose();
  }

  return (
    <form className="link-popover" onSubmit={apply} onKeyDown={(event) => event.key === "Escape" && onClose()}>
      <label htmlFor="link-href">{t("label")}</label>
      <input
        id="link-href"
        value={value}
        autoFocus
        placeholder="https://"
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? "link-href-error" : "link-href-hint"}
        onChange={(event) => {
          setValue(event.target.value);
          setError(null);
        }}
      />
      <button type="submit" className="button button-small">
        {t("apply")}
      </button>
      {current ? (
        <button
          type="button"
          className="button button-small button-secondary"
          onClick={() => {
            editor.chain().focus().extendMarkRange("link").unsetLink().run();
            onClose();
          }}
        >
          {t("remove")}
        </button>
      ) : null}
      <button type="button" className="button button-small button-secondary" onClick={onClose}>
        {t("cancel")}
      </button>
      {error ? (
        <p className="field-error" id="link-href-error">
          {error}
        </p>
      ) : (
        <p className="field-hint" id="link-href-hint">
          {t("hint")}
        </p>
      )}
    </form>
  );
}
