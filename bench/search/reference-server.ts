/**
 * Child process of the speed benchmark: the reference a developer would write instead of Tarjotin's search (issue 12):
 * plain PostgreSQL `finnish` full-text search over the same activities, ranked by ts_rank, top 20, served over HTTP
 * by Fastify like the real service, so that the two are compared on equal terms. It reads `bench_plain_fts` (one
 * stored tsvector per listed activity with a GIN index, made by run.ts) and answers
 * `GET /plain?q=…` with the 20 best activities' ids and names. Same reporting as server.ts.
 */
import Fastify from 'fastify';
import { sql } from 'kysely';
import { openDatabase } from '../../src/platform/db/database.js';
import { startUsageReporting } from './usage.js';

const database = process.env.DATABASE_URL
  ? await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: 'memory://' })
  : await openDatabase({ dataDir: process.env.DATA_DIR! });
const app = Fastify({ logger: false });
app.get<{ Querystring: { q?: string } }>('/plain', async (request) => {
  const text = String(request.query.q ?? '');
  const { rows } = await sql<{ id: string; name_fi: string }>`
    select a.id, a.name_fi
    from (
      select f.activity_id, ts_rank(f.fts, q.q) as rank
      from bench_plain_fts f cross join (select plainto_tsquery('finnish', ${text}) as q) q
      where f.fts @@ q.q
      order by rank desc, f.activity_id
      limit 20
    ) top
    join activity a on a.id = top.activity_id
    order by top.rank desc, top.activity_id`.execute(database.db);
  return { items: rows };
});
const address = await app.listen({ port: 0, host: '127.0.0.1' });
startUsageReporting({
  port: Number(new URL(address).port),
  close: async () => {
    await app.close();
    await database.close();
  },
});
