"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { issueConsentLink } from "@/modules/workflow/actions";
import { IssuedLink } from "@/components/studio/issued-link";
import { FormError } from "@/components/studio/field";

type Issued = { url: string; expiresAt: string; name: string; email: string | null; mailed: boolean | null };

/** Whether the featured person consented to this version, and a link to ask them. */
export function ConsentSection({ interviewId, consent, editable }: { interviewId: string; consent: boolean; editable: boolean }) {
  const t = useTranslations("studio.workflow.consentSection");
  const [issued, setIssued] = useState<Issued | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();
  return (
    <section className="settings-translation" aria-labelledby="consent-heading">
      <h3 id="consent-heading">{t("title")}</h3>
      <p className={consent ? "consent-state consent-yes" : "consent-state"}>{consent ? t("given") : t("missing")}</p>
      {editable ? (
        <button
          type="button"
          className="button button-small button-secondary"
          disabled={pending}
          onClick={() =>
            start(async () => {
              setError(null);
              const result = await issueConsentLink({ interviewId });
              if (result.ok) setIssued(result.data);
              else setError(result.error);
            })
          }
        >
          {t("issue")}
        </button>
      ) : null}
      <FormError message={error} />
      {issued ? (
        <IssuedLink
          url={issued.url}
          expiresAt={issued.expiresAt}
          email={issued.email ?? issued.name}
          mailed={issued.email ? issued.mailed : null}
          label={t("link", { name: issued.name })}
          reusable
        />
      ) : null}
    </section>
  );
}
