"use client";

import { useTranslations } from "next-intl";
import { intlLocale } from "@/lib/dates";
import { CopyButton } from "./copy-button";
import { useStudioLocale } from "./use-studio-locale";

type Props = { url: string; expiresAt: string; email: string; mailed: boolean | null; label: string; reusable?: boolean; note?: string };

/**
 * A link with a secret, shown once to whoever made it (one-time unless `reusable`), with a copy button and its expiry;
 * and whether it also went out by mail (`mailed` is null when no mail server is set up); `note` says instead what the link is for.
 */
export function IssuedLink({ url, expiresAt, email, mailed, label, reusable = false, note }: Props) {
  const t = useTranslations("studio.issuedLink");
  const until = new Intl.DateTimeFormat(intlLocale(useStudioLocale()), { dateStyle: "long", timeStyle: "short" }).format(new Date(expiresAt));
  const id = `link-${url.slice(-8)}`;
  return (
    <div className="issued-link">
      <label htmlFor={id}>{label}</label>
      <div className="issued-link-row">
        <input id={id} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
        <CopyButton text={url} className="button button-small" label={t("copy")} copiedLabel={t("copied")} />
      </div>
      {mailed === false ? (
        <p className="field-error" role="alert">
          {t("mailFailed", { email })}
        </p>
      ) : null}
      <p className="field-hint" role={mailed ? "status" : undefined}>
        {note ?? (
          <>
            {mailed ? t("mailed", { email }) : mailed === null ? t("passOn", { email }) : null} {t(reusable ? "validityReusable" : "validity", { until })}
          </>
        )}
      </p>
    </div>
  );
}
