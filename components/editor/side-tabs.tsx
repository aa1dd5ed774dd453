"use client";

import { useTranslations } from "next-intl";

const SIDE_TABS = ["settings", "preview", "review"] as const;
export type SideTab = (typeof SIDE_TABS)[number];

/** The tabs beside the text; the arrow keys move between them, and the chosen one alone is in the tab order. */
export function SideTabs({ label, tab, onTab }: { label: string; tab: SideTab; onTab: (tab: SideTab) => void }) {
  const t = useTranslations("studio.editor");
  return (
    <div className="tabs" role="tablist" aria-label={label}>
      {SIDE_TABS.map((name, index) => (
        <button
          key={name}
          type="button"
          role="tab"
          id={`tab-${name}`}
          aria-selected={tab === name}
          aria-controls={`panel-${name}`}
          tabIndex={tab === name ? 0 : -1}
          onClick={() => onTab(name)}
          onKeyDown={(event) => {
            if (event.key === "ArrowRight" || event.key === "ArrowLeft") {
              const step = event.key === "ArrowRight" ? 1 : SIDE_TABS.length - 1;
              const next = SIDE_TABS[(index + step) % SIDE_TABS.length]!;
              onTab(next);
              document.getElementById(`tab-${next}`)?.focus();
            }
          }}
        >
          {t(`tabs.${name}`)}
        </button>
      ))}
    </div>
  );
}
