"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { signOutEverywhere } from "@/modules/accounts/actions";

export function SignOutEverywhereButton() {
  const router = useRouter();
  const t = useTranslations("studio.shell");
  const [error, setError] = useState<string | null>(null);
  return (
    <>
      <button
        type="button"
        className="button button-small button-quiet"
        onClick={async () => {
          const result = await signOutEverywhere({});
          if (!result.ok) return setError(result.error);
          router.replace("/studio/sign-in");
          router.refresh();
        }}
      >
        {t("signOutEverywhere")}
      </button>
      {error ? <span role="alert">{error}</span> : null}
    </>
  );
}
