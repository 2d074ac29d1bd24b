import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isListedActivity } from '../directory/visibility.js';
import type { WordStems } from './search-query.js';

/*
 * SQL of the search module. The index (search_document) holds one row per listed activity (directory/visibility.ts:
 * public, and its organisation not hidden for staleness): a weighted tsvector over Finnish, Swedish, English and
 * unstemmed ('simple') forms, lower-cased plain text for trigram matching, sort keys, and the codes the filters and
 * facets need. Search checks the same rule again live (an activity may have left since it was indexed).
 * Functions return camelCase objects.
 */

/**
 * A–Ö sort key in SQL, identical on PGlite and PostgreSQL whatever their collation: lower case, accents folded the
 * Finnish way (ü→y, æ→ä, ø→ö, é→e …), and å ä ö mapped to the three characters after z ({ | }) so that a plain
 * byte-wise comparison (COLLATE "C") puts them last in that order.
 */
const SORT_FROM = 'åäöæøüÿàáâãèéêëìíîïòóôõùúûýçñšž';
const SORT_TO = '{|}|}yyaaaaeeeeiiiioooouuuycnsz';
const LEADING_PUNCTUATION = '^[[:space:]"\'“”„«»()\\[\\].,:;!?*#&/+-]+';
function sortKey(expr: RawBuilder<unknown>): RawBuilder<string> {
  return sql<string>`regexp_replace(translate(lower(${expr}), ${SORT_FROM}, ${SORT_TO}), ${LEADING_PUNCTUATION}, '')`;
}

/** The same key computed in TypeScript (for tests and for sorting small lists in memory). */
export function sortKeyOf(value: string): string {
  let out = '';
  for (const ch of value.toLowerCase()) {
    const i = SORT_FROM.indexOf(ch);
    out += i === -1 ? ch : SORT_TO[i];
  }
  return out.replace(new RegExp(LEADING_PUNCTUATION.replace('[[:space:]', '[\\s'), 'u'), '');
}

/**
 * (Re)writes the index rows of listed activities (all, or only the given ids) and deletes the rows of every other
 * activity in scope. Two statements, whatever the number of activities.
 */
