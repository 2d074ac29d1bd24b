import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isLexiconWord, leadingParts } from './compound.js';
import { checkWordsOf, correctionsOf } from './correct-words.js';
import { expandQuery, expandWord } from './expand-query.js';
import { baseFormCandidates } from './finnish-inflection.js';
import type { LayReading } from './lay-query.js';
import { stemsOf, vocabularyFacts, type CheckWord } from './lookup-words.js';
import { queryWords, type ParsedQuery, type WordAlternatives, type WordStems } from './search-query.js';
import type { SynonymEntry } from './synonyms.data.js';
import { isSwedishPart, swedishBaseForms, swedishSplit } from './swedish-words.js';
import { MIN_CORRECTED_WORD, type Correction } from './vocabulary.js';

export interface QueryAnalysis {
  stems: Map<string, WordStems>;
  /** base forms, compound parts, synonyms of each word */
  alternatives: WordAlternatives;
  /** the same plus typo corrections (equal to `alternatives` when there are none) */
  corrected: WordAlternatives;
  corrections: Map<string, Correction[]>;
}

const MAX_BASE_FORMS = 3;

/**
 * Everything the search knows about the words of a query, in one round trip to the database (two parallel
 * statements, skipped for words already cached) plus one more only when base forms or corrections bring new words:
 * - Finnish base forms from the rule-based suffix stripper (finnish-inflection.ts), kept when the compound lexicon or
 *   the search vocabulary has them; for a compound with an inflected last part, its known first part + the base
 *   form of the rest ("maahanmuuttajanaisille" → maahanmuuttaja & nainen);
 * - compound parts and curated synonyms (expand-query.ts), also of the base forms;
 * - typo corrections of words the vocabulary does not know (correct-words.ts);
 * - Swedish base forms and compound parts (swedish-words.ts) in the Swedish interface or for words with å;
 * - what the lay vocabulary read in the query (lay-query.ts): relation words match only what they mean, lay phrases
 *   add what they mean, and no recognised word is corrected as a typo.
 */
export async function analyzeQuery({
  db,
  parsed,
  lang,
  synonyms,
  lay,
}: {
  db: Database;
  parsed: ParsedQuery;
  lang: Lang;
  synonyms: SynonymEntry[] | undefined;
  lay?: Pick<LayReading, 'fixed' | 'extra' | 'recognised'>;
}): Promise<QueryAnalysis> {
  const fixed = lay?.fixed ?? new Map<string, string[][]>();
  const expansion = expandQuery(parsed, lang, synonyms);
  for (const w of fixed.keys()) expansion.alternatives.delete(w);
  const typed = checkWordsOf(parsed).filter((t) => !fixed.has(t.word));
  const layWords = [...fixed.values(), ...(lay?.extra.values() ?? [])].flat(2);

  // Base-form candidates per positive word: those the lexicon knows are taken at once; the rest are verified
  // against the vocabulary in the same round trip.
  const baseForms = new Map<string, string[][]>();
  const toVerify = new Map<string, { word: string; alt: string[] }[]>();
  for (const { word } of typed) {
    if (baseForms.has(word)) continue;
    const found: string[][] = [];
    const verify: { word: string; alt: string[] }[] = [];
    for (const c of baseFormCandidates(word)) {
      if (isLexiconWord(c)) found.push([c]);
      else verify.push({ word: c, alt: [c] });
    }
    for (const { part, rest } of leadingParts(word)) {
      for (const c of [rest, ...baseFormCandidates(rest)]) if (isLexiconWord(c) && c !== part) found.push([part, c]);
    }
    if (lang === 'sv' || word.includes('å')) {
      const parts = swedishSplit(word);
      if (parts.length >= 2) found.push(parts);
      for (const c of swedishBaseForms(word)) {
        if (isSwedishPart(c)) found.push([c]);
        else verify.push({ word: c, alt: [c] });
      }
    }
    baseForms.set(word, found);
    toVerify.set(word, verify);
  }
  const verifyWords: CheckWord[] = [...new Set([...toVerify.values()].flat().map((v) => v.word))].map((w) => ({
    word: w,
    prefix: false,
    correct: false,
  }));

  // The vocabulary look-up also stems the words it checks; the rest are stemmed alongside (both usually cached).
  const all = [...new Set([...queryWords(parsed), ...expansion.words, ...layWords])];
  const checked = new Set([...typed, ...verifyWords].map((w) => w.word).filter((w) => w.length >= MIN_CORRECTED_WORD));
  const [, facts] = await Promise.all([
    stemsOf(
      db,
      all.filter((w) => !checked.has(w)),
    ),
    vocabularyFacts(db, [...typed, ...verifyWords]),
  ]);
  const stems = await stemsOf(db, all);

  const alternatives: WordAlternatives = new Map(expansion.alternatives);
  const addAlternatives = (target: WordAlternatives, word: string, alts: string[][]) => {
    const list = [...(target.get(word) ?? [])];
    const seen = new Set(list.map((a) => a.join(' ')));
    for (const a of alts) {
      const key = a.join(' ');
      if (a.length === 1 && a[0] === word) continue;
      if (!seen.has(key)) {
        seen.add(key);
        list.push(a);
      }
    }
    if (list.length > 0) target.set(word, list);
  };
  const withExpansion = (alts: string[][]) => {
    const out: string[][] = [];
    for (const a of alts) {
      out.push(a);
      if (a.length === 1) for (const x of expandWord(a[0]!, lang, synonyms)) out.push(x);
    }
    return out;
  };

  const verified = new Set<string>();
  for (const [word, found] of baseForms) {
    const ok = (toVerify.get(word) ?? [])
      .filter((v) => (facts.get(v.word)?.exact ?? 0) > 0)
      .sort((a, b) => (facts.get(b.word)?.exact ?? 0) - (facts.get(a.word)?.exact ?? 0))
      .slice(0, MAX_BASE_FORMS)
      .map((v) => v.alt);
    const all = [...found, ...ok];
    if (all.length > 0) verified.add(word);
    addAlternatives(alternatives, word, withExpansion(all));
  }

  // What the lay vocabulary read: relation words match only what they mean, phrases add what they mean.
  for (const [word, alts] of fixed) alternatives.set(word, withExpansion(alts).filter((a) => !(a.length === 1 && a[0] === word)));
  for (const [word, alts] of lay?.extra ?? []) addAlternatives(alternatives, word, withExpansion(alts));

  // A word that has a verified base form, or that the lay vocabulary recognised, is no typo.
  const typoFacts = new Map(
    [...facts].filter(([w]) => typed.some((t) => t.word === w) && !verified.has(w) && !lay?.recognised.has(w)),
  );
  const corrections = correctionsOf(typoFacts);
  let corrected = alternatives;
  if (corrections.size > 0) {
    corrected = new Map(alternatives);
    for (const [word, list] of corrections) addAlternatives(corrected, word, withExpansion(list.map((c) => [c.word])));
  }

  const missing = new Set<string>();
  for (const alts of corrected.values()) for (const a of alts) for (const w of a) if (!stems.has(w)) missing.add(w);
  if (missing.size > 0) for (const [w, s] of await stemsOf(db, [...missing])) stems.set(w, s);
  return { stems, alternatives, corrected, corrections };
}
