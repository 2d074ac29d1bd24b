/**
 * Rule-based Finnish base forms for search: strips a case / number ending (and a possessive suffix) from a word and
 * rebuilds the possible nominative singulars, including the usual stem changes and consonant gradation:
 * nuorelle → nuori, masennuksen → masennus, yhdistyksen → yhdistys, omaishoitajille → omaishoitaja,
 * lapsiperheille → lapsiperhe, naisille → nainen, potilaille → potilas, työttömille → työtön, hoidon → hoito,
 * päihteiden → päihde, diabeetikoille → diabeetikko.
 *
 * It over-generates on purpose (a handful of candidates per word): the caller keeps only candidates that are real
 * words, i.e. found in a lexicon (the compound lexicon, the search vocabulary of indexed words). Pure TypeScript.
 */

/** Case and number endings, longest first within each group (vowel-harmony pairs both listed). */
const ENDINGS = [
  // plural, with the plural i / j
  'iksi', 'ihin', 'issa', 'issä', 'ista', 'istä', 'illa', 'illä', 'ilta', 'iltä', 'ille', 'itten', 'iden', 'ineen',
  'ina', 'inä', 'ien', 'iin', 'ita', 'itä', 'ja', 'jä', 'jen', 'in', 'ia', 'iä',
  // singular
  'ksi', 'ssa', 'ssä', 'sta', 'stä', 'lla', 'llä', 'lta', 'ltä', 'lle', 'tta', 'ttä', 'seen', 'ten', 'na', 'nä',
  'ta', 'tä', 'en', 'n', 't', 'a', 'ä',
];
const POSSESSIVE = ['nsa', 'nsä', 'mme', 'nne', 'ni', 'si'];
const VOWELS = 'aeiouyäö';
const MIN_STEM = 3;
const MIN_WORD = 5;

function isVowel(ch: string | undefined): boolean {
  return ch !== undefined && VOWELS.includes(ch);
}

/** Strong grade of a weak consonant (cluster) before the last vowel, and the reverse (e-stem nouns: päihte → päihde). */
const GRADATION: [string, string][] = [
  ['d', 't'], ['v', 'p'], ['ng', 'nk'], ['mm', 'mp'], ['ll', 'lt'], ['nn', 'nt'], ['rr', 'rt'],
  ['k', 'kk'], ['p', 'pp'], ['t', 'tt'], ['t', 'd'], ['j', 'k'],
];

/** The candidate with its last consonant (cluster) before a final vowel graded the other way, plus a deleted k. */
function graded(word: string): string[] {
  const out: string[] = [];
  const last = word.length - 1;
  if (!isVowel(word[last])) return out;
  let i = last;
  while (i > 0 && !isVowel(word[i - 1])) i -= 1; // start of the consonant cluster before the final vowel
  const head = word.slice(0, i);
  const cluster = word.slice(i, last);
  const tail = word.slice(last);
  for (const [from, to] of GRADATION) {
    if (cluster.endsWith(from) && head.length + cluster.length > from.length) {
      out.push(head + cluster.slice(0, cluster.length - from.length) + to + tail);
    }
  }
  // k deleted in the weak grade: tue → tuke (tuki), pojan → poika is not handled (rare in this field)
  if (cluster === '' && isVowel(word[last - 1])) out.push(word.slice(0, last) + 'k' + tail);
  return out;
}

/** Nominative candidates for one stem (what is left after the ending). */
function fromStem(stem: string, plural: boolean): string[] {
  const out = new Set<string>();
  const add = (w: string) => {
    if (w.length >= MIN_STEM) out.add(w);
  };
  const last = stem[stem.length - 1];
  add(stem);
  if (!isVowel(last)) {
    // a plural stem lost its vowel: omaishoitaj(a), laps(i), nais → nainen, masennuks → masennus, työttöm → työtön
    for (const v of 'aäoöuyie') add(stem + v);
    if (stem.endsWith('s')) add(`${stem.slice(0, -1)}nen`);
    if (stem.endsWith('ks')) add(`${stem.slice(0, -2)}s`);
    if (stem.endsWith('m')) add(`${stem.slice(0, -1)}n`);
    if (stem.endsWith('ttöm')) add(`${stem.slice(0, -4)}tön`);
    if (stem.endsWith('ttom')) add(`${stem.slice(0, -4)}ton`);
  } else {
    const prev = stem[stem.length - 2];
    if (last === prev) {
      // long vowel: perhee → perhe, potilaa → potilas, vieraa → vieras, kuntoutujaa is covered by the stem itself
      add(stem.slice(0, -1));
      add(`${stem.slice(0, -1)}s`);
    }
    if (last === 'e') {
      add(`${stem.slice(0, -1)}i`); // nuore → nuori, lapse → lapsi
      if (stem.endsWith('se')) add(`${stem.slice(0, -2)}nen`); // naise → nainen
      if (stem.endsWith('kse')) add(`${stem.slice(0, -3)}s`); // masennukse → masennus
      if (stem.endsWith('me')) add(`${stem.slice(0, -2)}n`); // puhelime → puhelin
      // past participles: masentunee(lle) / sairastune(ille) → masentunut, sairastunut (eronne → eronnut)
      const participle = stem.endsWith('nee') ? stem.slice(0, -3) : stem.endsWith('ne') ? stem.slice(0, -2) : undefined;
      if (participle !== undefined) {
        add(`${participle}nut`);
        add(`${participle}nyt`);
      }
    }
    if (last === 'a' || last === 'ä') {
      add(`${stem}s`); // potila(ille) → potilas
      if (stem.endsWith('ttoma')) add(`${stem.slice(0, -5)}ton`);
      if (stem.endsWith('ttömä')) add(`${stem.slice(0, -5)}tön`);
    }
    if (plural && (last === 'o' || last === 'ö' || last === 'u' || last === 'y')) add(stem);
  }
  for (const w of [...out]) if (isVowel(w[w.length - 1])) for (const g of graded(w)) add(g);
  return [...out];
}

/**
 * Possible base forms of a (lower-case) Finnish word, the word itself excluded. Unverified: keep only those a
 * lexicon knows.
 */
export function baseFormCandidates(word: string): string[] {
  if (word.length < MIN_WORD || !/^\p{L}+$/u.test(word)) return [];
  const forms = new Set<string>();
  const words = [word];
  for (const p of POSSESSIVE) if (word.endsWith(p) && word.length - p.length >= MIN_WORD) words.push(word.slice(0, -p.length));
  for (const w of words) {
    for (const ending of ENDINGS) {
      if (!w.endsWith(ending)) continue;
      const stem = w.slice(0, -ending.length);
      if (stem.length < MIN_STEM) continue;
      // the plural j sits between vowels (taloja, kerhojen): "omaishoitja" is no plural of anything
      if (ending.startsWith('j') && !isVowel(stem[stem.length - 1])) continue;
      const plural = ending.startsWith('i') || ending.startsWith('j') || ending === 't';
      for (const f of fromStem(stem, plural)) forms.add(f);
    }
  }
  forms.delete(word);
  return [...forms];
}
