/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is computed from the
 * seven digits with the weights 7, 9, 10, 5, 8, 4, 2: remainder 0 of the weighted sum modulo 11 gives 0, remainder 1
 * is never issued, any other remainder r gives 11 - r.
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2] as const;

/** The check digit for seven digits, or null when no valid business ID can have this base. */
export function businessIdCheckDigit(base: string): number | null {
  if (!/^[0-9]{7}$/.test(base)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(base[i]) * WEIGHTS[i]!;
  const remainder = sum % 11;
  if (remainder === 0) return 0;
  if (remainder === 1) return null;
  return 11 - remainder;
}

/** Whether the text is a well-formed business ID with a correct check digit, e.g. '0112038-9'. */
export function isValidBusinessId(s: string): boolean {
  const match = /^([0-9]{7})-([0-9])$/.exec(s);
  if (!match) return false;
  return businessIdCheckDigit(match[1]!) === Number(match[2]);
}

/**
 * Tidies what a person typed: trims, drops inner spaces and pads an old six-digit ID with a leading zero.
 * Returns the canonical form when it is valid, otherwise null.
 */
export function normalizeBusinessId(s: string): string | null {
  let t = s.trim().replace(/\s+/g, '');
  if (/^[0-9]{6}-[0-9]$/.test(t)) t = `0${t}`;
  return isValidBusinessId(t) ? t : null;
}
