/** The icons a work universe can carry beside its colour (drawn by components/site/universe-icon.tsx). */
export const UNIVERSE_ICONS = ["wrench", "spotlight", "ledger", "circle", "users", "leaf", "rocket", "compass", "lightbulb", "handshake"] as const;
export type UniverseIconName = (typeof UNIVERSE_ICONS)[number];

export function isUniverseIcon(value: string | null | undefined): value is UniverseIconName {
  return (UNIVERSE_ICONS as readonly string[]).includes(value ?? "");
}
