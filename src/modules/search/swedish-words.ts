import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { LAY_VOCABULARY } from './lay-vocabulary.data.js';
import { SYNONYMS } from './synonyms.data.js';

/*
 * Swedish base forms and compounds for search, handled like Finnish ones (pure TypeScript): a query word may be a
 * plural or definite form ("grupperna", "papporna", "barnets") or a compound of known parts ("anhöriggrupperna" →
 * anhörig + grupp, "cancersjukas" → cancer + sjuk, "kamratstödsgrupp" → kamrat + stöd + grupp). Snowball's Swedish
 * stemmer strips some endings but never splits a compound and misses -or → -a ("pappor" → pappa).
 * Base-form candidates over-generate; the caller keeps those the search vocabulary knows.
 */

/** Endings, longest first: definite plural (+ genitive), plural, definite singular, genitive. */
const ENDINGS = ['arnas', 'ornas', 'ernas', 'arna', 'orna', 'erna', 'ens', 'ets', 'nas', 'ar', 'or', 'er', 'na', 'en', 'et', 'es', 's', 'n', 't', 'a', 'e'];
const MIN_STEM = 3;

/** Nominative-singular candidates of one Swedish word (not including the word itself). */
export function swedishBaseForms(word: string): string[] {
  const out = new Set<string>();
  for (const ending of ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, word.length - ending.length);
    if (stem.length < MIN_STEM) continue;
    out.add(stem);
    // -or / -orna come from -a words (pappa → pappor), -ar / -er / -arna / -erna also from -e words (pojke → pojkar).
    if (ending.startsWith('o')) out.add(`${stem}a`);
    if (/^[ae]r/u.test(ending)) out.add(`${stem}e`);
    // a doubled consonant before the ending is kept in the base form; a single one after a short vowel may double
    if (/(.)\1$/u.test(stem)) out.add(stem.slice(0, -1));
  }
  out.delete(word);
  return [...out];
}

const COMMON_PARTS = [
  'grupp', 'stöd', 'kamrat', 'kamratstöd', 'stödgrupp', 'samtal', 'samtalsgrupp', 'café', 'kafé', 'rådgivning', 'telefon',
  'jour', 'chatt', 'familj', 'familje', 'barn', 'unga', 'ungdom', 'äldre', 'senior', 'sorg', 'sorge', 'cancer', 'demens',
  'minne', 'minnes', 'anhörig', 'närstående', 'vårdare', 'vård', 'missbruk', 'alkohol', 'drog', 'spel', 'skuld', 'mat',
  'kasse', 'vän', 'kris', 'ångest', 'depression', 'förälder', 'föräldra', 'pappa', 'mamma', 'kvinno', 'kvinna', 'man',
  'sjuk', 'sjuka', 'sjukdom', 'patient', 'träff', 'motion', 'gymnastik', 'verksamhet', 'hjälp', 'hälsa', 'psykisk',
  'ensam', 'ensamhet', 'skilsmässa', 'våld', 'boende', 'arbete', 'språk', 'invandrare', 'frivillig', 'läger', 'kurs',
  'diabetes', 'hjärta', 'hjärt', 'stroke', 'autism', 'adhd', 'utmattning', 'stress', 'ekonomi', 'ekonomisk', 'mötes',
  'plats', 'mötesplats', 'hus', 'gård', 'center', 'förening', 'förbund',
];

function swedishParts(): Set<string> {
  const out = new Set<string>(COMMON_PARTS);
  const addText = (text: string) => {
    for (const w of text.toLocaleLowerCase('sv').match(/[\p{L}]+/gu) ?? []) if (w.length >= 3) out.add(w);
  };
  for (const t of TAXONOMIES) for (const term of t.terms) for (const text of [term.sv, ...(term.synonyms?.sv ?? [])]) addText(text);
  for (const group of SYNONYMS.groups.sv) for (const w of group) addText(w);
  for (const e of [...LAY_VOCABULARY.needs, ...LAY_VOCABULARY.supports, ...LAY_VOCABULARY.targets, ...LAY_VOCABULARY.relations]) {
    for (const m of e.means) addText(m);
  }
  return out;
}

let parts: Set<string> | undefined;
function partSet(): Set<string> {
  parts ??= swedishParts();
  return parts;
}

/** Whether a word is a known Swedish part (a base form). */
export function isSwedishPart(word: string): boolean {
  return partSet().has(word);
}

const MIN_PART = 3;
const MIN_COMPOUND = 7;
const cache = new Map<string, string[]>();

/**
 * The parts of a Swedish compound: the whole word covered by known parts, with an optional linking -s- or -e- between
 * them, the last part possibly inflected ("anhöriggrupperna" → anhörig, grupp). Fewest parts win. Empty when the word
 * is not such a compound.
 */
export function swedishSplit(word: string): string[] {
  if (word.length < MIN_COMPOUND) return [];
  const hit = cache.get(word);
  if (hit) return hit;
  const known = partSet();
  const lastPart = (rest: string): string | null => {
    if (known.has(rest)) return rest;
    for (const b of swedishBaseForms(rest)) if (known.has(b)) return b;
    return null;
  };
  const split = (rest: string, depth: number): string[] | null => {
    if (depth > 3) return null;
    let best: string[] | null = null;
    const last = depth > 0 ? lastPart(rest) : null;
    if (last) best = [last];
    for (let i = rest.length - MIN_PART; i >= MIN_PART; i -= 1) {
      const head = rest.slice(0, i);
      if (!known.has(head)) continue;
      for (const link of ['', 's', 'e']) {
        const tail = rest.slice(i + link.length);
        if (link && !rest.slice(i).startsWith(link)) continue;
        if (tail.length < MIN_PART) continue;
        const sub = split(tail, depth + 1);
        if (sub && (!best || sub.length + 1 < best.length)) best = [head, ...sub];
      }
    }
    return best;
  };
  const found = split(word, 0);
  const out = found && found.length >= 2 ? [...new Set(found)] : [];
  if (cache.size > 20_000) cache.clear();
  cache.set(word, out);
  return out;
}
