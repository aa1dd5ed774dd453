"use client";

import { useRouter } from "next/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { openStory } from "@/modules/universes/actions";
import { releaseTopic } from "@/modules/workflow/actions";
import { ActionButton } from "./action-button";

/** Opens (and on first use creates) the story of a topic told by a universe. */
export function OpenStoryButton({
  topicId,
  universeId,
  locale,
  label,
  ariaLabel,
}: {
  topicId: string;
  universeId: string;
  locale: Locale;
  label: string;
  ariaLabel: string;
}) {
  const router = useRouter();
  return (
    <ActionButton
      action={() => openStory({ topicId, universeId, locale })}
      onSuccess={(story) => router.push(`/studio/universes/stories/${story.id}`)}
      aria-label={ariaLabel}
    >
      {label}
    </ActionButton>
  );
}

/** Releases a topic in a language once the gate lets it. */
export function ReleaseTopicButton({ topicId, locale, label }: { topicId: string; locale: Locale; label: string }) {
  const router = useRouter();
  return (
    <ActionButton action={() => releaseTopic({ topicId, locale })} onSuccess={() => router.refresh()} className="button button-small">
      {label}
    </ActionButton>
  );
}
