/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit comes from the
 * weights 7, 9, 10, 5, 8, 4, 2: sum mod 11; remainder 0 → 0, remainder 1 → no valid ID, otherwise 11 − remainder.
 * (Kept in the importer until the directory module's own business-id check lands.)
 */
export type YTunnusProblem = 'format' | 'check_digit';

export function checkYTunnus(value: string): YTunnusProblem | null {
  const m = /^(\d{7})-(\d)$/.exec(value);
  if (!m) return 'format';
  const weights = [7, 9, 10, 5, 8, 4, 2];
  const sum = [...m[1]!].reduce((acc, d, i) => acc + Number(d) * weights[i]!, 0);
  const remainder = sum % 11;
  if (remainder === 1) return 'check_digit';
  const check = remainder === 0 ? 0 : 11 - remainder;
  return check === Number(m[2]) ? null : 'check_digit';
}

export function isValidYTunnus(value: string): boolean {
  return checkYTunnus(value) === null;
}
