"use client";

import { useState, useTransition, type FormEvent } from "react";
import { askChanges, giveConsent, withdrawConsent } from "@/modules/workflow/actions";
import type { ActionResult } from "@/lib/action";

type Texts = {
  heading: string;
  intro: string;
  consent: string;
  consentDone: string;
  askLabel: string;
  askSend: string;
  askDone: string;
  withdraw: string;
  withdrawHint: string;
  withdrawDone: string;
  offline: string;
};

type Notice = { text: string; error: boolean };

/**
 * Runs one answer at a time and keeps what to say about it: `done` when it went through (after
 * `after` has run), the refusal, or `offline` when the server could not be reached.
 */
function useConsentAnswer(offline: string) {
  const [notice, setNotice] = useState<Notice | null>(null);
  const [pending, start] = useTransition();

  function run<T>(action: () => Promise<ActionResult<T>>, done: string, after?: () => void) {
    setNotice(null);
    start(async () => {
      try {
        const result = await action();
        if (result.ok) {
          after?.();
          setNotice({ text: done, error: false });
        } else {
          setNotice({ text: Object.values(result.fieldErrors ?? {})[0]?.[0] ?? result.error, error: true });
        }
      } catch {
        setNotice({ text: offline, error: true });
      }
    });
  }

  return { notice, pending, run };
}

/** Changes asked for in the person's own words; the text empties once they are sent. */
function AskForm({ texts, pending, onAsk }: { texts: Texts; pending: boolean; onAsk: (message: string, sent: () => void) => void }) {
  const [message, setMessage] = useState("");

  function ask(event: FormEvent) {
    event.preventDefault();
    onAsk(message, () => setMessage(""));
  }

  return (
    <form className="consent-ask" onSubmit={ask}>
      <label htmlFor="consent-message">{texts.askLabel}</label>
      <textarea id="consent-message" rows={3} maxLength={2000} value={message} onChange={(event) => setMessage(event.target.value)} />
      <button type="submit" className="button button-secondary" disabled={pending}>
        {texts.askSend}
      </button>
    </form>
  );
}

/**
 * What the featured person can do with their link: consent to the version they read, ask
 * for changes, or withdraw a consent given earlier. Every answer is said in a live region.
 */
export function ConsentPanel({ token, revision, state, texts }: { token: string; revision: number; state: "open" | "given" | "live"; texts: Texts }) {
  const [given, setGiven] = useState(state === "given");
  const [withdrawn, setWithdrawn] = useState(false);
  const { notice, pending, run } = useConsentAnswer(texts.offline);

  return (
    <section className="consent-panel" aria-labelledby="consent-heading">
      <div className="container consent-inner">
        <h1 id="consent-heading">{texts.heading}</h1>
        <p>{texts.intro}</p>
        {notice ? (
          <p className={notice.error ? "form-error" : "consent-done"} role={notice.error ? "alert" : "status"}>
            {notice.text}
          </p>
        ) : null}
        {!given && !withdrawn ? (
          <div className="consent-actions">
            <button
              type="button"
              className="button"
              disabled={pending}
              onClick={() =>
                run(
                  () => giveConsent({ token, revisionNumber: revision }),
                  texts.consentDone,
                  () => setGiven(true),
                )
              }
            >
              {texts.consent}
            </button>
          </div>
        ) : null}
        <AskForm texts={texts} pending={pending} onAsk={(message, sent) => run(() => askChanges({ token, message }), texts.askDone, sent)} />
        {(given || state === "live") && !withdrawn ? (
          <div className="consent-withdraw">
            <p className="muted">{texts.withdrawHint}</p>
            <button
              type="button"
              className="button button-secondary"
              disabled={pending}
              onClick={() =>
                run(
                  () => withdrawConsent({ token }),
                  texts.withdrawDone,
                  () => setWithdrawn(true),
                )
              }
            >
              {texts.withdraw}
            </button>
          </div>
        ) : null}
      </div>
    </section>
  );
}
