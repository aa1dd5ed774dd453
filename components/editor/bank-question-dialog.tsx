"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";

export type BankQuestion = { id: string; text: string; locale: string; seriesId: string | null };

/** Picks a question from the bank (those of the interview's series and language, and the general ones). */
export function BankQuestionDialog({ questions, onPick, onClose }: { questions: BankQuestion[]; onPick: (text: string) => void; onClose: () => void }) {
  const t = useTranslations("studio.editor.bank");
  const dialog = useRef<HTMLDialogElement>(null);
  const [query, setQuery] = useState("");
  useEffect(() => {
    if (!dialog.current?.open) dialog.current?.showModal();
  }, []);
  const q = query.trim().toLowerCase();
  const shown = q ? questions.filter((question) => question.text.toLowerCase().includes(q)) : questions;
  return (
    <dialog ref={dialog} className="dialog bank-dialog" aria-labelledby="bank-title" onClose={onClose}>
      <h2 id="bank-title">{t("title")}</h2>
      {questions.length === 0 ? (
        <p>{t("empty")}</p>
      ) : (
        <>
          <div className="field">
            <label htmlFor="bank-search">{t("search")}</label>
            <input id="bank-search" type="search" value={query} autoFocus onChange={(event) => setQuery(event.target.value)} />
          </div>
          <ul role="list" className="bank-list">
            {shown.map((question) => (
              <li key={question.id}>
                <button type="button" className="bank-item" onClick={() => onPick(question.text)}>
                  {question.text}
                </button>
              </li>
            ))}
          </ul>
          {shown.length === 0 ? <p className="muted">{t("noMatch")}</p> : null}
        </>
      )}
      <div className="form-actions">
        <button type="button" className="button button-secondary" onClick={() => dialog.current?.close()}>
          {t("cancel")}
        </button>
      </div>
    </dialog>
  );
}
