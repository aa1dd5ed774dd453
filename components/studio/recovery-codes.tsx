"use client";

import { useTranslations } from "next-intl";
import { CopyButton } from "./copy-button";

/** Recovery codes, shown once: to copy or save as a text file before leaving. */
export function RecoveryCodes({ codes, onDone }: { codes: string[]; onDone: () => void }) {
  const t = useTranslations("studio.twoFactor");
  const text = codes.join("\n");
  return (
    <section className="recovery-codes" aria-labelledby="recovery-heading">
      <h3 id="recovery-heading">{t("yourCodes")}</h3>
      <p>{t("codesIntro")}</p>
      <ul role="list" aria-label={t("codesTitle")}>
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ul>
      <div className="form-actions">
        <CopyButton text={text} className="button button-secondary" label={t("copyCodes")} copiedLabel={t("copied")} />
        <a className="button button-secondary" download={t("downloadName")} href={`data:text/plain;charset=utf-8,${encodeURIComponent(text)}`}>
          {t("download")}
        </a>
        <button type="button" className="button" onClick={onDone}>
          {t("done")}
        </button>
      </div>
    </section>
  );
}
