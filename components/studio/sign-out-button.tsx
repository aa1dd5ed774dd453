"use client";

import { useRouter } from "next/navigation";
import { signOut } from "next-auth/react";

export function SignOutButton() {
  const router = useRouter();
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
      Abmelden
    </button>
  );
}
