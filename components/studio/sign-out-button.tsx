"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";
import { useTranslations } from "next-intl";

export function SignOutButton() {
  const router = useRouter();
  const t = useTranslations("studio.shell");
  return (
    <button
      type="button"
      className="button button-small button-quiet"
      onClick={async () => {
        await signOut({ redirect: false });
        router.replace("/studio/sign-in");
        router.refresh();
      }}
    >
      {t("signOut")}
    </button>
  );
}
