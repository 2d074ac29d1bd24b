import type { Lang } from '../../platform/i18n/i18n.js';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { FILLER_WORDS, LAY_VOCABULARY, type LayEntry } from './lay-vocabulary.data.js';
import type { ParsedQuery, Term, WordAlternatives } from './search-query.js';

/*
 * Lay language in a query, before word-level handling (pure TypeScript, no database): phrases of the lay vocabulary
 * (`lay-vocabulary.data.ts`) are found in the query's consecutive plain words, longest first. A phrase becomes one
 * query word (its longest word) that also matches what the phrase means; the phrase's other words are dropped, so
 * "en jaksa enää" looks for (jaksa | uupumus | masennus | keskusteluapu …), not for three words that services never
 * write. A relation word ("mieheni", "min man", "my wife") matches only what it means (läheinen, omainen,
 * närstående …), never its base form ("mieheni" is not a search for men). Filler words ("apua", "diagnoosi",
 * "hjälp") are dropped when the query has other words. The needs, kinds of support and target groups the phrases
 * name are returned as `boost`: activities carrying them rank a little higher (ranking, never filtering).
 */

export interface LayBoost {
  needs: string[];
  supports: string[];
  targets: string[];
}

export interface LayReading {
  /** the query without the phrases' other words and the filler words */
  parsed: ParsedQuery;
  /** words that match only these alternatives besides themselves (relation words): no base forms, synonyms or corrections */
  fixed: WordAlternatives;
  /** alternatives added to a word's own (what a lay phrase means) */
  extra: WordAlternatives;
  /** every word the lay vocabulary recognised (not to be corrected as a typo) */
  recognised: Set<string>;
  /** relation and target-group words: they count half when ranking by the share of words matched (partial matching) */
  light: Set<string>;
  boost: LayBoost;
}

interface Token {
  text: string;
  prefix: boolean;
}

interface Compiled {
  tokens: Token[];
  entry: LayEntry;
  relation: boolean;
  target: boolean;
  lang: Lang;
}

const WORDS = /[\p{L}\p{N}]+/gu;
const MIN_PREFIX = 3;

function tokensOf(phrase: string): Token[] {
  const out: Token[] = [];
  for (const piece of phrase.toLocaleLowerCase('fi').split(/\s+/u).filter(Boolean)) {
    const star = piece.endsWith('*');
    const words = piece.match(WORDS) ?? [];
    words.forEach((w, i) => out.push({ text: w, prefix: star && i === words.length - 1 && w.length >= MIN_PREFIX }));
  }
  return out;
}

function compile(vocabulary: typeof LAY_VOCABULARY): Compiled[] {
  const out: Compiled[] = [];
  const add = (entries: LayEntry[], relation: boolean, target: boolean) => {
    for (const entry of entries) {
      for (const lang of ['fi', 'sv', 'en'] as const) {
        for (const phrase of entry[lang]) {
          const tokens = tokensOf(phrase);
          if (tokens.length > 0) out.push({ tokens, entry, relation, target, lang });
        }
      }
    }
  };
  add(vocabulary.relations, true, false);
  add(vocabulary.targets, false, true);
  add(vocabulary.needs, false, false);
  add(vocabulary.supports, false, false);
  return out;
}

const defaultCompiled = compile(LAY_VOCABULARY);

/** The words of the taxonomy labels and synonyms: as target-group words they already match the terms as they are. */
const TERM_WORDS = new Set(
  TAXONOMIES.flatMap((t) =>
    t.terms.flatMap((term) =>
      [term.fi, term.sv, term.en, ...Object.values(term.synonyms ?? {}).flat()].flatMap((x) => x.toLocaleLowerCase('fi').match(WORDS) ?? []),
    ),
  ),
);
const FILLERS = new Set(Object.values(FILLER_WORDS).flat());

function tokenMatches(token: Token, word: string): boolean {
  return token.prefix ? word.startsWith(token.text) : word === token.text;
}

/**
 * Single Swedish or English words are read only in that interface language (a Finnish-first directory: "dog",
 * "super", "full" are ordinary words elsewhere); Finnish words and phrases of two or more words always.
 */
function applies(c: Compiled, lang: Lang): boolean {
  return c.lang === 'fi' || c.tokens.length > 1 || c.lang === lang;
}

type PlainWord = Extract<Term, { kind: 'word' }>;