export async function upsertSearchDocuments(
  db: Database,
  activityIds: string[] | undefined,
  compoundText: (text: string) => string,
  /** Called with each document's texts (all languages), for the vocabulary. */
  onTexts?: (texts: string[]) => void,
): Promise<number> {
  // The scope is a join with the listed ids (unnest), not `a.id = any(<ids>)`: the planner reads each id through
  // the primary key, whereas `= any` over an array of every id an import touched was compared with every row
  // (issue 12: the import of 100 000 services spent most of its time here).
  const scope = activityIds ? sql`join (select distinct id from unnest(${activityIds}::uuid[]) as u(id)) as scope on scope.id = a.id` : sql``;
  // Compound parts are found in TypeScript (compound.ts) and fed to to_tsvector as extra words: name parts with
  // weight B, description parts with weight D.
  const texts = await sql<{ id: string; names: string; descriptions: string; other: string }>`
    select a.id, concat_ws(' ', a.name_fi, o.name_fi, o.alternate_name) as names,
      concat_ws(' ', a.description_fi, o.description_fi) as descriptions,
      concat_ws(' ', a.name_sv, a.name_en, o.name_sv, o.name_en, a.description_sv, a.description_en) as other
    from activity a join organization o on o.id = a.organization_id ${scope}
    where ${isListedActivity('a', 'o')}`.execute(db);
  if (onTexts) for (const r of texts.rows) onTexts([r.names, r.descriptions, r.other]);
  const ids = texts.rows.map((r) => r.id);
  const nameParts = texts.rows.map((r) => compoundText(r.names));
  const descriptionParts = texts.rows.map((r) => compoundText(r.descriptions));
  const result = await sql`
    with parts as (
      select * from unnest(${ids}::uuid[], ${nameParts}::text[], ${descriptionParts}::text[]) as p(id, names, descriptions)
    ),
    src as (
      select a.id as activity_id, a.organization_id,
        a.name_fi, a.name_sv, a.name_en,
        concat_ws(' ', a.name_fi, o.name_fi, o.alternate_name) as a_fi,
        concat_ws(' ', a.name_sv, o.name_sv) as a_sv,
        concat_ws(' ', a.name_en, o.name_en) as a_en,
        coalesce(t.terms_fi, '') as b_fi, coalesce(t.terms_sv, '') as b_sv, coalesce(t.terms_en, '') as b_en,
        coalesce(cp.names, '') as e_fi, coalesce(cp.descriptions, '') as f_fi,
        a.description_fi as c_fi, coalesce(a.description_sv, '') as c_sv, coalesce(a.description_en, '') as c_en,
        concat_ws(' ', o.description_fi, m.names) as d_fi,
        concat_ws(' ', o.description_sv, m.names_sv) as d_sv,
        coalesce(o.description_en, '') as d_en,
        coalesce(t.term_ids, '{}') as term_ids,
        coalesce(t.need_codes, '{}') as need_codes,
        coalesce(t.support_codes, '{}') as support_codes,
        coalesce(t.target_codes, '{}') as target_codes,
        coalesce(m.codes, '{}') as municipality_codes,
        (a.nationwide or a.remote) as nationwide,
        coalesce(a.last_checked, o.last_checked) as last_checked,
        a.languages
      from activity a
      join organization o on o.id = a.organization_id ${scope}
      left join parts cp on cp.id = a.id
      left join lateral (
        select array_agg(tt.id order by tt.id) as term_ids,
          array_agg(tt.code order by tt.code) filter (where x.slug = 'need') as need_codes,
          array_agg(tt.code order by tt.code) filter (where x.slug = 'support') as support_codes,
          array_agg(tt.code order by tt.code) filter (where x.slug = 'target') as target_codes,
          string_agg(concat_ws(' ', tt.name_fi, array_to_string(tt.synonyms_fi, ' ')), ' ') as terms_fi,
          string_agg(concat_ws(' ', tt.name_sv, array_to_string(tt.synonyms_sv, ' ')), ' ') as terms_sv,
          string_agg(concat_ws(' ', tt.name_en, array_to_string(tt.synonyms_en, ' ')), ' ') as terms_en
        from activity_term at
        join taxonomy_term tt on tt.id = at.term_id
        join taxonomy x on x.id = tt.taxonomy_id
        where at.activity_id = a.id
      ) t on true
      left join lateral (
        select array_agg(mu.code order by mu.code) as codes,
          string_agg(mu.name_fi, ' ') as names,
          string_agg(mu.name_sv, ' ') as names_sv
        from activity_municipality am
        join municipality mu on mu.code = am.municipality_code
        where am.activity_id = a.id
      ) m on true
      where ${isListedActivity('a', 'o')}
    )
    -- The names (weight A) are also kept on their own in the row (name_doc) and the taxonomy terms (B) once per set of
    -- terms (search_term_set), so that search ranks its candidates without reading the large document (decision
    -- record 0004). The document keeps its parts in the order they always had: concatenation shifts the positions of
    -- its right side, and ts_rank reads positions.
    , docs as (
      select src.*,
        setweight(to_tsvector('finnish', a_fi), 'A') || setweight(to_tsvector('swedish', a_sv), 'A')
          || setweight(to_tsvector('english', a_en), 'A') || setweight(to_tsvector('simple', concat_ws(' ', a_fi, a_sv, a_en)), 'A') as a_doc,
        setweight(to_tsvector('finnish', b_fi), 'B') || setweight(to_tsvector('swedish', b_sv), 'B')
          || setweight(to_tsvector('english', b_en), 'B') || setweight(to_tsvector('simple', concat_ws(' ', b_fi, b_sv, b_en)), 'B') as b_doc,
        setweight(to_tsvector('finnish', c_fi), 'C') || setweight(to_tsvector('swedish', c_sv), 'C')
          || setweight(to_tsvector('english', c_en), 'C') || setweight(to_tsvector('simple', concat_ws(' ', c_fi, c_sv, c_en)), 'C')
          || setweight(to_tsvector('finnish', d_fi), 'D') || setweight(to_tsvector('swedish', d_sv), 'D')
          || setweight(to_tsvector('english', d_en), 'D') || setweight(to_tsvector('simple', concat_ws(' ', d_fi, d_sv, d_en)), 'D') as cd_doc,
        setweight(to_tsvector('finnish', e_fi), 'A') || setweight(to_tsvector('simple', e_fi), 'A') as e_doc,
        setweight(to_tsvector('finnish', f_fi), 'D') || setweight(to_tsvector('simple', f_fi), 'D') as f_doc
      from src
    )
    -- The terms' text once per distinct set of terms, and the trigram text apart (migration 0023).
    , term_sets as (
      insert into search_term_set (term_ids, term_doc)
      select distinct on (term_ids) term_ids, b_doc from docs order by term_ids
      on conflict (term_ids) do update set term_doc = excluded.term_doc
    ),
    trigrams as (
      insert into search_trigram (activity_id, plain_text)
      select activity_id, lower(concat_ws(' ', a_fi, a_sv, a_en, b_fi, b_sv, b_en)) from docs
      on conflict (activity_id) do update set plain_text = excluded.plain_text
    )
    insert into search_document (activity_id, organization_id, name_sort, name_sort_sv, name_sort_en, document,
      term_ids, need_codes, support_codes, target_codes, municipality_codes, nationwide, last_checked, indexed_at,
      name_doc, languages)
    select activity_id, organization_id,
      ${sortKey(sql`name_fi`)},
      ${sortKey(sql`coalesce(name_sv, name_fi)`)},
      ${sortKey(sql`coalesce(name_en, name_fi)`)},
      a_doc || b_doc || cd_doc || e_doc || f_doc,
      term_ids, need_codes, support_codes, target_codes, municipality_codes, nationwide, last_checked, now(),
      a_doc || e_doc, languages
    from docs
    on conflict (activity_id) do update set
      organization_id = excluded.organization_id,
      name_sort = excluded.name_sort,
      name_sort_sv = excluded.name_sort_sv,
      name_sort_en = excluded.name_sort_en,
      document = excluded.document,
      term_ids = excluded.term_ids,
      need_codes = excluded.need_codes,
      support_codes = excluded.support_codes,
      target_codes = excluded.target_codes,
      municipality_codes = excluded.municipality_codes,
      nationwide = excluded.nationwide,
      last_checked = excluded.last_checked,
      indexed_at = excluded.indexed_at,
      name_doc = excluded.name_doc,
      languages = excluded.languages`.execute(db);

  const deleteScope = activityIds ? sql`using unnest(${activityIds}::uuid[]) as scope(id)` : sql``;
  const deleteJoin = activityIds ? sql`d.activity_id = scope.id and` : sql``;
  await sql`
    delete from search_document d ${deleteScope}
    where ${deleteJoin} not exists (
      select 1 from activity a join organization o on o.id = a.organization_id
      where a.id = d.activity_id and ${isListedActivity('a', 'o')}
    )`.execute(db);
  if (!activityIds) {
    // Sets of terms no activity has any more (a partial rebuild leaves them: harmless, they match no row).
    await sql`delete from search_term_set s where not exists (select 1 from search_document d where d.term_ids = s.term_ids)`.execute(db);
    // Fresh statistics for the planner (PGlite has no autovacuum); cheap, and only after a full rebuild.
    await sql`analyze search_document`.execute(db);
    await sql`analyze search_term_set`.execute(db);
    await sql`analyze search_trigram`.execute(db);
    // The directory's own tables too: search joins them for its live check, and a PGlite database filled without
    // the importer (which analyses what it writes) had never had them analysed.
    await sql`analyze activity`.execute(db);
    await sql`analyze organization`.execute(db);
  }
  return Number(result.numAffectedRows ?? 0);
}

/**
 * Writes the vocabulary: after a full rebuild it replaces the whole table (counts = documents per word), otherwise
 * it only adds new words. One statement each (plus the delete of a full rebuild).
 */
export async function writeSearchWords(db: Database, counts: Map<string, number>, full: boolean): Promise<void> {
  // Sorted: two imports' batches adding new words at once take the rows' locks in the same order (no deadlock).
  const words = [...counts.keys()].sort();
  const ns = words.map((w) => counts.get(w) ?? 1);
  if (full) await sql`delete from search_word`.execute(db);
  if (words.length === 0) return;
  await sql`
    insert into search_word (word, folded, stem, n)
    select w, translate(w, 'äöåæøü', 'aoaaoy'), coalesce((ts_lexize('finnish_stem', w))[1], w), n
    from unnest(${words}::text[], ${ns}::int[]) as v(w, n)
    on conflict (word) do nothing`.execute(db);
  if (full) await sql`analyze search_word`.execute(db);
}

/** A typed word found in fewer documents than this may still be a typo: its neighbours are looked up too. */
export const RARE_WORD = 3;

type VocabularyRow = {
  q: string;
  known: number | string;
  exact: number | string | null;
  q_fi: string;
  q_sv: string;
  q_en: string;
  q_simple: string;
  word: string | null;
  n: number | string | null;
  fi: string | null;
  sv: string | null;
  en: string | null;
  simple: string | null;
};

/** One typed word and, when the vocabulary was asked for neighbours, one of them (one entry per neighbour). */
export interface VocabularyEntry {
  /** the typed word */
  q: string;
  /** documents containing the word or a word with its stem (RARE_WORD more when a word starts with it) */
  known: number;
  /** documents containing exactly this word (0: none) */
  exact: number;
  /** stems of the typed word itself */
  stems: WordStems;
  /** a vocabulary word near the typed one, with the documents holding it and its stems; null when none was looked up */
  neighbour: { word: string; n: number; stems: WordStems } | null;
}

