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

/** Relative luminance of a six-digit hex colour (WCAG 2.2). */
function luminance(hex: string): number {
  const channel = (offset: number) => {
    const value = parseInt(hex.slice(offset, offset + 2), 16) / 255;
    return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(1) + 0.7152 * channel(3) + 0.0722 * channel(5);
}

/** Contrast of the colour against white, where the accent carries links and button text. */
export function contrastOnWhite(hex: string): number {
  return 1.05 / (luminance(hex) + 0.05);
}

/** WCAG AA for normal text: the accent colours links and white button labels sit on it. */
export const MIN_ACCENT_CONTRAST = 4.5;

export function isHexColor(value: string): boolean {
  return HEX_COLOR.test(value);
}
