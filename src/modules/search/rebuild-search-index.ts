import type { Database } from '../../platform/db/database.js';
import { isUuid } from '../../platform/ids.js';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import { compoundText } from './compound.js';
import { listSynonyms } from './list-synonyms.js';
import { forgetVocabulary } from './lookup-words.js';
import { upsertSearchDocuments, writeSearchWords } from './search.repo.js';
import { addDocumentWords } from './vocabulary.js';

/**
 * (Re)indexes published activities of published organisations and removes every other activity from the index:
 * all of them, or only `activityIds` (call it with the ids an import or an edit touched; after an organisation's
 * status changes, pass all its activities or rebuild everything). Returns the number of rows written.
 * Three SQL statements (texts in, compound parts computed in TypeScript, index rows out), plus the vocabulary of
 * typo correction (search_word: replaced after a full rebuild, new words added after a partial one).
 */
export async function rebuildSearchIndex({ db, activityIds }: { db: Database; activityIds?: string[] }): Promise<number> {
  const ids = activityIds?.filter(isUuid);
  if (ids && ids.length === 0) return 0;
  const counts = new Map<string, number>();
  const written = await upsertSearchDocuments(db, ids, (t) => compoundText(t), (texts) => addDocumentWords(counts, texts));
  // Taxonomy labels and curated synonyms are words people type too (once each; documents count more).
  const extra = new Map<string, number>();
  for (const t of TAXONOMIES) for (const term of t.terms) {
    addDocumentWords(extra, [term.fi, term.sv, term.en, ...Object.values(term.synonyms ?? {}).flat()]);
  }
  for (const e of await listSynonyms({ db })) addDocumentWords(extra, [e.term, ...e.expansion]);
  for (const w of extra.keys()) if (!counts.has(w)) counts.set(w, 1);
  await writeSearchWords(db, counts, !ids);
  forgetVocabulary({ db });
  return written;
}
