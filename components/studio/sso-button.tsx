"use client";

import { signIn } from "next-auth/react";
import { useState } from "react";

/** Sign-in through the organisation's identity provider (shown only when it is set up). */
export function SsoButton({ label }: { label: string }) {
  const [pending, setPending] = useState(false);
  return (
    <div className="sso">
      <p className="sso-divider" aria-hidden="true">
        <span>oder</span>
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
        {label}
      </button>
    </div>
  );
}
