import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { SYNONYMS } from './synonyms.data.js';

/**
 * A small Finnish compound splitter for search. Finnish glues words together ("mielenterveysyhdistys",
 * "syöpäpotilaiden vertaistukiryhmä") and PostgreSQL's Snowball stemmer only strips suffixes, so a search for
 * "yhdistys" or "vertaistuki ryhmä" would miss those. At index time every long word adds the base forms of the known
 * parts found in it; at query time a compound word may also match all of its parts. The lexicon is a curated list of
 * common parts in the social- and health-care field, plus the single-word taxonomy labels and synonyms.
 *
 * A part is found by a key: its first letters without the last one or two (so "yhdistys" is found in "yhdistyksen",
 * "potilas" in "potilaiden", "ryhmä" in "ryhmien"). The same code runs for PGlite and PostgreSQL (pure TypeScript).
 */

const COMMON_PARTS = [
  'mielenterveys', 'mieli', 'terveys', 'päihde', 'päihteet', 'vertais', 'vertaistuki', 'tuki', 'ryhmä', 'yhdistys',
  'omainen', 'omais', 'omaishoitaja', 'hoitaja', 'hoito', 'syöpä', 'potilas', 'nuoret', 'nuori', 'nuoriso', 'perhe',
  'lapsi', 'kriisi', 'neuvonta', 'keskustelu', 'puhelin', 'muisti', 'sairaus', 'sairas', 'liitto', 'keskus',
  'toiminta', 'palvelu', 'ilta', 'kerho', 'kahvila', 'piiri', 'leiri', 'kurssi', 'valmennus', 'ohjaus', 'apu',
  'kotoutuminen', 'maahanmuuttaja', 'työ', 'työtön', 'työttömät', 'velka', 'talous', 'asunto', 'asunnoton', 'koti',
  'vanhus', 'seniori', 'eläkeläinen', 'ikäihminen', 'vammainen', 'vamma', 'kehitysvamma', 'näkövamma', 'kuulovamma',
  'masennus', 'ahdistus', 'uupumus', 'yksinäisyys', 'suru', 'sureminen', 'väkivalta', 'lähisuhde', 'kiusaaminen',
  'ystävä', 'vapaaehtoinen', 'tukihenkilö', 'harrastus', 'liikunta', 'ulkoilu', 'retki', 'kuntoutus', 'sopeutuminen',
  'diabetes', 'sydän', 'aivo', 'aivoinfarkti', 'reuma', 'allergia', 'astma', 'kipu', 'uni', 'syöminen', 'häiriö',
  'riippuvuus', 'peli', 'rahapeli', 'alkoholi', 'huume', 'ongelma', 'ero', 'vanhemmuus', 'vanhempi', 'äiti', 'isä',
  'vauva', 'raskaus', 'koulu', 'opiskelija', 'opiskelu', 'mies', 'miehet', 'nainen', 'naiset', 'tyttö', 'poika',
  'sateenkaari', 'veteraani', 'sotilas', 'leski', 'kuolema', 'menetys', 'itsemurha', 'itsetuho', 'ilmainen',
  'masentunut', 'ahdistunut', 'väsynyt', 'sairastunut', 'chat', 'verkko', 'etä', 'neuvola', 'lähete', 'asiakas', 'jäsen', 'kokoontuminen', 'tapaaminen', 'vastaanotto',
  'päivystys', 'auttava', 'elämä', 'hallinta', 'taito', 'kunto', 'hyvinvointi', 'arki', 'voima', 'kohtaaminen',
  'vammaisuus', 'autismi', 'adhd', 'psykoosi', 'skitsofrenia', 'epilepsia', 'parkinson', 'syrjäytyminen', 'osallisuus',
  'yksin', 'yhteisö', 'seurakunta', 'diakonia', 'kirkko', 'kylä', 'lähiö', 'kaupunki', 'kunta', 'alue', 'tupakka',
  'nikotiini', 'kannabis', 'raha', 'ruoka', 'ruoka-apu', 'vaate', 'lahjoitus', 'kummi', 'mentori', 'opas',
  'huoli', 'huolet', 'asia', 'asiat', 'vaikeus', 'pulma', 'murhe', 'oire', 'oireet', 'ajatus', 'ajatukset', 'pelko',
];

