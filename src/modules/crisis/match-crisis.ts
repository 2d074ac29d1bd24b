/**
 * Does a search text express a crisis? Pure matching, no database: the phrases come from `crisis_phrase`.
 *
 * Both sides are normalised the same way: NFC, lower case, every run of characters other than letters and digits
 * becomes one space (so "itsemurha-ajatuksia" is two words and "don't" is "don t"), and ä / ö / å are compared as
 * a / o / a, since people on phones often type without them ("vill do", "haluan kuolla" stays as it is). A phrase
 * word ending in `*` matches every word that starts with it; between two words of a phrase at most one other word
 * may stand ("en halua enää elää" matches "en halua elää").
 */

const MAX_GAP = 1;

export interface CrisisPattern {
  words: { text: string; prefix: boolean }[];
}

/** Lower case, folded (ä → a, ö → o, å → a), punctuation as spaces; the words in order. */
export function crisisWords(text: string): string[] {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[^\p{L}\p{N}*]+/gu, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** A phrase as stored (words, `*` at a word's end) made ready for matching; null when it has no words. */
export function crisisPattern(phrase: string): CrisisPattern | null {
  const words = crisisWords(phrase)
    .map((w) => ({ text: w.replace(/\*+$/, '').replace(/\*/g, ''), prefix: w.endsWith('*') }))
    .filter((w) => w.text.length > 0);
  return words.length > 0 ? { words } : null;
}

function wordMatches(typed: string, word: CrisisPattern['words'][number]): boolean {
  return word.prefix ? typed.startsWith(word.text) : typed === word.text;
}

/** The phrase's words in order, starting at `at`, with at most MAX_GAP other words between two of them. */
function matchesFrom(typed: string[], at: number, pattern: CrisisPattern, index: number): boolean {
  if (index === pattern.words.length) return true;
  const word = pattern.words[index]!;
  const last = index === 0 ? at : Math.min(typed.length - 1, at + MAX_GAP);
  for (let i = at; i <= last; i++) {
    if (wordMatches(typed[i]!, word) && matchesFrom(typed, i + 1, pattern, index + 1)) return true;
  }
  return false;
}

/** True when the text contains one of the patterns. */
export function matchesCrisis(text: string, patterns: readonly CrisisPattern[]): boolean {
  const typed = crisisWords(text).map((w) => w.replace(/\*/g, ''));
  if (typed.length === 0) return false;
  return patterns.some((p) => typed.some((_, start) => matchesFrom(typed, start, p, 0)));
}
