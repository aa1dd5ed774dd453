import type { CSSProperties } from "react";

const HEX_COLOR = /^#[0-9a-f]{6}$/i;
export const DEFAULT_ACCENT = "#b4461b";

/** The accent colour if it is a six-digit hex colour, else the default: never raw input. */
export function safeAccent(accent: string): string {
  return HEX_COLOR.test(accent) ? accent : DEFAULT_ACCENT;
}

/**
 * The accent colour from settings as a CSS variable. Only a six-digit hex colour is
 * accepted, so a bad value can never inject CSS. globals.css derives the shades.
 */
export function accentStyle(accent: string): CSSProperties {
  return { "--accent": safeAccent(accent) } as CSSProperties;
}
