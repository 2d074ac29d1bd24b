import type { Lang } from '../../platform/i18n/i18n.js';
import { GENERIC_HEADS, queryLemmas, querySplit } from './compound.js';
import { synonymEntries, type SynonymEntry } from './synonyms.data.js';
import type { ParsedQuery, WordAlternatives } from './search-query.js';

/*
 * Query expansion in TypeScript (the same on PGlite and PostgreSQL): for each positive query word, its Finnish base
 * forms (from the compound lexicon), the parts of a compound, and the curated synonyms of the word or of its base
 * forms. The caller stems every word returned in `words` and builds the tsquery with `alternatives`.
 */

const defaultIndex = index(synonymEntries());
const indexes = new WeakMap<SynonymEntry[], Map<string, SynonymEntry[]>>();

function indexOf(list: SynonymEntry[] | undefined): Map<string, SynonymEntry[]> {
  if (!list) return defaultIndex;
  let idx = indexes.get(list);
  if (!idx) {
    idx = index(list);
    indexes.set(list, idx);
  }
  return idx;
}

function index(list: SynonymEntry[]): Map<string, SynonymEntry[]> {
  const map = new Map<string, SynonymEntry[]>();
  for (const e of list) {
    if (e.term.includes(' ')) continue;
    const l = map.get(e.term) ?? [];
    l.push(e);
    map.set(e.term, l);
  }
  return map;
}

const MAX_SYNONYMS_PER_WORD = 12;

/** Synonyms of a word: entries whose term is the word, or of which the word looks like an inflected form. */
function synonymsOf(word: string, lang: Lang, byTerm: Map<string, SynonymEntry[]>): string[] {
  const out = new Set<string>();
  const add = (list: SynonymEntry[] | undefined) => {
    for (const e of list ?? []) {
      // Finnish words are understood whatever the interface language; Swedish / English only in those interfaces
      // or when the word is not Finnish-looking: all languages are tried, the word itself decides.
      void lang;
      for (const x of e.expansion) {
        if (x.includes(' ')) continue;
        out.add(x);
        // "päihteet" is indexed as the compound part "päihde": the synonym's own base forms match too.
        for (const l of queryLemmas(x)) out.add(l);
      }
    }
  };
  add(byTerm.get(word));
  for (const lemma of queryLemmas(word)) add(byTerm.get(lemma));
  out.delete(word);
  return [...out].slice(0, MAX_SYNONYMS_PER_WORD);
}

export interface QueryExpansion {
  alternatives: WordAlternatives;
  /** Extra words to stem (base forms, parts, synonyms). */
  words: string[];
}

/** Other ways one word may match: its base forms, its compound parts (all together) and its synonyms. */
export function expandWord(word: string, lang: Lang, synonyms?: SynonymEntry[]): string[][] {
  const byTerm = indexOf(synonyms);
  const alts: string[][] = [];
  for (const l of queryLemmas(word)) alts.push([l]);
  const split = querySplit(word);
  if (split.length >= 2) alts.push(split);
  for (const s of synonymsOf(word, lang, byTerm)) alts.push([s]);
  // "rahahuolet" → raha (and its synonyms talous, velka): the generic head adds nothing to look for.
  if (split.length >= 2 && GENERIC_HEADS.has(split[split.length - 1]!)) {
    const modifier = split.slice(0, -1);
    alts.push(modifier);
    if (modifier.length === 1) for (const s of synonymsOf(modifier[0]!, lang, byTerm)) alts.push([s]);
  }
  return [...new Map(alts.filter((a) => !(a.length === 1 && a[0] === word)).map((a) => [a.join(' '), a])).values()];
}

/** `synonyms`: the list from the database (list-synonyms.ts); the committed seed list when omitted. */
export function expandQuery(q: ParsedQuery, lang: Lang, synonyms?: SynonymEntry[]): QueryExpansion {
  const alternatives: WordAlternatives = new Map();
  const words = new Set<string>();
  for (const group of q.groups) {
    for (const term of group) {
      if (term.kind !== 'word' || term.negated || alternatives.has(term.word)) continue;
      const unique = expandWord(term.word, lang, synonyms);
      if (unique.length === 0) continue;
      alternatives.set(term.word, unique);
      for (const a of unique) for (const w of a) words.add(w);
    }
  }
  return { alternatives, words: [...words] };
}
