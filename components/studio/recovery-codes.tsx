"use client";

import { useState } from "react";

/** Recovery codes, shown once: to copy or save as a text file before leaving. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const [copied, setCopied] = useState(false);
  const text = codes.join("\n");
  return (
    <section className="recovery-codes" aria-labelledby="recovery-heading">
      <h3 id="recovery-heading">Deine Wiederherstellungscodes</h3>
      <p>
        Mit jedem Code kannst du dich einmal ohne App anmelden, falls du dein Telefon verlierst. Bewahre sie sicher auf, etwa im
        Passwortmanager. Sie werden nur jetzt angezeigt.
      </p>
      <ul role="list" aria-label="Wiederherstellungscodes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <button
          type="button"
          className="button button-secondary"
          onClick={async () => {
            await navigator.clipboard.writeText(text);
            setCopied(true);
          }}
        >
          {copied ? "Kopiert" : "Codes kopieren"}
        </button>
        <a className="button button-secondary" download="einblick-wiederherstellungscodes.txt" href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}>
          Als Textdatei speichern
        </a>
        <button type="button" className="button" onClick={onDone}>
          Ich habe die Codes gesichert
        </button>
      </div>
    </section>
  );
}
