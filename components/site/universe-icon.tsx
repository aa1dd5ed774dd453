import { Compass, Handshake, Landmark, Leaf, Lightbulb, Recycle, Rocket, Sparkles, Users, Wrench, type LucideIcon } from "lucide-react";
import { isUniverseIcon, type UniverseIconName } from "@/modules/universes";

const ICONS: Record<UniverseIconName, LucideIcon> = {
  wrench: Wrench,
  spotlight: Sparkles,
  ledger: Landmark,
  circle: Recycle,
  users: Users,
  leaf: Leaf,
  rocket: Rocket,
  compass: Compass,
  lightbulb: Lightbulb,
  handshake: Handshake,
};

/** A universe's icon in its colour; decoration only, as the name always stands beside it. */
export function UniverseIcon({ name, size = 22 }: { name: string | null; size?: number }) {
  if (!isUniverseIcon(name)) return null;
  const Icon = ICONS[name];
  return <Icon className="universe-icon" size={size} aria-hidden="true" focusable="false" strokeWidth={1.75} />;
}
