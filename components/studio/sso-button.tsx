"use client";

import { signIn } from "next-auth/react";
import { useTranslations } from "next-intl";
import { useState } from "react";

/** Sign-in through the organisation's identity provider (shown only when it is set up). */
export function SsoButton({ provider }: { provider: string }) {
  const [pending, setPending] = useState(false);
  const t = useTranslations("studio.signIn");
  return (
    <div className="sso">
      <p className="sso-divider" aria-hidden="true">
        <span>{t("or")}</span>
      </p>
      <button
        type="button"
        className="button button-secondary"
        disabled={pending}
        onClick={() => {
          setPending(true);
          void signIn("oidc", { callbackUrl: "/studio" });
        }}
      >
        {t("sso", { name: provider })}
      </button>
    </div>
  );
}
