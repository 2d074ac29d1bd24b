import type { Database } from '../../platform/db/database.js';
import type { WordStems } from './search-query.js';
import { lookupVocabulary, stemWords } from './search.repo.js';
import { MIN_CORRECTED_WORD, type Candidate } from './vocabulary.js';

/*
 * Per-word facts the search needs from the database, cached per database: the fi / sv / en / simple stems of a word
 * (never change; cached until the cache is full) and what the vocabulary says about a typed word (known, or its
 * nearest words), cached for a minute and forgotten when the index is rebuilt in this process.
 */

export interface VocabularyFact {
  /** documents with the word or its stem (0: unknown); see RARE_WORD */
  known: number;
  /** documents with exactly this word */
  exact: number;
  candidates: (Candidate & { stems: WordStems })[];
}

const STEM_CACHE_MAX = 50_000;
const VOCABULARY_CACHE_MAX = 20_000;
const VOCABULARY_TTL_MS = 60_000;

interface Caches {
  stems: Map<string, WordStems>;
  vocabulary: Map<string, { at: number; fact: VocabularyFact }>;
}
const caches = new WeakMap<Database, Caches>();

function cachesOf(db: Database): Caches {
  let c = caches.get(db);
  if (!c) {
    c = { stems: new Map(), vocabulary: new Map() };
    caches.set(db, c);
  }
  return c;
}

/** Forgets the cached vocabulary facts (the index rebuild calls this). */
export function forgetVocabulary({ db }: { db: Database }): void {
  cachesOf(db).vocabulary.clear();
}

/** The stems of each word (one statement for the words not cached yet). */
export async function stemsOf(db: Database, words: string[]): Promise<Map<string, WordStems>> {
  const { stems: cache } = cachesOf(db);
  const missing = [...new Set(words)].filter((w) => !cache.has(w));
  if (missing.length > 0) {
    const fresh = await stemWords(db, missing);
    if (cache.size + fresh.size > STEM_CACHE_MAX) cache.clear();
    for (const [w, s] of fresh) cache.set(w, s);
  }
  const out = new Map<string, WordStems>();
  for (const w of words) {
    const s = cache.get(w);
    if (s) out.set(w, s);
  }
  return out;
}

export interface CheckWord {
  word: string;
  /** still being typed: a vocabulary word starting with it makes it known */
  prefix: boolean;
  /** false: only whether the vocabulary has the word (a base form to verify), no correction candidates */
  correct?: boolean;
}

/** What the vocabulary says about each typed word (words shorter than MIN_CORRECTED_WORD are not looked up). */
export async function vocabularyFacts(db: Database, words: CheckWord[]): Promise<Map<string, VocabularyFact>> {
  const { vocabulary: cache, stems } = cachesOf(db);
  const now = Date.now();
  const key = (w: CheckWord) => `${w.prefix ? '*' : ''}${w.correct === false ? '=' : ''}${w.word}`;
  const out = new Map<string, VocabularyFact>();
  const missing: CheckWord[] = [];
  for (const w of words) {
    if (w.word.length < MIN_CORRECTED_WORD) continue;
    const hit = cache.get(key(w));
    if (hit && now - hit.at < VOCABULARY_TTL_MS) out.set(w.word, hit.fact);
    else if (!missing.some((m) => m.word === w.word)) missing.push(w);
  }
  if (missing.length === 0) return out;
  const rows = await lookupVocabulary(
    db,
    missing.map((m) => m.word),
    missing.map((m) => m.prefix),
    missing.map((m) => m.correct !== false),
  );
  const facts = new Map<string, VocabularyFact>(missing.map((m) => [m.word, { known: 0, exact: 0, candidates: [] }]));
  for (const r of rows) {
    const fact = facts.get(r.q)!;
    if (!stems.has(r.q) && stems.size < STEM_CACHE_MAX) stems.set(r.q, r.stems);
    fact.known = r.known;
    fact.exact = r.exact;
    if (r.neighbour) {
      fact.candidates.push(r.neighbour);
      if (!stems.has(r.neighbour.word) && stems.size < STEM_CACHE_MAX) stems.set(r.neighbour.word, r.neighbour.stems);
    }
  }
  if (cache.size + missing.length > VOCABULARY_CACHE_MAX) cache.clear();
  for (const m of missing) {
    const fact = facts.get(m.word)!;
    cache.set(key(m), { at: now, fact });
    out.set(m.word, fact);
  }
  return out;
}
