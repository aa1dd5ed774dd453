"use client";

import { useRouter } from "next/navigation";
import { openStory, releaseTopic } from "@/app/studio/actions/universes";
import { ActionButton } from "./action-button";

/** Opens (and on first use creates) the story of a topic told by a universe. */
export function OpenStoryButton({ topicId, universeId, locale, label, ariaLabel }: { topicId: string; universeId: string; locale: string; label: string; ariaLabel: string }) {
  const router = useRouter();
  return (
    <ActionButton action={() => openStory({ topicId, universeId, locale })} onSuccess={(story) => router.push(`/studio/universes/stories/${story.id}`)} aria-label={ariaLabel}>
      {label}
    </ActionButton>
  );
}

/** Releases a topic in a language once the gate lets it. */
export function ReleaseTopicButton({ topicId, locale, label }: { topicId: string; locale: string; label: string }) {
  const router = useRouter();
  return (
    <ActionButton action={() => releaseTopic({ topicId, locale })} onSuccess={() => router.refresh()} className="button button-small">
      {label}
    </ActionButton>
  );
}
