"use client";

import { useRouter } from "next/navigation";
import { markNotificationsRead } from "@/modules/workflow/actions";
import { ActionButton } from "./action-button";

/** Marks every notification read, then refreshes the page and the sidebar's count. */
export function MarkReadButton({ label }: { label: string }) {
  const router = useRouter();
  return (
    <ActionButton action={() => markNotificationsRead({})} onSuccess={() => router.refresh()}>
      {label}
    </ActionButton>
  );
}
