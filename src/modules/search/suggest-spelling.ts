import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { checkWordsOf, correctionsOf } from './correct-words.js';
import { listSynonyms } from './list-synonyms.js';
import { vocabularyFacts } from './lookup-words.js';
import { parseQuery } from './search-query.js';
import { realWords } from './real-words.js';

const WORDS = /[\p{L}\p{N}]+/gu;

/**
 * "Tarkoititko …?": the query text with each word the search vocabulary does not know replaced by its nearest
 * indexed word (a word of an activity, organisation, taxonomy term or curated synonym; at most 1–2 edits, or the same
 * word without ä / ö / å). Null when every word is known or nothing close enough exists. Other words, their case and
 * punctuation are kept as typed. A real Finnish, Swedish or English word (`real-words.ts`: cspell's dictionaries, with
 * inflected forms) is never replaced, even when the directory does not use it: "haluan kuolla" is not "haluan kuulla".
 * One statement at most (cached per word for a minute).
 */
export async function suggestSpelling({ db, text, lang }: { db: Database; text: string; lang: Lang }): Promise<string | null> {
  void lang; // the vocabulary holds all three languages; the word itself decides
  const parsed = parseQuery(text);
  const words = checkWordsOf(parsed, { complete: true });
  if (words.length === 0) return null;
  const [facts, synonyms, isRealWord] = await Promise.all([vocabularyFacts(db, words), listSynonyms({ db }), realWords()]);
  const corrections = correctionsOf(facts, { strict: true, synonyms });
  for (const word of corrections.keys()) if (isRealWord(word)) corrections.delete(word);
  if (corrections.size === 0) return null;
  const raw = (text ?? '').normalize('NFC');
  const out = raw.replace(WORDS, (m) => corrections.get(m.toLocaleLowerCase('fi'))?.[0]?.word ?? m);
  return out === raw ? null : out.trim();
}