/**
 * Heads of lay compounds that say "a problem with …": in "rahahuolet", "uniongelmat", "alkoholiongelma" the first
 * part carries the meaning, so such a compound also matches its first part(s) alone (and their synonyms).
 */
export const GENERIC_HEADS = new Set([
  'ongelma', 'huoli', 'huolet', 'asia', 'asiat', 'vaikeus', 'pulma', 'murhe', 'oire', 'oireet', 'ajatus', 'ajatukset',
]);

const MIN_WORD = 6;
/** What may follow a part's key in an inflected form: a few stem letters, then a case / number ending (or nothing). */
const INFLECTION =
  /^[aeiouyäölnsj]{0,3}(?:ks(?:en|et|ia|iä|essa|essä|esta|estä|elle|ella|ellä)|n|t|a|ä|na|nä|ssa|ssä|sta|stä|lla|llä|lta|ltä|lle|ksi|tta|ttä|ne|en|in|iin|hin|seen|siin|den|ten|iden|itten|ien|ja|jä|ita|itä|ista|istä|issa|issä|ille|illa|illä|ilta|iltä|iksi|ihin)?$/u;
const MIN_KEY = 3;

/** The lookup key of a part: the letters a Finnish inflected form of it always starts with (roughly). */
function keyOf(part: string): string {
  const n = part.length;
  const cut = n >= 8 ? 2 : n >= 5 ? 1 : 0;
  return part.slice(0, n - cut);
}

export interface Lexicon {
  /** key → base forms of the parts with that key */
  byKey: Map<string, string[]>;
  minKey: number;
  maxKey: number;
}

export function buildLexicon(parts: Iterable<string>): Lexicon {
  const byKey = new Map<string, string[]>();
  let minKey = Infinity;
  let maxKey = 0;
  for (const raw of parts) {
    const part = raw.toLocaleLowerCase('fi').trim().replace(/^-+|-+$/gu, '');
    if (!/^[\p{L}-]+$/u.test(part) || part.length < 3) continue;
    const key = keyOf(part);
    if (key.length < MIN_KEY) continue;
    const list = byKey.get(key) ?? [];
    if (!list.includes(part)) list.push(part);
    byKey.set(key, list);
    minKey = Math.min(minKey, key.length);
    maxKey = Math.max(maxKey, key.length);
  }
  return { byKey, minKey: Number.isFinite(minKey) ? minKey : MIN_KEY, maxKey };
}

function defaultParts(): string[] {
  const out = new Set<string>(COMMON_PARTS);
  for (const t of TAXONOMIES) for (const term of t.terms) {
    for (const text of [term.fi, ...(term.synonyms?.fi ?? [])]) {
      for (const w of text.toLocaleLowerCase('fi').split(/[^\p{L}-]+/u)) if (w.length >= 4) out.add(w);
    }
  }
  for (const group of SYNONYMS.groups.fi) for (const w of group) if (!w.includes(' ')) out.add(w);
  return [...out];
}

let defaultLexicon: Lexicon | undefined;
export function lexicon(): Lexicon {
  defaultLexicon ??= buildLexicon(defaultParts());
  return defaultLexicon;
}

interface Found {
  part: string;
  start: number;
  end: number;
}

function findParts(word: string, lex: Lexicon): Found[] {
  const found: Found[] = [];
  for (let i = 0; i < word.length; i += 1) {
    // A part inside a word starts at the beginning or after at least three letters of another part.
    if (i > 0 && i < 3) continue;
    for (let len = lex.minKey; len <= lex.maxKey && i + len <= word.length; len += 1) {
      const parts = lex.byKey.get(word.slice(i, i + len));
      if (!parts) continue;
      for (const part of parts) found.push({ part, start: i, end: i + len });
    }
  }
  return found;
}

