import { randomInt } from 'node:crypto';

/** Letters and digits that are not mistaken for each other (no I, O). */
const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

/** A request's reference "VA-XXXX-XXXX" (vertaisapu): random, nothing personal in it. */
export function newRequestReference(): string {
  const part = () => Array.from({ length: 4 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
  return `VA-${part()}-${part()}`;
}
