"use client";

import { useState } from "react";

type Props = { url: string; expiresAt: string; email: string; mailed: boolean | null; label: string };

/**
 * A one-time link, shown once to the admin who made it, with a copy button and its expiry;
 * and whether it also went out by mail (`mailed` is null when no mail server is set up).
 */
export function IssuedLink({ url, expiresAt, email, mailed, label }: Props) {
  const [copied, setCopied] = useState(false);
  const until = new Intl.DateTimeFormat("de-DE", { dateStyle: "long", timeStyle: "short" }).format(new Date(expiresAt));
  const id = `link-${url.slice(-8)}`;
  return (
    <div className="issued-link">
      <label htmlFor={id}>{label}</label>
      <div className="issued-link-row">
        <input id={id} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <button
          type="button"
          className="button button-small"
          onClick={async () => {
            await navigator.clipboard.writeText(url);
            setCopied(true);
          }}
        >
          {copied ? "Kopiert" : "Link kopieren"}
        </button>
      </div>
      {mailed === false ? (
        <p className="field-error" role="alert">
          Die E-Mail an {email} ließ sich nicht senden. Gib den Link bitte selbst weiter.
        </p>
      ) : null}
      <p className="field-hint" role={mailed ? "status" : undefined}>
        {mailed ? `Wir haben den Link an ${email} geschickt.` : mailed === null ? `Gib den Link an ${email} weiter.` : null} Er funktioniert einmal, bis{" "}
        {until} Uhr, und wird nur jetzt angezeigt.
      </p>
    </div>
  );
}
