/**
 * Latency of the suggestions as you type (src/modules/search/suggest.ts) with 20,000 organisations (a twentieth of
 * them drafts), on PGlite by default or on PostgreSQL with TEST_DATABASE_URL (a fresh database, dropped after):
 *
 *   npx tsx bench/suggest-speed.ts
 *   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/test npx tsx bench/suggest-speed.ts
 *
 * Names are built so that common words are very common ("mielen" starts a word in 1,300 names).
 */
import { sql } from 'kysely';
import { createTestDatabase } from '../tests/support/test-db.js';
import { suggest } from '../src/modules/search/suggest.js';

const ORGANIZATIONS = 20_000;
const PREFIXES = ['mi', 'mielen', 'kuop', 'omaish', 'terveys', 'yhdistys', 'syop', 'päih', 'vertaistuki', 'xq', 'helsingin sy', 'seura'];
const ROUNDS = 5;

const handle = await createTestDatabase();
try {
  const db = handle.db;
  const started = performance.now();
  await sql`
    insert into organization (id, name_fi, name_sv, status, description_fi)
    select (lpad(to_hex(i), 8, '0') || '-0000-4000-8000-000000000000')::uuid,
      (array['Kuopion','Helsingin','Tampereen','Oulun','Vaasan','Iisalmen','Joensuun','Turun','Lahden','Porin'])[1 + i % 10] || ' ' ||
      (array['Mielenterveys','Omaishoitajat','Syöpä','Muisti','Päihde','Vertaistuki','Nuoriso','Eläkeläis','Sydän','Diabetes',
        'Näkövammais','Kuulo','Allergia','Reuma','Perhe'])[1 + (i / 10) % 15] ||
      (array['yhdistys','seura','kerho','piiri','liitto','keskus','verkosto'])[1 + (i / 150) % 7] || ' ' || i || ' ry',
      case when i % 4 = 0 then 'Förening ' || i || ' rf' end,
      case when i % 20 = 0 then 'draft' else 'published' end, ''
    from generate_series(1, ${ORGANIZATIONS}) i`.execute(db);
  await sql`analyze organization`.execute(db);
  console.log(`${handle.kind}: ${ORGANIZATIONS} organisations loaded in ${Math.round(performance.now() - started)} ms`);

  for (const text of PREFIXES) await suggest({ db, text, lang: 'fi' }); // warm up (and fill the terms cache)
  const times: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    for (const text of PREFIXES) {
      const t = performance.now();
      await suggest({ db, text, lang: 'fi' });
      times.push(performance.now() - t);
    }
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))]!.toFixed(1);
  console.log(`suggest(): ${times.length} calls, p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`);
} finally {
  await handle.close();
}
