"use client";

import { useState } from "react";

/** A one-time link, shown once to the admin who made it, with a copy button and its expiry. */
export function IssuedLink({ url, expiresAt, email, label }: { url: string; expiresAt: string; email: string; label: string }) {
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
      <p className="field-hint">
        Gib den Link an {email} weiter. Er funktioniert einmal, bis {until} Uhr, und wird nur jetzt angezeigt.
      </p>
    </div>
  );
}