function toVocabularyEntry(r: VocabularyRow): VocabularyEntry {
  return {
    q: r.q,
    known: Number(r.known),
    exact: Number(r.exact ?? 0),
    stems: { fi: r.q_fi, sv: r.q_sv, en: r.q_en, simple: r.q_simple },
    neighbour:
      r.word === null ? null : { word: r.word, n: Number(r.n ?? 1), stems: { fi: r.fi ?? '', sv: r.sv ?? '', en: r.en ?? '', simple: r.simple ?? '' } },
  };
}

/**
 * For each typed word: how well the vocabulary knows it (documents with the word or its Finnish stem; for a word still
 * being typed, a word starting with it counts as well known), and when it is unknown or rare, its nearest vocabulary
 * words (trigram neighbours and words equal without diacritics) with their stems. One statement.
 */
export async function lookupVocabulary(db: Database, words: string[], prefix: boolean[], correct: boolean[]): Promise<VocabularyEntry[]> {
  if (words.length === 0) return [];
  const { rows } = await sql<VocabularyRow>`
    with q as (select * from unnest(${words}::text[], ${prefix}::boolean[], ${correct}::boolean[]) as q(q, prefix, correct))
    select q.q, k.known, (select s.n from search_word s where s.word = q.q) as exact,
      plainto_tsquery('finnish', q.q)::text as q_fi, plainto_tsquery('swedish', q.q)::text as q_sv,
      plainto_tsquery('english', q.q)::text as q_en, plainto_tsquery('simple', q.q)::text as q_simple,
      c.word, c.n,
      plainto_tsquery('finnish', c.word)::text as fi,
      plainto_tsquery('swedish', c.word)::text as sv,
      plainto_tsquery('english', c.word)::text as en,
      plainto_tsquery('simple', c.word)::text as simple
    from q
    cross join lateral (
      select coalesce((select sum(s.n) from search_word s
          where s.word = q.q or s.stem = coalesce((ts_lexize('finnish_stem', q.q))[1], q.q)), 0)
        + case when q.prefix and exists (
          select 1 from search_word s where s.word collate "C" >= q.q collate "C" and s.word collate "C" < (q.q || chr(1114111)) collate "C")
          then ${RARE_WORD} else 0 end as known
    ) k
    left join lateral (
      select s.word, s.n from search_word s
      where q.correct and k.known < ${RARE_WORD} and (s.word % q.q or s.folded = translate(q.q, 'äöåæøü', 'aoaaoy'))
      order by similarity(s.word, q.q) desc, s.n desc, s.word collate "C"
      limit 12
    ) c on true`.execute(db);
  return rows.map(toVocabularyEntry);
}

/** Finnish, Swedish, English and unstemmed tsquery text of each word ('' where the word is a stop word). */
export async function stemWords(db: Database, words: string[]): Promise<Map<string, WordStems>> {
  const stems = new Map<string, WordStems>();
  if (words.length === 0) return stems;
  const { rows } = await sql<{ w: string; fi: string; sv: string; en: string; simple: string }>`
    select w,
      plainto_tsquery('finnish', w)::text as fi,
      plainto_tsquery('swedish', w)::text as sv,
      plainto_tsquery('english', w)::text as en,
      plainto_tsquery('simple', w)::text as simple
    from unnest(${words}::text[]) as w`.execute(db);
  for (const r of rows) stems.set(r.w, { fi: r.fi, sv: r.sv, en: r.en, simple: r.simple });
  return stems;
}

export type TextMatch =
  | { kind: 'none' }
  /** `precise`: the query without typo corrections, when there are any (hits matching it rank higher). */
  | {
      kind: 'fulltext';
      tsquery: string;
      literal: string;
      precise?: string;
      /** partial matching: `tsquery` is an OR of these (one per query word); the share matched ranks */
      groups?: string[];
      /** partial matching: each group's weight in the share matched (1; 0.5 for a relation word); all 1 when omitted */
      weights?: number[];
      /** partial matching: the query with every word (names and terms holding all of them get the full bonus) */
      strict?: string;
    }
  | { kind: 'trigram'; words: string[] };

export interface SearchQueryPlan {
  lang: Lang;
  text: TextMatch;
  needs: string[];
  supports: string[];
  targets: string[];
  termIds?: string[];
  taxonomyId?: string;
  organizationId?: string;
  modifiedAfter?: Date;
  municipality?: string;
  remoteOnly: boolean;
  /** A region's scope: available in one of these municipalities, or nationwide / remote. */
  withinMunicipalities?: string[];
  sort: 'relevance' | 'name';
  limit: number;
  offset: number;
  facets: boolean;
  /**
   * A broad query (decision record 0004, "Broad queries"): the candidates come from the sample and from bounded index
   * lookups instead of from every match, and the total is estimated from the sample (`SAMPLE_SCALE` × the sample's
   * matches). Only for full text in relevance order, or any text in name order; never with facets or partial matching.
   */
  broad?: boolean;
  /** Tests only: how many of a broad query's sample matches are scored (default SAMPLE_READ). */
  sampleRead?: number;
  /** return each hit's score parts (JSON text in the hit row's `code`) */
  explain?: boolean;
  /** needs, kinds of support and target groups the query's words name (lay-query.ts): ranked higher, not filtered */
  boost?: { needs: string[]; supports: string[]; targets: string[] };
}

/** One row of a search's answer: a hit, the total, the count without typo corrections, or a facet count. */
export interface SearchRow {
  kind: 'hit' | 'total' | 'exact' | 'need' | 'support' | 'target' | 'municipality' | 'nationwide';
  activityId: string | null;
  organizationId: string | null;
  score: number | null;
  nationwide: boolean | null;
  local: boolean | null;
  ord: number | null;
  /** the facet value; for a hit with `explain`, its score parts as JSON text */
  code: string | null;
  n: number | null;
}

type SearchResultRow = Omit<SearchRow, 'activityId' | 'organizationId'> & { activity_id: string | null; organization_id: string | null };

function toSearchRow({ activity_id, organization_id, ...rest }: SearchResultRow): SearchRow {
  return { ...rest, activityId: activity_id, organizationId: organization_id };
}

const always = sql<boolean>`true`;

