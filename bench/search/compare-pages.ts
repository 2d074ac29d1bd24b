/**
 * How broad queries rank (decision record 0004, "Update (2026-12-05)"): for each text query of the benchmark's API mix,
 * the first page as the API gives it (a broad query: a share of the sample plus the tiers), with the whole sample
 * scored, and on the path that counts every match (`exactTotal`), compared by the mean full score of the page's hits
 * and by how many hits they share. Run it on a database the speed benchmark kept (`--keep`):
 *
 *   DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search npx tsx bench/search/compare-pages.ts
 *   DATA_DIR=/path/kept/by/bench npx tsx bench/search/compare-pages.ts          (PGlite)
 */
import { openDatabase } from '../../src/platform/db/database.js';
import { searchActivities } from '../../src/modules/search/search-activities.js';
import type { SearchInput, SearchResult } from '../../src/modules/search/search.types.js';
import { API_QUERIES } from './queries.js';

const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: process.env.DATA_DIR ?? './data' });
const mean = (r: SearchResult) => (r.hits.length === 0 ? 0 : r.hits.reduce((s, h) => s + h.score, 0) / r.hits.length);
const shared = (a: SearchResult, b: SearchResult) => a.hits.filter((h) => b.hits.some((x) => x.activityId === h.activityId)).length;
const sums = { api: 0, whole: 0, exact: 0 };
let n = 0;
console.log('query | broad | mean score: API / whole sample / every match | hits shared with every match: API / whole sample');
for (const { path } of API_QUERIES) {
  const params = new URL(path, 'http://x').searchParams;
  const text = params.get('search');
  if (!text || params.get('page') || params.get('municipality') || params.get('taxonomy_term_id')) continue;
  const input: SearchInput = { text, lang: params.get('lang') === 'en' ? 'en' : params.get('lang') === 'sv' ? 'sv' : 'fi', sort: 'relevance', page: 1, perPage: 20 };
  const api = await searchActivities({ db: database.db, ...input });
  const whole = await searchActivities({ db: database.db, ...input, broadSampleRead: 1_000_000 });
  const exact = await searchActivities({ db: database.db, ...input, exactTotal: true });
  console.log(
    `${text} | ${api.totalEstimated === true} | ${mean(api).toFixed(3)} / ${mean(whole).toFixed(3)} / ${mean(exact).toFixed(3)} | ${shared(api, exact)} / ${shared(whole, exact)} of ${exact.hits.length}`,
  );
  sums.api += mean(api);
  sums.whole += mean(whole);
  sums.exact += mean(exact);
  n += 1;
}
console.log(`mean over ${n} queries | | ${(sums.api / n).toFixed(4)} / ${(sums.whole / n).toFixed(4)} / ${(sums.exact / n).toFixed(4)} |`);
await database.close();
