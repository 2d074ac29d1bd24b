/**
 * The three systems the harness compares. Each takes a query and returns corpus activity ids, best first.
 *   ours        Tarjotin's own searchActivities (src/modules/search), exactly as the pages and the API call it.
 *   pg-finnish  Baseline 1: plain PostgreSQL full-text search, to_tsvector('finnish', name || ' ' || description)
 *               ranked by ts_rank against plainto_tsquery('finnish', text), over the same database.
 *   minisearch  Baseline 2: MiniSearch with default settings over name, description and organisation name.
 * Filters (needs, kinds of support, target groups, municipality) are applied by the baselines as plain filters with
 * the same meaning as in SearchInput: any value within one list, all lists together; a municipality keeps activities
 * available there plus nationwide and remote ones.
 */
import MiniSearch from 'minisearch';
import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../src/platform/db/database.js';
import type { Lang } from '../../src/platform/i18n/i18n.js';
import { termId } from '../../src/modules/reference/load-reference-data.js';
import { searchActivities } from '../../src/modules/search/search-activities.js';
import type { Corpus, Query } from './collection.js';
import { passesFilters } from './filters.js';
import type { IdMap } from './load-corpus.js';

export interface SystemQuery {
  text: string;
  lang: Lang;
  filters: NonNullable<Query['filters']>;
}

export interface System {
  name: string;
  description: string;
  search(q: SystemQuery, k: number): Promise<string[]>;
}

export function oursSystem(db: Database, ids: IdMap): System {
  return {
    name: 'ours',
    description: 'Tarjotin searchActivities (sort: relevance)',
    async search(q, k) {
      const result = await searchActivities({
        db,
        text: q.text,
        needs: q.filters.needs,
        supports: q.filters.supports,
        targets: q.filters.targets,
        municipality: q.filters.municipality,
        lang: q.lang,
        sort: 'relevance',
        page: 1,
        perPage: k,
      });
      return result.hits.map((h) => ids.activityId.get(h.activityId) ?? h.activityId);
    },
  };
}

export function postgresFinnishSystem(db: Database, ids: IdMap): System {
  return {
    name: 'pg-finnish',
    description: "PostgreSQL ts_rank(to_tsvector('finnish', name || ' ' || description), plainto_tsquery('finnish', text))",
    async search(q, k) {
      const conditions: RawBuilder<unknown>[] = [sql`a.status = 'published'`, sql`o.status = 'published'`];
      const terms = (slug: string, codes: string[] | undefined) => {
        if (!codes || codes.length === 0) return;
        const list = sql.join(codes.map((c) => sql`${termId(slug, c)}::uuid`));
        conditions.push(sql`exists (select 1 from activity_term t where t.activity_id = a.id and t.term_id in (${list}))`);
      };
      terms('need', q.filters.needs);
      terms('support', q.filters.supports);
      terms('target', q.filters.targets);
      if (q.filters.municipality) {
        conditions.push(
          sql`(a.nationwide or a.remote or exists (select 1 from activity_municipality m where m.activity_id = a.id and m.municipality_code = ${q.filters.municipality}))`,
        );
      }
      const where = sql.join(conditions, sql` and `);
      const text = q.text.trim();
      const rows = text
        ? await sql<{ id: string }>`
            select a.id, ts_rank(d.tsv, q.q) as rank
            from activity a
            join organization o on o.id = a.organization_id
            cross join lateral (
              select to_tsvector('finnish', concat_ws(' ',
                a.name_fi, nullif(a.name_sv, a.name_fi), nullif(a.name_en, a.name_fi),
                a.description_fi, nullif(a.description_sv, a.description_fi), nullif(a.description_en, a.description_fi))) as tsv
            ) d
            cross join (select plainto_tsquery('finnish', ${text}) as q) q
            where d.tsv @@ q.q and ${where}
            order by rank desc, a.id
            limit ${k}`.execute(db)
        : await sql<{ id: string }>`
            select a.id from activity a join organization o on o.id = a.organization_id
            where ${where} order by a.name_fi, a.id limit ${k}`.execute(db);
      return rows.rows.map((r) => ids.activityId.get(r.id) ?? r.id);
    },
  };
}

export function miniSearchSystem(corpus: Corpus): System {
  const orgs = new Map(corpus.organizations.map((o) => [o.id, o]));
  const byId = new Map(corpus.activities.map((a) => [a.id, a]));
  const index = new MiniSearch({ fields: ['name', 'description', 'organization'] });
  index.addAll(
    corpus.activities.map((a) => {
      const tr = Object.values(a.translations ?? {});
      const o = orgs.get(a.organizationId)!;
      return {
        id: a.id,
        name: [a.name, ...tr.map((t) => t.name)].join(' '),
        description: [a.description, ...tr.map((t) => t.description)].join(' '),
        organization: [o.name, o.nameSv, o.nameEn].filter(Boolean).join(' '),
      };
    }),
  );
  return {
    name: 'minisearch',
    description: 'MiniSearch 7, default options, fields name + description + organisation name',
    async search(q, k) {
      const keep = (id: string) => passesFilters(byId.get(id)!, q.filters);
      if (!q.text.trim()) {
        return corpus.activities
          .filter((a) => keep(a.id))
          .sort((x, y) => x.name.localeCompare(y.name, 'fi') || x.id.localeCompare(y.id))
          .slice(0, k)
          .map((a) => a.id);
      }
      return index
        .search(q.text, { filter: (r) => keep(String(r.id)) })
        .slice(0, k)
        .map((r) => String(r.id));
    },
  };
}