/** The plan's filters other than the text and the three facets' codes (index row `d`). */
function planFilters(p: SearchQueryPlan): RawBuilder<unknown>[] {
  const conditions: RawBuilder<unknown>[] = [];
  if (p.termIds) conditions.push(sql`d.term_ids && ${p.termIds}::uuid[]`);
  if (p.taxonomyId) conditions.push(sql`d.term_ids && array(select tt.id from taxonomy_term tt where tt.taxonomy_id = ${p.taxonomyId}::uuid)`);
  if (p.organizationId) conditions.push(sql`d.organization_id = ${p.organizationId}::uuid`);
  if (p.withinMunicipalities) conditions.push(sql`(d.municipality_codes && ${p.withinMunicipalities}::text[] or d.nationwide)`);
  if (p.modifiedAfter) {
    conditions.push(sql`exists (select 1 from activity a join organization o on o.id = a.organization_id
      where a.id = d.activity_id and greatest(a.updated_at, o.updated_at) > ${p.modifiedAfter.toISOString()}::timestamptz)`);
  }
  return conditions;
}

const codesMatch = (column: string, codes: string[]) => (codes.length > 0 ? sql`${sql.ref(column)} && ${codes}::text[]` : always);
const localMatch = (p: SearchQueryPlan) => (p.municipality ? sql`d.municipality_codes @> array[${p.municipality}]::text[]` : sql`false`);
const areaMatch = (p: SearchQueryPlan) => (p.municipality ? sql`(${localMatch(p)} or d.nationwide)` : p.remoteOnly ? sql`d.nationwide` : always);

/** Every filter of the plan but the text, as one condition on the index row `d`. */
function sampleFilters(p: SearchQueryPlan): RawBuilder<unknown> {
  return sql.join(
    [...planFilters(p), codesMatch('d.need_codes', p.needs), codesMatch('d.support_codes', p.supports), codesMatch('d.target_codes', p.targets), areaMatch(p)],
    sql` and `,
  );
}

/**
 * How many of the best matches by the cheap score (below) are scored in full for a page: the page's end plus this
 * many. At or below that many matches the answer is exactly what scoring every match gives (decision record 0004).
 */
export const SCORED_CANDIDATES = 300;

/**
 * Broad queries (decision record 0004): the index's sample is one activity in sixteen (`sample`, migration 0031), so
 * a count over it times SAMPLE_SCALE estimates a count over all. A query is broad when the sample holds at least
 * BROAD_SAMPLE matches (about 2 400 in all). Its name and term tiers are read only when the sample holds fewer of them
 * than the page's end plus TIER_MARGIN, up to TIER_LIMIT each; in name order LIVE_SLACK more rows are read for the
 * live check.
 */
export const SAMPLE_SCALE = 16;
export const BROAD_SAMPLE = 150;
/** The sample holds enough strong matches for pages ending within this many hits, plus this many. */
const TIER_MARGIN = 40;
/**
 * Of a broad query's sample matches, about this many are scored (a uniform share of them, by a byte of the random id):
 * the cheap score costs about 10 µs a row for a lay query's large tsquery, and "vertaistuki" has 3 400 in the sample.
 * The total and the tiers' decision still count every sample match.
 */
export const SAMPLE_READ = 600;
const TIER_LIMIT = 2000;
const LIVE_SLACK = 20;

/**
 * How many of the sample's activities match the plan's text and filters (at most `atMost`), and with typo
 * corrections, how many match without them: decides whether a query is broad. Two small reads of partial indexes.
 */
export async function countSampleMatches(db: Database, p: SearchQueryPlan, atMost: number): Promise<{ n: number; precise: number | null }> {
  const text = p.text.kind === 'fulltext' ? p.text : undefined;
  const filters = sampleFilters(p);
  const count = (tsquery: string | undefined) => sql`(select count(*) from (
    select 1 from search_document d where d.sample ${tsquery ? sql`and d.document @@ (select cast(${tsquery} as tsquery))` : sql``} and ${filters}
    limit ${atMost}) x)`;
  const { rows } = await sql<{ n: number; precise: number | null }>`
    select ${count(text?.tsquery)} as n, ${text?.precise ? count(text.precise) : sql`null::bigint`} as precise`.execute(db);
  return { n: Number(rows[0]?.n ?? 0), precise: rows[0]?.precise === null || rows[0]?.precise === undefined ? null : Number(rows[0].precise) };
}

/**
 * Whether the candidate activity is still listed, read by primary key for each candidate (`offset 0` keeps the
 * subquery apart: on PGlite, whose tables are analysed only when we do it, the planner took an organisation table it
 * believed empty as the outer side and compared 33 000 organisations with each of 320 candidates, 7 s).
 */
const liveCheck = (activityId: RawBuilder<unknown>) =>
  sql`select 1 from activity a join organization o on o.id = a.organization_id where a.id = ${activityId} and ${isListedActivity('a', 'o')} offset 0`;

/**
 * The facet counts over `found` (its m_need, m_support, m_target and m_area flags and code columns): each facet's
 * counts apply every flag but its own (disjunctive facets, search.types.ts).
 */
const facetUnion = sql`
      union all
      select 'need', null, null, null, null, null, null, code, count(*)
        from found cross join unnest(found.need_codes) as code where m_support and m_target and m_area group by code
      union all
      select 'support', null, null, null, null, null, null, code, count(*)
        from found cross join unnest(found.support_codes) as code where m_need and m_target and m_area group by code
      union all
      select 'target', null, null, null, null, null, null, code, count(*)
        from found cross join unnest(found.target_codes) as code where m_need and m_support and m_area group by code
      union all
      select 'municipality', null, null, null, null, null, null, code, count(*) filter (where not found.nationwide)
        from found cross join unnest(found.municipality_codes) as code where m_need and m_support and m_target group by code
      union all
      select 'nationwide', null, null, null, null, null, null, null, count(*)
        from found where nationwide and m_need and m_support and m_target`;

/**
 * The total and the facet counts of a broad query on the results page, counted over the index's sample only (one
 * activity in sixteen: multiply by SAMPLE_SCALE for an estimate). One read of the sample's partial GIN index; no
 * scores, no documents (decision record 0004, "Broad queries").
 */
export async function countSampleFacets(db: Database, p: SearchQueryPlan): Promise<SearchRow[]> {
  const text = p.text.kind === 'fulltext' ? sql`d.document @@ (select cast(${p.text.tsquery} as tsquery))` : always;
  const { rows } = await sql<SearchResultRow>`
    with found as materialized (
      select d.need_codes, d.support_codes, d.target_codes, d.municipality_codes, d.nationwide,
        ${codesMatch('d.need_codes', p.needs)} as m_need,
        ${codesMatch('d.support_codes', p.supports)} as m_support,
        ${codesMatch('d.target_codes', p.targets)} as m_target,
        ${areaMatch(p)} as m_area
      from search_document d
      where d.sample and ${text} and ${sql.join([always, ...planFilters(p)], sql` and `)}
    )
    select 'total' as kind, null::uuid as activity_id, null::uuid as organization_id, null::float8 as score, null::boolean as nationwide,
      null::boolean as local, null::bigint as ord, null::text as code, count(*) as n
      from found where m_need and m_support and m_target and m_area
    ${facetUnion}`.execute(db);
  return rows.map(toSearchRow);
}

