"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Modal } from "@/components/studio/modal";

export type BankQuestion = { id: string; text: string; locale: string; seriesId: string | null };

/** Picks a question from the bank (those of the interview's series and language, and the general ones). */
export function BankQuestionDialog({ questions, onPick, onClose }: { questions: BankQuestion[]; onPick: (text: string) => void; onClose: () => void }) {
  const t = useTranslations("studio.editor.bank");
  const [query, setQuery] = useState("");
  const q = query.trim().toLowerCase();
  const shown = q ? questions.filter((question) => question.text.toLowerCase().includes(q)) : questions;
  return (
    <Modal title={t("title")} className="bank-dialog" onClose={onClose}>
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
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t("cancel")}
        </button>
      </div>
    </Modal>
  );
}