const cache = new Map<string, string[]>();
const CACHE_MAX = 200_000;

/**
 * The base forms of the known parts of one (lower-case) word, for the index: every part found, including the word's
 * own base form when it is an inflected lexicon word. Empty for short or unknown words.
 */
export function compoundParts(word: string, lex: Lexicon = lexicon()): string[] {
  if (word.length < MIN_WORD) return [];
  const hit = lex === defaultLexicon ? cache.get(word) : undefined;
  if (hit) return hit;
  const parts = [...new Set(findParts(word, lex).map((f) => f.part))].filter((p) => p !== word);
  if (lex === defaultLexicon) {
    if (cache.size >= CACHE_MAX) cache.clear();
    cache.set(word, parts);
  }
  return parts;
}

/**
 * For a query word: the base forms of lexicon words it is an inflected form of ("nuorelle" → nuori, nuoret;
 * "yhdistyksen" → yhdistys), i.e. parts found at its start that leave at most a short ending.
 */
export function queryLemmas(word: string, lex: Lexicon = lexicon()): string[] {
  if (word.length < 4) return [];
  const out = new Set<string>();
  for (const f of findParts(word, lex)) {
    if (f.start === 0 && f.part !== word && INFLECTION.test(word.slice(f.end))) out.add(f.part);
  }
  return [...out];
}

/**
 * For a query word: the largest non-overlapping known parts, when there are at least two (a real compound such as
 * "päihdeongelma" → päihde, ongelma); otherwise empty.
 */
export function querySplit(word: string, lex: Lexicon = lexicon()): string[] {
  if (word.length < MIN_WORD) return [];
  const found = findParts(word, lex).sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const chosen: Found[] = [];
  for (const f of found) {
    if (chosen.some((c) => f.start < c.end && c.start < f.end)) continue;
    chosen.push(f);
  }
  const parts = [...new Set(chosen.sort((a, b) => a.start - b.start).map((c) => c.part))];
  return parts.length >= 2 ? parts : [];
}

const WORDS = /[\p{L}\p{N}]+/gu;

/** The extra text the index adds for a text: the known parts of its long words, space-separated. */
export function compoundText(text: string | null | undefined, lex: Lexicon = lexicon()): string {
  if (!text) return '';
  const out = new Set<string>();
  for (const w of text.toLocaleLowerCase('fi').match(WORDS) ?? []) for (const p of compoundParts(w, lex)) out.add(p);
  return [...out].join(' ');
}

let partSet: Set<string> | undefined;
/** Whether a word is one of the lexicon's parts (a known base form). */
export function isLexiconWord(word: string, lex: Lexicon = lexicon()): boolean {
  if (lex !== defaultLexicon) return [...lex.byKey.values()].some((l) => l.includes(word));
  partSet ??= new Set([...lex.byKey.values()].flat());
  return partSet.has(word);
}

/**
 * A compound whose last part is inflected: the known parts at its start and the rest ("maahanmuuttajanaisille" →
 * maahanmuuttaja + naisille), for every known part at the start that leaves at least four letters.
 */
export function leadingParts(word: string, lex: Lexicon = lexicon()): { part: string; rest: string }[] {
  if (word.length < MIN_WORD + 2) return [];
  const out: { part: string; rest: string }[] = [];
  for (const f of findParts(word, lex)) {
    if (f.start !== 0) continue;
    // the key may be shorter than the part: the rest starts where the part's own letters end in the word
    const end = word.startsWith(f.part) ? f.part.length : f.end;
    const rest = word.slice(end);
    if (rest.length >= 4) out.push({ part: f.part, rest });
  }
  return out;
}