/**
 * One statement: the page of hits, the total, and (optionally) the facet counts. `found` holds the activities that
 * pass the text and the non-facet filters, with one flag per facet; a facet's counts use every flag but its own.
 *
 * Speed at national scale (issue 12, decision record 0004): a broad word matches half the directory, and reading
 * each match's document (a large, compressed tsvector) costs far more than the rest. So the work is split in two.
 * Every match gets a cheap score from the small columns of its index row: the names and taxonomy terms on their own
 * (`name_doc`; the terms once per distinct set of terms, `search_term_set`), the share of words matched (one GIN lookup per word, joined by id), whether it matched
 * without typo corrections (one GIN lookup), the facet boosts and the locality, freshness and language factors. The
 * best SCORED_CANDIDATES by that score (plus the page's end) are then scored in full: `ts_rank` over the document and
 * the bonus for the words as typed, both of which only order hits within the same cheap score, and only these few
 * are checked live against the directory tables. The total, the count without corrections and the facet counts come
 * from the cheap pass and are exact.
 */
export async function querySearch(db: Database, p: SearchQueryPlan): Promise<SearchRow[]> {
  const nameSort = p.lang === 'sv' ? sql.ref('d.name_sort_sv') : p.lang === 'en' ? sql.ref('d.name_sort_en') : sql.ref('d.name_sort');
  const conditions: RawBuilder<unknown>[] = [];
  const joins: RawBuilder<unknown>[] = [];
  // Cheap score parts (every match; small columns only) and full ones (the candidates; they read the document).
  let cheapTextRank: RawBuilder<unknown> = sql`0::float8`;
  let textRank: RawBuilder<unknown> = sql`0::float8`;
  let literalBonus: RawBuilder<unknown> = sql`0::float8`;
  let nameBonus: RawBuilder<unknown> = sql`0::float8`;
  let taxonomyBonus: RawBuilder<unknown> = sql`0::float8`;
  let coverage: RawBuilder<unknown> = sql`1::float8`;
  let typoPenalty: RawBuilder<unknown> = sql`0::float8`;
  let exactMatch: RawBuilder<unknown> = sql`true`;
  let termBonus: RawBuilder<unknown> = sql``;
  /** The text's own condition (full text only): broad queries take it from the sample and the tiers instead. */
  let textCondition: RawBuilder<unknown> | undefined;
  /** Full text: the tsqueries of the score parts, one row joined where they are needed. */
  let tsqueries: RawBuilder<unknown> = sql`(select 1 as none) tq`;
  if (p.text.kind === 'fulltext') {
    const groups = p.text.groups && p.text.groups.length > 1 ? p.text.groups : undefined;
    tsqueries = sql`(select cast(${p.text.tsquery} as tsquery) as q, cast(${p.text.literal} as tsquery) as l,
      cast(${p.text.strict ?? p.text.tsquery} as tsquery) as s) tq`;
    // A scalar subquery, not a constant: the planner then assumes a selective match and reads the GIN index. With the
    // constant it estimates most rows for a tsquery of many ORed forms, scans the table and decompresses every
    // document just to test the match (≈ 10× slower at 100 000 activities; the index needs no recheck).
    textCondition = sql`d.document @@ (select cast(${p.text.tsquery} as tsquery))`;
    conditions.push(textCondition);
    // A match within the names (weight A) or the taxonomy terms (B) alone outranks any amount of description text;
    // the words as typed rank a little above their base forms, compound parts and synonyms; typo corrections last.
    textRank = sql`ts_rank(d.document, tq.q)::float8`;
    literalBonus = sql`case when d.document @@ tq.l then 0.3 else 0 end::float8`;
    // With partial matching, the names / terms must hold every word for the full bonus (some words: a third).
    // (Without partial matching the strict query is the query: one test.)
    const strictIsQuery = (p.text.strict ?? p.text.tsquery) === p.text.tsquery;
    nameBonus = strictIsQuery
      ? sql`case when d.name_doc @@ tq.q then 1 else 0 end::float8`
      : sql`case when d.name_doc @@ tq.s then 1 when d.name_doc @@ tq.q then 0.3 else 0 end::float8`;
    // The terms' text is scored once per distinct set of terms (a few hundred), then joined by the set.
    termBonus = sql`term_bonus as materialized (
      select ts.term_ids, case when ts.term_doc @@ tq.s then 0.5 when ts.term_doc @@ tq.q then 0.15 else 0 end::float8 as bonus
      from search_term_set ts cross join ${tsqueries}
    ),`;
    joins.push(sql`left join term_bonus tb on tb.term_ids = d.term_ids`);
    taxonomyBonus = sql`coalesce(tb.bonus, 0)::float8`;
    if (p.text.precise) {
      // Matched without the typo corrections: one GIN lookup of the precise query, materialised and joined by id (as
      // a subquery the planner, misled by the small estimate of a broad query's sample, re-read each candidate's
      // document through the primary key instead: 40 ms for 2 700 candidates).
      termBonus = sql`${termBonus} precise_match as materialized (
        select x.activity_id from search_document x where x.document @@ (select cast(${p.text.precise} as tsquery))
      ),`;
      joins.push(sql`left join precise_match px on px.activity_id = d.activity_id`);
      exactMatch = sql`(px.activity_id is not null)`;
      typoPenalty = sql`case when px.activity_id is not null then 0 else -1 end::float8`;
    }
    // 3 when every word matches; with partial matching (some of the words only) 3 × the share of words matched:
    // one GIN lookup per word (group), summed per activity.
    if (groups) {
      const weights = p.text.weights?.length === groups.length ? p.text.weights : groups.map(() => 1);
      joins.push(sql`left join (
        select x.activity_id, sum(g.w) as w
        from unnest(${groups}::text[], ${weights}::float8[]) as g(q, w)
        cross join lateral (select y.activity_id from search_document y where y.document @@ cast(g.q as tsquery)) x
        group by x.activity_id) cov on cov.activity_id = d.activity_id`);
      coverage = sql`(3.0 * coalesce(cov.w, 0) / ${weights.reduce((a, b) => a + b, 0)})::float8`;
    } else {
      coverage = sql`3::float8`;
    }
  } else if (p.text.kind === 'trigram') {
    coverage = sql`0::float8`;
    joins.push(sql`join search_trigram t on t.activity_id = d.activity_id`);
    for (const w of p.text.words) conditions.push(sql`${w} <% t.plain_text`);
    // Trigram matches are few (a fallback when no word matches at all): their rank is part of the cheap score.
    cheapTextRank = sql`((${sql.join(
      p.text.words.map((w) => sql`word_similarity(${w}, t.plain_text)`),
      sql` + `,
    )}) / ${p.text.words.length})::float8`;
  }
  // Matches to the chosen facet values: with several values chosen, an activity carrying more of them ranks higher.
  const chosen = [...p.needs, ...p.supports, ...p.targets];
  const facetParts: RawBuilder<unknown>[] = [];
  if (chosen.length > 1) {
    facetParts.push(sql`0.2 * cardinality(array(select unnest(d.need_codes || d.support_codes || d.target_codes) intersect select unnest(${chosen}::text[])))`);
  }
  // The needs, kinds of support and target groups the words name ("nuorelle", "mieheni", "en jaksa"): a target group
  // +0.6, a need +0.4, a kind of support +0.2 (each once); computed from the index row, no extra statement.
  const boost = p.text.kind === 'fulltext' ? p.boost : undefined;
  if (boost?.targets.length) facetParts.push(sql`case when d.target_codes && ${boost.targets}::text[] then 0.6 else 0 end`);
  if (boost?.needs.length) facetParts.push(sql`case when d.need_codes && ${boost.needs}::text[] then 0.4 else 0 end`);
  if (boost?.supports.length) facetParts.push(sql`case when d.support_codes && ${boost.supports}::text[] then 0.2 else 0 end`);
  const facetBonus = facetParts.length > 0 ? sql`(${sql.join(facetParts, sql` + `)})::float8` : sql`0::float8`;
  conditions.push(...planFilters(p));

  const local = localMatch(p);
  const area = areaMatch(p);
  const cheapOrder =
    p.sort === 'name' ? sql`name_sort collate "C", activity_id` : sql`cheap_score desc, local desc, name_sort collate "C", activity_id`;
  const order =
    p.sort === 'name' ? sql`name_sort collate "C", activity_id` : sql`score desc, local desc, name_sort collate "C", activity_id`;
  // Factors: available in the chosen municipality; checked recently (within a year 1, two years 0.98, older or
  // never 0.96: it orders equally relevant hits, it does not outweigh relevance); offered in the interface language
  // (else 0.7). Never anything about who pays.
  const localityFactor = sql`case when ${local} then 1.25 else 1 end::float8`;
  const freshnessFactor = sql`case when d.last_checked >= current_date - 365 then 1 when d.last_checked >= current_date - 730 then 0.98 else 0.96 end::float8`;
  const languageFactor = sql`case when ${p.lang} = any(d.languages) then 1 else 0.7 end::float8`;
  const factor = sql`(${localityFactor} * ${freshnessFactor} * ${languageFactor})`;
  const cheapScore = sql`((${cheapTextRank} + ${nameBonus} + ${taxonomyBonus} + ${coverage} + ${typoPenalty} + ${facetBonus}) * ${factor})`;
  // The codes only when facets are counted, the score parts only when asked for: `found` holds every match.
  const facetColumns = p.facets ? sql`, d.need_codes, d.support_codes, d.target_codes, d.municipality_codes` : sql``;
  const explainColumns = p.explain
    ? sql`, ${cheapTextRank} as cheap_text_rank, ${nameBonus} as name_bonus, ${taxonomyBonus} as taxonomy_bonus, ${coverage} as coverage, ${typoPenalty} as typo_penalty,
        ${facetBonus} as facet_bonus, ${localityFactor} as locality_factor, ${freshnessFactor} as freshness_factor, ${languageFactor} as language_factor`
    : sql``;
  const explainParts = p.explain
    ? sql`json_build_object('textRank', c.text_rank + c.cheap_text_rank, 'literalBonus', c.literal_bonus, 'nameBonus', c.name_bonus,
        'taxonomyBonus', c.taxonomy_bonus, 'coverage', c.coverage, 'typoPenalty', c.typo_penalty, 'facetBonus', c.facet_bonus,
        'localityFactor', c.locality_factor, 'freshnessFactor', c.freshness_factor, 'languageFactor', c.language_factor)::text`
    : sql`null::text`;

  const facets = p.facets ? facetUnion : sql``;

  // With typo corrections: how many hits match without them (none: the page says the results are approximate).
  const exact =
    p.text.kind === 'fulltext' && p.text.precise
      ? sql`union all
    select 'exact', null, null, null, null, null, null, null, count(*) filter (where exact) from found
    where m_need and m_support and m_target and m_area`
      : sql``;

  const where = conditions.length > 0 ? sql.join(conditions, sql` and `) : always;
  // Shared by the broad and the exact statement: the full score of the candidates (`candidate`, a CTE each defines),
  // checked live (an activity may have left since it was indexed), and the page of hits in order.
  const scoredPage = sql`scored as (
      select c.activity_id, c.organization_id, c.nationwide, c.local, c.name_sort,
        c.cheap_score + (c.text_rank + c.literal_bonus) * c.factor as score, ${explainParts} as parts
      from (
        select c.*, ${textRank} as text_rank, ${literalBonus} as literal_bonus
        from candidate c join search_document d on d.activity_id = c.activity_id cross join ${tsqueries}
      ) c
      cross join lateral (${liveCheck(sql`c.activity_id`)}) live
    )
    select 'hit' as kind, h.activity_id, h.organization_id, h.score, h.nationwide, h.local, h.ord, h.parts as code, null::bigint as n
      from (
        select activity_id, organization_id, score, nationwide, local, parts, row_number() over (order by ${order}) as ord
        from scored order by ord limit ${p.limit} offset ${p.offset}
      ) h`;

  const candidates = p.offset + p.limit + SCORED_CANDIDATES;
  if (p.broad && !p.facets && !(p.text.kind === 'fulltext' && p.text.groups) && p.text.kind !== 'trigram') {
    const filters = sampleFilters(p);
    const matches = textCondition ? sql`${textCondition} and ${filters}` : filters;
    if (p.sort === 'name') {
      // In A–Ö order straight from the btree of the language's sort key (migration 0031): exact, and it stops at the
      // page's end. The live check may drop an activity that left since it was indexed, so a few more are read. The
      // text is matched as a plain condition here (`tq.q`, not a scalar subquery): the planner then sees how common
      // the words are and walks the sort key's index, instead of reading every match from the GIN index and sorting.
      const ordered = p.text.kind === 'fulltext' ? sql`d.document @@ tq.q and ${filters}` : filters;
      const { rows } = await sql<SearchResultRow>`
        with ${termBonus} ordered as materialized (
          select d.activity_id, d.organization_id, ${nameSort} as name_sort, d.nationwide, ${local} as local, ${cheapScore} as score
          from search_document d cross join ${tsqueries} ${sql.join(joins, sql` `)}
          where ${ordered}
          order by ${nameSort} collate "C", d.activity_id limit ${p.offset + p.limit + LIVE_SLACK}
        ),
        live as (
          select r.*, row_number() over (order by r.name_sort collate "C", r.activity_id) as ord
          from ordered r cross join lateral (${liveCheck(sql`r.activity_id`)}) live
        )
        select 'hit' as kind, activity_id, organization_id, score, nationwide, local, ord, null::text as code, null::bigint as n
          from live where ord > ${p.offset} and ord <= ${p.offset + p.limit}
        union all
        select 'total', null, null, null, null, null, null, null, ${SAMPLE_SCALE} * count(*)
          from search_document d cross join ${tsqueries} where d.sample and ${matches}`.execute(db);
      return rows.map(toSearchRow);
    }
    if (p.text.kind !== 'fulltext') throw new Error('a broad query in relevance order needs full text');
    // Relevance: the candidates are the sample's matches (one in sixteen, a partial GIN index) and, when the sample
    // holds fewer name or term matches than the page needs plus TIER_MARGIN (strong matches may be few, and the
    // sample may miss them), every name match (GIN on name_doc) and every match of a matching set of terms (btree on
    // term_ids), each up to TIER_LIMIT; with typo corrections, the matches without them too. The cheap and full
    // scores are then those of the exact statement below. The total is the sample's count × SAMPLE_SCALE.
    const tsquery = p.text.kind === 'fulltext' ? p.text.tsquery : '';
    const precise = p.text.kind === 'fulltext' ? p.text.precise : undefined;
    // Each candidate's row is read once: the cheap score is computed where the row is found.
    const foundColumns = sql`d.activity_id, d.organization_id, ${nameSort} as name_sort, d.nationwide, ${local} as local, ${exactMatch} as exact,
      ${cheapScore} as cheap_score, ${factor} as factor ${explainColumns}`;
    const from = sql`search_document d cross join ${tsqueries} ${sql.join(joins, sql` `)}`;
    // The sample's rows that are scored (below): the tiers add every other row they find, the rest of the sample too.
    const picked = sql`(d.sample and get_byte(uuid_send(d.activity_id), 14) < (select k from pick))`;
    const tier = (condition: RawBuilder<unknown>, limit: RawBuilder<unknown>, source: RawBuilder<unknown> = from) =>
      sql`union all (select ${foundColumns}, false, false from ${source} where ${condition} and not ${picked} and ${filters} limit ${limit})`;
    // The activities of each matching set of terms through the index on term_ids (`offset 0` keeps the planner from
    // flattening the lateral read into a scan of the whole table, which it otherwise prefers).
    const bySet = sql`(select tb.term_ids from term_bonus tb where tb.bonus > 0) ms
      cross join lateral (select * from search_document x where x.term_ids = ms.term_ids offset 0) d
      cross join ${tsqueries} ${sql.join(joins, sql` `)}`;
    const unlessSampleHolds = (column: string) =>
      sql`(case when (select count(*) from sampled where ${sql.ref(column)}) * 256.0 / (select k from pick) < ${p.offset + p.limit + TIER_MARGIN}
        then ${TIER_LIMIT} else 0 end)`;
    // The sample's matches are counted (ids only); the scores are computed for a uniform share of them (`pick`: of
    // the 256 values of the id's 15th byte, those below k), about `sampleRead` rows, read again by primary key.
    const sampleRead = p.sampleRead ?? SAMPLE_READ;
    const { rows } = await sql<SearchResultRow>`
      with ${termBonus} sample_rows as materialized (
        select d.activity_id from search_document d where d.sample and ${matches}
      ),
      pick as (
        select least(256, ceil(256.0 * ${sampleRead} / greatest(count(*), 1)))::int as k from sample_rows
      ),
      sampled as materialized (
        select ${foundColumns}, d.name_doc @@ tq.q as name_hit, coalesce(tb.bonus, 0) > 0 as term_hit
        from sample_rows s join search_document d on d.activity_id = s.activity_id cross join ${tsqueries} ${sql.join(joins, sql` `)}
        where get_byte(uuid_send(s.activity_id), 14) < (select k from pick)
      ),
      found as materialized (
        select * from sampled
        ${tier(sql`d.name_doc @@ (select cast(${tsquery} as tsquery))`, unlessSampleHolds('name_hit'))}
        ${tier(sql`true`, unlessSampleHolds('term_hit'), bySet)}
        ${precise ? tier(sql`d.document @@ (select cast(${precise} as tsquery))`, sql`${TIER_LIMIT}`) : sql``}
      ),
      candidate as materialized (
        select * from (select distinct on (activity_id) * from found order by activity_id) f order by ${cheapOrder} limit ${candidates}
      ),
      ${scoredPage}
      union all
      select 'total', null, null, null, null, null, null, null, ${SAMPLE_SCALE} * count(*) from sample_rows
      ${precise ? sql`union all select 'exact', null, null, null, null, null, null, null, count(distinct activity_id) filter (where exact) from found` : sql``}`.execute(db);
    return rows.map(toSearchRow);
  }
  // `found` is materialised so that the text and index filters run first, whatever the planner believes about the
  // (often never analysed, on PGlite) tables; it holds no document, only the small columns. Without facets it holds
  // only the activities that pass every filter (the facets' counts need the others).
  const { rows } = await sql<SearchResultRow>`
    with ${termBonus} found as materialized (
      select d.activity_id, d.organization_id, ${nameSort} as name_sort, d.nationwide, ${local} as local, ${exactMatch} as exact,
        ${cheapScore} as cheap_score, ${factor} as factor,
        ${codesMatch('d.need_codes', p.needs)} as m_need,
        ${codesMatch('d.support_codes', p.supports)} as m_support,
        ${codesMatch('d.target_codes', p.targets)} as m_target,
        ${area} as m_area
        ${facetColumns} ${explainColumns}
      from search_document d cross join ${tsqueries} ${sql.join(joins, sql` `)}
      where ${where} ${p.facets ? sql`` : sql`and ${sampleFilters(p)}`}
    ),
    candidate as materialized (
      select * from found where m_need and m_support and m_target and m_area order by ${cheapOrder} limit ${candidates}
    ),
    ${scoredPage}
    union all
    select 'total', null, null, null, null, null, null, null, count(*) from found where m_need and m_support and m_target and m_area
    ${exact}
    ${facets}`.execute(db);
  return rows.map(toSearchRow);
}

