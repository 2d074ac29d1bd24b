/**
 * Parsing of what a person types into the keyword field, websearch style, without ever failing:
 *   words are ANDed; "quoted words" are a phrase (exact word forms, in order); -word and -"a phrase" exclude;
 *   `or` between two terms makes them alternatives; the last plain word also matches as a prefix (while typing).
 * Only letters and digits make words: quotes aside, every other character (& | ! : * ( ) ' \ …) separates words,
 * so nothing a person types can reach the tsquery syntax. The text is cut to MAX_CHARS and MAX_TERMS.
 */

export const MAX_CHARS = 200;
export const MAX_TERMS = 16;
const MAX_WORD = 60;
const MIN_PREFIX = 3;
const MIN_TRIGRAM_WORD = 3;
const MAX_TRIGRAM_WORDS = 6;

export type Term =
  | { kind: 'word'; word: string; negated: boolean; prefix: boolean }
  | { kind: 'phrase'; words: string[]; negated: boolean };

/** AND of groups; each group is an OR of terms. */
export interface ParsedQuery {
  groups: Term[][];
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
const WORDS = /[\p{L}\p{N}]+/gu;

function words(text: string): string[] {
  return (text.match(WORDS) ?? []).map((w) => w.slice(0, MAX_WORD));
}

export function parseQuery(raw: string | undefined | null): ParsedQuery {
  const text = (raw ?? '').normalize('NFC').slice(0, MAX_CHARS).toLocaleLowerCase('fi');
  const terms: { term: Term; or: boolean }[] = [];
  let negate = false;
  let orNext = false;
  let count = 0;
  let i = 0;
  const push = (term: Term) => {
    if (count >= MAX_TERMS) return;
    terms.push({ term, or: orNext && terms.length > 0 });
    count += 1;
    orNext = false;
    negate = false;
  };
  while (i < text.length) {
    const c = text[i]!;
    if (c === '"') {
      const end = text.indexOf('"', i + 1);
      const stop = end === -1 ? text.length : end;
      const ws = words(text.slice(i + 1, stop));
      if (ws.length === 1) push({ kind: 'word', word: ws[0]!, negated: negate, prefix: false });
      else if (ws.length > 1) push({ kind: 'phrase', words: ws, negated: negate });
      else negate = false;
      i = stop + 1;
      continue;
    }
    if (c === '-' && (i === 0 || /\s/u.test(text[i - 1]!)) && i + 1 < text.length && (text[i + 1] === '"' || WORD_CHAR.test(text[i + 1]!))) {
      negate = true;
      i += 1;
      continue;
    }
    if (WORD_CHAR.test(c)) {
      let j = i + 1;
      while (j < text.length && WORD_CHAR.test(text[j]!)) j += 1;
      const word = text.slice(i, j).slice(0, MAX_WORD);
      if (word === 'or' && !negate) {
        orNext = terms.length > 0;
      } else {
        push({ kind: 'word', word, negated: negate, prefix: false });
      }
      i = j;
      continue;
    }
    negate = false;
    i += 1;
  }
  // The last plain word is matched as a prefix too, unless the person ended it (space or punctuation after it).
  const last = terms[terms.length - 1]?.term;
  if (last && last.kind === 'word' && !last.negated && last.word.length >= MIN_PREFIX && WORD_CHAR.test(text[text.length - 1] ?? '')) {
    last.prefix = true;
  }
  const groups: Term[][] = [];
  for (const { term, or } of terms) {
    if (or && groups.length > 0) groups[groups.length - 1]!.push(term);
    else groups.push([term]);
  }
  return { groups };
}

/** Every distinct word of the query, for stemming. */
export function queryWords(q: ParsedQuery): string[] {
  const set = new Set<string>();
  for (const g of q.groups) for (const t of g) (t.kind === 'word' ? [t.word] : t.words).forEach((w) => set.add(w));
  return [...set];
}

/** How each language configuration turns one word into tsquery text ('' for a stop word). */
export interface WordStems {
  fi: string;
  sv: string;
  en: string;
  simple: string;
}

function isStopWord(s: WordStems | undefined): boolean {
  return !s || s.fi === '' || s.sv === '' || s.en === '';
}

const SINGLE_LEXEME = /^'(?:[^'\\]|'')+'$/;

/**
 * Other ways a query word may match: each alternative is a list of words that must all match (one word for a base
 * form or a synonym, several for the parts of a compound). Computed in TypeScript (`expand-query.ts`).
 */
export type WordAlternatives = Map<string, string[][]>;

function stemParts(s: WordStems): string[] {
  return [s.fi, s.sv, s.en, s.simple].filter((p) => p !== '');
}