export function readLayQuery(parsed: ParsedQuery, lang: Lang, compiled: Compiled[] = defaultCompiled): LayReading {
  const fixed: WordAlternatives = new Map();
  const extra: WordAlternatives = new Map();
  const recognised = new Set<string>();
  const light = new Set<string>();
  /** "äiti", "isä": a relation when the query names a need and no group ("isä juo"), else the word itself */
  const softAnchors = new Map<string, { at: number; means: string[] }>();
  /** relation words and the group each stands in */
  const relationAt = new Map<string, number>();
  const needs = new Set<string>();
  const supports = new Set<string>();
  const targets = new Set<string>();
  const relationTargets = new Set<string>();
  let targetWord = false;

  // Runs of consecutive plain words (a group of one positive word); phrases never span an `or`, a quote or a `-word`.
  const runs: number[][] = [];
  let run: number[] = [];
  parsed.groups.forEach((g, i) => {
    const t = g[0];
    if (g.length === 1 && t && t.kind === 'word' && !t.negated) run.push(i);
    else if (run.length > 0) {
      runs.push(run);
      run = [];
    }
  });
  if (run.length > 0) runs.push(run);

  const drop = new Set<number>();
  const wordAt = (i: number) => parsed.groups[i]![0] as PlainWord;
  const addAlternatives = (target: WordAlternatives, word: string, means: string[]) => {
    const list = target.get(word) ?? [];
    const seen = new Set(list.map((a) => a.join(' ')));
    for (const m of means) {
      const alt = m.toLocaleLowerCase('fi').match(WORDS) ?? [];
      const key = alt.join(' ');
      if (alt.length === 0 || key === word || seen.has(key)) continue;
      seen.add(key);
      list.push(alt);
    }
    if (list.length > 0) target.set(word, list);
  };

  for (const r of runs) {
    let k = 0;
    while (k < r.length) {
      let best: Compiled[] = [];
      let bestLength = 0;
      for (const c of compiled) {
        const n = c.tokens.length;
        if (n < bestLength || k + n > r.length || !applies(c, lang)) continue;
        if (!c.tokens.every((t, j) => tokenMatches(t, wordAt(r[k + j]!).word))) continue;
        if (n > bestLength) {
          best = [c];
          bestLength = n;
        } else best.push(c);
      }
      if (bestLength === 0) {
        k += 1;
        continue;
      }
      const span = r.slice(k, k + bestLength);
      const words = span.map((i) => wordAt(i).word);
      // The phrase's longest word stands for it (it still matches as typed).
      const anchorAt = best.some((c) => c.relation)
        ? span[span.length - 1]! // "min man", "my wife": the noun
        : span.reduce((a, b) => (wordAt(b).word.length > wordAt(a).word.length ? b : a));
      const anchor = wordAt(anchorAt).word;
      for (const i of span) if (i !== anchorAt) drop.add(i);
      // A target-group word matched only by its start ("nuorelle", "lapsen", "maahanmuuttajanaisille") keeps its own
      // handling (base forms, compound parts) and only lifts the group; an exact one also means the group's words.
      const boostOnly = best.every((c) => c.target && c.tokens.some((t) => t.prefix));
      if (!boostOnly) for (const w of words) recognised.add(w);
      const relation = best.some((c) => c.relation && !c.entry.soft) && best.every((c) => c.relation || c.target);
      if (relation) relationAt.set(anchor, anchorAt);
      const soft = !relation && best.some((c) => c.relation && c.entry.soft) && best.every((c) => c.relation || c.target);
      if (soft) softAnchors.set(anchor, { at: anchorAt, means: best.filter((c) => c.relation).flatMap((c) => c.entry.means) });
      for (const c of best) {
        if (!(c.target && (c.tokens.some((t) => t.prefix) || TERM_WORDS.has(anchor)))) addAlternatives(relation ? fixed : extra, anchor, c.entry.means);
        for (const x of c.entry.needs ?? []) needs.add(x);
        for (const x of c.entry.supports ?? []) supports.add(x);
        for (const x of c.entry.targets ?? []) (c.relation ? relationTargets : targets).add(x);
        if (c.target) {
          targetWord = true;
          light.add(anchor);
        }
      }
      k += bestLength;
    }
  }

  // "äiti", "isä": a relation when the query has other words and names no group ("isä juo", "äiti dementia").
  const asRelation = !targetWord && !needs.has('perhe');
  const others = parsed.groups.length - drop.size - 1;
  for (const [anchor, { at, means }] of softAnchors) {
    const alts = extra.get(anchor);
    extra.delete(anchor);
    if (asRelation && others > 0) {
      if (alts) fixed.set(anchor, alts);
      relationAt.set(anchor, at);
    } else {
      const relationMeans = new Set(means.map((m) => m.toLocaleLowerCase('fi')));
      const own = (alts ?? []).filter((a) => !relationMeans.has(a.join(' ')));
      if (own.length > 0) extra.set(anchor, own);
      recognised.delete(anchor);
    }
  }
  // A relation word counts half in partial matching. One of three letters or fewer may be a stop word in one of the
  // languages ("man" in "min man"), which would drop it from the query: it becomes the first word it means
  // ("läheinen"), with the other meanings as alternatives.
  const renamed = new Map<number, string>();
  for (const [anchor, at] of relationAt) {
    light.add(anchor);
    if (anchor.length > 3) continue;
    light.delete(anchor);
    const alts = fixed.get(anchor) ?? [];
    fixed.delete(anchor);
    const [first, ...rest] = alts;
    if (!first || first.length !== 1) continue;
    renamed.set(at, first[0]!);
    fixed.set(first[0]!, rest);
    recognised.add(first[0]!);
    light.add(first[0]!);
  }
  const rewritten = parsed.groups.map((g, i) => {
    const word = renamed.get(i);
    return word ? [{ ...(g[0] as PlainWord), word, prefix: false }] : g;
  });

  // Filler words go when something else is left to look for.
  const kept = rewritten.filter((_, i) => !drop.has(i));
  const isFiller = (g: Term[]) => g.length === 1 && g[0]!.kind === 'word' && !g[0]!.negated && FILLERS.has(g[0]!.word);
  const positive = kept.filter((g) => g.some((t) => !t.negated));
  const groups = positive.some((g) => !isFiller(g)) ? kept.filter((g) => !isFiller(g)) : kept;
  for (const g of kept) if (isFiller(g)) recognised.add((g[0] as PlainWord).word);

  // A relation speaks for the family member, unless the query names the group it is for ("väsynyt äiti vauva",
  // "äidille"): then the activities are for that group, not for the relatives.
  if (asRelation && relationAt.size > 0) for (const x of relationTargets) targets.add(x);

  return {
    parsed: { groups },
    fixed,
    extra,
    recognised,
    light,
    boost: { needs: [...needs], supports: [...supports], targets: [...targets] },
  };
}