/** Whether any listed activity matches the full-text query at all (no filters): decides the trigram fallback. */
export async function anyFullTextMatch(db: Database, tsquery: string): Promise<boolean> {
  const { rows } = await sql<{ found: boolean }>`
    with found as materialized (
      select d.activity_id, d.organization_id from search_document d where d.document @@ (select cast(${tsquery} as tsquery)) -- GIN index, see querySearch
    )
    select exists (
      select 1 from found f
      join activity a on a.id = f.activity_id
      join organization o on o.id = f.organization_id
      where ${isListedActivity('a', 'o')}
    ) as found`.execute(db);
  return rows[0]?.found === true;
}

export interface TermLabel {
  /** the taxonomy's slug: need, support or target */
  slug: string;
  code: string;
  id: string;
  label: string;
}

/** Terms of the need, support and target taxonomies with their labels in one language, in taxonomy order. */
export async function listTermLabels(db: Database, lang: Lang): Promise<TermLabel[]> {
  const { rows } = await sql<TermLabel>`
    select x.slug, tt.code, tt.id, ${sql.ref(`tt.name_${lang}`)} as label
    from taxonomy_term tt join taxonomy x on x.id = tt.taxonomy_id
    where x.slug in ('need', 'support', 'target')
    order by x.slug, tt.sort_order, tt.code`.execute(db);
  return rows;
}

