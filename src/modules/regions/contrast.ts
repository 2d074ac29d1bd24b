/**
 * WCAG 2.1 contrast (success criteria 1.4.3 and 1.4.11): relative luminance of an sRGB colour and the contrast ratio
 * of two colours. A portal's accent colour is used both as a background under white text (the portal's banner and
 * buttons) and as the colour of text and borders on the page's white background; either way the pair is the accent
 * colour and white, so one ratio decides both.
 */

export const WHITE = '#ffffff';
/** WCAG AA for normal-size text. */
export const MIN_CONTRAST = 4.5;

const HEX6 = /^#([0-9a-f]{6})$/;
const HEX3 = /^#([0-9a-f]{3})$/;

/** `#RGB` or `#RRGGBB` (any case, spaces around) as lower-case `#rrggbb`; null for anything else. */
export function normaliseHexColour(value: string): string | null {
  const v = value.trim().toLowerCase();
  if (HEX6.test(v)) return v;
  const short = HEX3.exec(v);
  if (short) return `#${[...short[1]!].map((c) => c + c).join('')}`;
  return null;
}

function channel(c8: number): number {
  const c = c8 / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

/** Relative luminance (0 black … 1 white) of a `#rrggbb` colour. */
export function relativeLuminance(hex: string): number {
  const v = normaliseHexColour(hex);
  if (!v) throw new Error(`not a hex colour: ${hex}`);
  const n = Number.parseInt(v.slice(1), 16);
  return 0.2126 * channel((n >> 16) & 0xff) + 0.7152 * channel((n >> 8) & 0xff) + 0.0722 * channel(n & 0xff);
}

/** The contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: string, b: string): number {
  const [l1, l2] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (l1 + 0.05) / (l2 + 0.05);
}

/** Whether an accent colour can carry white text and stand as text on white: a ratio of at least 4.5 with white. */
export function isUsableAccent(hex: string): boolean {
  return contrastRatio(hex, WHITE) >= MIN_CONTRAST;
}
