import { queryLemmas } from './compound.js';
import type { VocabularyFact, CheckWord } from './lookup-words.js';
import type { ParsedQuery } from './search-query.js';
import { RARE_WORD } from './search.repo.js';
import type { SynonymEntry } from './synonyms.data.js';
import { chooseCorrections, type Correction } from './vocabulary.js';

/** The positive words of a query to check against the vocabulary (the last one may still be being typed). */
export function checkWordsOf(q: ParsedQuery, { complete = false }: { complete?: boolean } = {}): CheckWord[] {
  const out: CheckWord[] = [];
  for (const g of q.groups) {
    for (const t of g) {
      if (t.negated) continue;
      if (t.kind === 'word') out.push({ word: t.word, prefix: !complete && t.prefix });
      else for (const w of t.words) out.push({ word: w, prefix: false });
    }
  }
  return out;
}

/**
 * Typo corrections of the words the vocabulary does not know (or knows only from one or two documents): word → its nearest vocabulary words (fewest edits,
 * then most common). `strict` (for "did you mean"): a word that is a curated synonym or an inflected form of a
 * lexicon word is not corrected either.
 */
export function correctionsOf(
  facts: Map<string, VocabularyFact>,
  { strict = false, synonyms }: { strict?: boolean; synonyms?: SynonymEntry[] } = {},
): Map<string, Correction[]> {
  const terms = strict && synonyms ? new Set(synonyms.map((e) => e.term)) : undefined;
  const out = new Map<string, Correction[]>();
  for (const [word, fact] of facts) {
    if (fact.known >= RARE_WORD || fact.candidates.length === 0) continue;
    if (strict && (fact.known > 0 || terms?.has(word) || queryLemmas(word).length > 0)) continue;
    // A rare known word (perhaps a typo in some text) is corrected only towards clearly more common words.
    const candidates = fact.known > 0 ? fact.candidates.filter((c) => c.n >= RARE_WORD * fact.known) : fact.candidates;
    const chosen = chooseCorrections(word, candidates);
    if (chosen.length > 0) out.set(word, chosen);
  }
  return out;
}