export interface MunicipalityName {
  code: string;
  nameFi: string;
  nameSv: string;
}

const toMunicipalityName = (r: { code: string; name_fi: string; name_sv: string }): MunicipalityName => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv });

/** Every municipality, flagged when it belongs to the given region. */
export async function listMunicipalitiesWithRegion(db: Database, regionId: string): Promise<(MunicipalityName & { inRegion: boolean })[]> {
  const { rows } = await sql<{ code: string; name_fi: string; name_sv: string; in_region: boolean }>`
    select m.code, m.name_fi, m.name_sv,
      exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = m.code) as in_region
    from municipality m order by m.code`.execute(db);
  return rows.map((r) => ({ ...toMunicipalityName(r), inRegion: r.in_region }));
}

export async function listMunicipalityNames(db: Database, codes: string[]): Promise<MunicipalityName[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).where('code', 'in', codes).execute();
  return rows.map(toMunicipalityName);
}

type ResultCardRow = {
  id: string;
  organization_id: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  org_name_fi: string;
  org_name_sv: string | null;
  org_name_en: string | null;
  nationwide: boolean;
  remote: boolean;
  last_checked: string | null;
  org_last_checked: string | null;
  municipalities: string[];
  supports: string[];
  phone: string | null;
  email: string | null;
};

