import { distance } from 'fastest-levenshtein';

/*
 * The search vocabulary (table search_word): every word of the indexed texts, taxonomy terms and synonyms. Pure
 * TypeScript helpers: collecting words at index time and choosing typo corrections among the candidates the database
 * returns (trigram neighbours and words equal without diacritics).
 */

const WORDS = /[\p{L}\p{N}]+/gu;
const LETTERS_ONLY = /^\p{L}+$/u;
export const MIN_VOCABULARY_WORD = 3;
const MAX_VOCABULARY_WORD = 40;

/** Adds the distinct words of one document's texts to `counts` (word → number of documents containing it). */
export function addDocumentWords(counts: Map<string, number>, texts: (string | null | undefined)[]): void {
  const seen = new Set<string>();
  for (const text of texts) {
    if (!text) continue;
    for (const w of text.toLocaleLowerCase('fi').match(WORDS) ?? []) {
      if (w.length < MIN_VOCABULARY_WORD || w.length > MAX_VOCABULARY_WORD || !LETTERS_ONLY.test(w) || seen.has(w)) continue;
      seen.add(w);
      counts.set(w, (counts.get(w) ?? 0) + 1);
    }
  }
}

/** The word without Finnish / Swedish diacritics, as typed on a keyboard without ä, ö, å. */
export function fold(word: string): string {
  return word.replace(/[äæ]/gu, 'a').replace(/[öø]/gu, 'o').replace(/å/gu, 'a').replace(/ü/gu, 'y');
}

/** How many edits a typed word of this length may be away from its correction (none for short words). */
export function maxEdits(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  return 2;
}

/** Shortest words corrected at all (the trigram look-up is skipped for shorter ones). */
export const MIN_CORRECTED_WORD = 4;

export interface Candidate {
  word: string;
  /** documents containing the word */
  n: number;
}

export interface Correction {
  word: string;
  edits: number;
  n: number;
}

/**
 * The corrections of a typed word among database candidates: within `maxEdits` (diacritics-only differences count as
 * zero, so even short words may be corrected "syopa" → syöpä), best first (fewest edits, then most common). Only the
 * candidates as good as the best one are kept, at most `limit`.
 */
export function chooseCorrections(typed: string, candidates: Candidate[], limit = 3): Correction[] {
  const folded = fold(typed);
  const scored: Correction[] = [];
  for (const c of candidates) {
    if (c.word === typed) continue;
    const sameFolded = fold(c.word) === folded;
    const edits = sameFolded ? 0 : distance(typed, c.word);
    if (!sameFolded && edits > maxEdits(typed.length)) continue;
    scored.push({ word: c.word, edits, n: c.n });
  }
  scored.sort((a, b) => a.edits - b.edits || b.n - a.n || (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const best = scored[0];
  if (!best) return [];
  return scored.filter((c) => c.edits === best.edits).slice(0, limit);
}