function wordExpression(term: Extract<Term, { kind: 'word' }>, stems: Map<string, WordStems>, alternatives?: WordAlternatives): string | null {
  const s = stems.get(term.word);
  if (!s || isStopWord(s)) return null;
  const parts = new Set(stemParts(s));
  if (term.prefix && SINGLE_LEXEME.test(s.simple)) parts.add(`${s.simple}:*`);
  for (const alt of alternatives?.get(term.word) ?? []) {
    const each = alt.map((w) => stems.get(w)).filter((x): x is WordStems => x !== undefined && !isStopWord(x));
    if (each.length === 0 || each.length !== alt.length) continue;
    const exprs = each.map((x) => `(${[...new Set(stemParts(x))].map((p) => `(${p})`).join(' | ')})`);
    parts.add(exprs.length === 1 ? exprs[0]!.slice(1, -1) : exprs.join(' & '));
  }
  if (parts.size === 0) return null;
  return `(${[...parts].map((p) => `(${p})`).join(' | ')})`;
}

function phraseExpression(term: Extract<Term, { kind: 'phrase' }>, stems: Map<string, WordStems>): string | null {
  const parts = term.words.map((w) => stems.get(w)?.simple ?? '').filter((p) => SINGLE_LEXEME.test(p));
  if (parts.length === 0) return null;
  return `(${parts.join(' <-> ')})`;
}

/**
 * The tsquery text for a parsed query, given the stems the database computed for each word (PostgreSQL's own
 * tsquery output, so safe to parse again). Each word matches its Finnish, Swedish, English or unstemmed form;
 * words that are stop words in one of those languages are left out. Null when nothing is left to match.
 */
export function buildTsQuery(q: ParsedQuery, stems: Map<string, WordStems>, wordAlternatives?: WordAlternatives): string | null {
  const groups = tsQueryGroups(q, stems, wordAlternatives);
  return groups.length > 0 ? groups.join(' & ') : null;
}

/**
 * The partial-match form of a query: any of its positive groups (words), none of the excluded ones, plus the
 * positive groups one by one (to count how many a document matches). Null with fewer than two positive groups.
 */
export function buildPartialTsQuery(
  q: ParsedQuery,
  stems: Map<string, WordStems>,
  wordAlternatives?: WordAlternatives,
  light?: Set<string>,
): { tsquery: string; groups: string[]; weights: number[] } | null {
  const weights: number[] = [];
  const all = tsQueryGroups(q, stems, wordAlternatives, (group, expr) => {
    if (!expr.startsWith('!')) weights.push(group.every((t) => t.kind === 'word' && light?.has(t.word)) ? LIGHT_WEIGHT : 1);
  });
  const positive = all.filter((g) => !g.startsWith('!'));
  const negative = all.filter((g) => g.startsWith('!'));
  if (positive.length < 2) return null;
  return { tsquery: [`(${positive.join(' | ')})`, ...negative].join(' & '), groups: positive, weights };
}

/** The weight of a light word (a relation word such as "mieheni") in the share of words matched; others count 1. */
const LIGHT_WEIGHT = 0.5;

function tsQueryGroups(
  q: ParsedQuery,
  stems: Map<string, WordStems>,
  wordAlternatives?: WordAlternatives,
  onGroup?: (group: Term[], expr: string) => void,
): string[] {
  const groups: string[] = [];
  for (const group of q.groups) {
    const alternatives: string[] = [];
    for (const term of group) {
      const expr =
        term.kind === 'word' ? wordExpression(term, stems, term.negated ? undefined : wordAlternatives) : phraseExpression(term, stems);
      if (expr) alternatives.push(term.negated ? `!${expr}` : expr);
    }
    const expr = alternatives.length === 1 ? alternatives[0]! : alternatives.length > 1 ? `(${alternatives.join(' | ')})` : null;
    if (expr) {
      groups.push(expr);
      onGroup?.(group, expr);
    }
  }
  return groups;
}

/** Whether the query has something positive to look for (not only exclusions). */
export function hasPositiveTerms(q: ParsedQuery, stems: Map<string, WordStems>): boolean {
  return q.groups.some((g) =>
    g.some((t) => !t.negated && (t.kind === 'phrase' ? t.words.length > 0 : !isStopWord(stems.get(t.word)))),
  );
}

/** Words for the typo-tolerant trigram fallback: the positive, non-stop words long enough to compare. */
export function trigramWords(q: ParsedQuery, stems: Map<string, WordStems>): string[] {
  const out = new Set<string>();
  for (const g of q.groups) {
    for (const t of g) {
      if (t.negated) continue;
      const ws = t.kind === 'word' ? [t.word] : t.words;
      for (const w of ws) if (w.length >= MIN_TRIGRAM_WORD && !isStopWord(stems.get(w))) out.add(w);
    }
  }
  return [...out].slice(0, MAX_TRIGRAM_WORDS);
}