/** What a result list shows of one activity: names in every language, municipality and support names in one. */
export interface ResultCardRecord {
  id: string;
  organizationId: string;
  name: { fi: string; sv: string | null; en: string | null };
  organizationName: { fi: string; sv: string | null; en: string | null };
  nationwide: boolean;
  remote: boolean;
  lastChecked: string | null;
  organizationLastChecked: string | null;
  /** municipality names in the language (Swedish on sv pages, else Finnish), unsorted */
  municipalities: string[];
  /** names of the kinds of support in the language, in taxonomy order */
  supports: string[];
  /** The phone to call: the activity's, else its first contact person's, else the organisation's, else its first contact person's. */
  phone: string | null;
  /** The e-mail address, chosen the same way as the phone. */
  email: string | null;
}

function toResultCard(r: ResultCardRow): ResultCardRecord {
  return {
    id: r.id,
    organizationId: r.organization_id,
    name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    organizationName: { fi: r.org_name_fi, sv: r.org_name_sv, en: r.org_name_en },
    nationwide: r.nationwide,
    remote: r.remote,
    lastChecked: r.last_checked,
    organizationLastChecked: r.org_last_checked,
    municipalities: r.municipalities,
    supports: r.supports,
    phone: r.phone,
    email: r.email,
  };
}

/**
 * The first non-empty value of one contact column (`phone` or `email`): the activity's own, its contact persons'
 * (by name), the organisation's own, the organisation's own contact persons' (by name). All of them are shown on the
 * public activity page and card; `contact_request_email` (where contact requests go) is never read here.
 */
function firstContact(column: 'phone' | 'email') {
  const own = (alias: string) => sql`nullif(btrim(${sql.ref(`${alias}.${column}`)}), '')`;
  const person = (where: RawBuilder<unknown>) => sql`(
    select nullif(btrim(${sql.ref(`c.${column}`)}), '') from contact c
    where ${where} and nullif(btrim(${sql.ref(`c.${column}`)}), '') is not null
    order by c.name, c.id limit 1)`;
  return sql`coalesce(
    ${own('a')},
    ${person(sql`c.activity_id = a.id`)},
    ${own('o')},
    ${person(sql`c.organization_id = o.id and c.activity_id is null`)})`;
}

/** What a result list shows of each activity, with a phone and an e-mail to reach it, in one query for the whole page. */
export async function listResultCardRecords(db: Database, activityIds: string[], lang: Lang): Promise<ResultCardRecord[]> {
  if (activityIds.length === 0) return [];
  const municipalityName = lang === 'sv' ? sql.ref('mu.name_sv') : sql.ref('mu.name_fi');
  const { rows } = await sql<ResultCardRow>`
    select a.id, a.organization_id, a.name_fi, a.name_sv, a.name_en,
      o.name_fi as org_name_fi, o.name_sv as org_name_sv, o.name_en as org_name_en,
      a.nationwide, a.remote, a.last_checked, o.last_checked as org_last_checked,
      array(
        select ${municipalityName} from activity_municipality am join municipality mu on mu.code = am.municipality_code
        where am.activity_id = a.id
      ) as municipalities,
      array(
        select ${sql.ref(`tt.name_${lang}`)} from activity_term at
        join taxonomy_term tt on tt.id = at.term_id
        join taxonomy x on x.id = tt.taxonomy_id and x.slug = 'support'
        where at.activity_id = a.id order by tt.sort_order
      ) as supports,
      ${firstContact('phone')} as phone,
      ${firstContact('email')} as email
    from activity a join organization o on o.id = a.organization_id
    where a.id = any(${activityIds}::uuid[]) and ${isListedActivity('a', 'o')}`.execute(db);
  return rows.map(toResultCard);
}

export interface SynonymRow {
  id: string;
  lang: 'fi' | 'sv' | 'en';
  term: string;
  expansion: string[];
}

/**
 * Writes the seed synonyms: new terms are inserted, seed rows are updated to the file's version, rows another source
 * (an administrator) has written are left alone. Returns the number of rows inserted or changed.
 */
export async function upsertSeedSynonyms(db: Database, rows: SynonymRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const result = await sql`
    insert into search_synonym (id, lang, term, expansion, source, updated_at)
    select id, lang, term, array(select jsonb_array_elements_text(expansion)), 'seed', now()
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as r(id uuid, lang text, term text, expansion jsonb)
    on conflict (lang, term) do update set expansion = excluded.expansion, updated_at = now()
    where search_synonym.source = 'seed' and search_synonym.expansion is distinct from excluded.expansion`.execute(db);
  return Number(result.numAffectedRows ?? 0);
}

export async function listSynonyms(db: Database): Promise<SynonymRow[]> {
  const { rows } = await sql<SynonymRow>`select id, lang, term, expansion from search_synonym order by lang, term`.execute(db);
  return rows;
}
