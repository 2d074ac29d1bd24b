import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';

/*
 * SQL of the help around search (issue 4): the zero-result log and suggestions as you type. The folding function
 * search_fold() and the organisation trigram index come from migration 0008.
 */

export interface ZeroResultRow {
  query: string;
  needCodes: string[];
  supportCodes: string[];
  targetCodes: string[];
  municipality: string;
  lang: Lang;
  approximate: boolean;
  /** Already truncated to the hour by the caller. */
  searchedHour: Date;
}

/** One row per search that found nothing: no IP, user, session or user agent is ever stored. */
export async function insertZeroResult(db: Database, row: ZeroResultRow): Promise<void> {
  await db
    .insertInto('search_zero_result')
    .values({
      query: row.query,
      need_codes: row.needCodes,
      support_codes: row.supportCodes,
      target_codes: row.targetCodes,
      municipality: row.municipality,
      lang: row.lang,
      approximate: row.approximate,
      searched_hour: row.searchedHour,
    })
    .execute();
}

export interface ZeroResultGroupRow {
  query: string;
  need_codes: string[];
  support_codes: string[];
  target_codes: string[];
  municipality: string;
  lang: string;
  searches: number;
  approximate_searches: number;
  first_hour: Date;
  last_hour: Date;
}

/** The log since a moment, grouped by identical query + filters + language, most frequent first. */
export async function groupZeroResults(db: Database, since: Date, limit: number): Promise<ZeroResultGroupRow[]> {
  const { rows } = await sql<ZeroResultGroupRow>`
    select query, need_codes, support_codes, target_codes, municipality, lang,
      count(*)::int as searches,
      (count(*) filter (where approximate))::int as approximate_searches,
      min(searched_hour) as first_hour, max(searched_hour) as last_hour
    from search_zero_result
    where searched_hour >= ${since}
    group by query, need_codes, support_codes, target_codes, municipality, lang
    order by count(*) desc, max(searched_hour) desc, query, lang
    limit ${limit}`.execute(db);
  return rows;
}

/** Deletes the rows logged before a moment; returns how many went. */
export async function deleteZeroResultsBefore(db: Database, before: Date): Promise<number> {
  const result = await db.deleteFrom('search_zero_result').where('searched_hour', '<', before).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/**
 * Organisations read per kind of match (name start, word start, inside a word) before ranking: each candidate costs
 * one regular expression (the index recheck), so a common word ("mielen" in thousands of names at national scale)
 * must not read them all. As more is typed, the candidates narrow.
 */
const ORG_CANDIDATES = 50;

/** The letters search_fold() (migration 0008) folds, and what to. */
const FOLD_FROM = 'åäöæøüÿàáâãèéêëìíîïòóôõùúûýçñšžß';
const FOLD_TO = 'aaoaouyaaaaeeeeiiiioooouuuycnszs';

export interface SuggestRow {
  kind: 'need' | 'support' | 'target' | 'organization' | 'municipality';
  ref: string;
  label: string;
}

/**
 * Suggestions for a prefix (already lower-cased, letters, digits and single spaces only): taxonomy terms (label and
 * synonyms in the page's language, then the Finnish label), published organisations (every name) and municipalities
 * (Finnish and Swedish names, never inside a word). Organisations are ranked among at most 50 candidates of each kind
 * of match (see ORG_CANDIDATES). A match at the start of a word ranks first; inside a compound word (e.g. "terveys"
 * in "mielenterveysyhdistys") only when the prefix has at least `innerMin` characters. One statement; at most
 * `perKind` rows of each kind, best first, then shortest label.
 */
export async function findSuggestions(db: Database, prefix: string, lang: Lang, perKind: number, innerMin: number): Promise<SuggestRow[]> {
  const label = lang === 'sv' ? sql.ref('t.name_sv') : lang === 'en' ? sql.ref('t.name_en') : sql.ref('t.name_fi');
  const synonyms = lang === 'sv' ? sql.ref('t.synonyms_sv') : lang === 'en' ? sql.ref('t.synonyms_en') : sql.ref('t.synonyms_fi');
  const orgLabel =
    lang === 'sv' ? sql`coalesce(o.name_sv, o.name_fi)` : lang === 'en' ? sql`coalesce(o.name_en, o.name_fi)` : sql`o.name_fi`;
  const municipalityLabel = lang === 'sv' ? sql`m.name_sv` : sql`m.name_fi`;
  const inner = prefix.length >= innerMin;
  const start = ' ' + prefix + '%';
  const word = '% ' + prefix + '%';
  const anywhere = '%' + prefix + '%';
  // Each source yields its label, the folded label (fl) and the folded other names / synonyms (fo), folded once.
  // rank: 0 the label starts with the prefix, 1 a word of the label does, 2 another name or a synonym does,
  // 3 the prefix is inside a word (compound; from innerMin characters, never for municipalities).
  const rank = (compounds: boolean) => sql`case
      when fl like ${start} then 0
      when fl like ${word} then 1
      when fo like ${word} then 2
      ${inner && compounds ? sql`when fl like ${anywhere} or fo like ${anywhere} then 3` : sql``}
    end`;
  const orgKey = sql`search_fold(o.name_fi || ' ' || coalesce(o.name_sv, '') || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.alternate_name, ''))`;
  const { rows } = await sql<SuggestRow & { rank: number }>`
    -- Materialised, so each is planned without the LIMIT (a LIMIT tempts the planner into a sequential scan that
    -- runs the regular expression on every organisation) and still read only as far as needed.
    with org_words as materialized (
      select o.id, o.name_fi, o.name_sv, o.name_en, o.alternate_name from organization o
      where o.status = 'published' and ${orgKey} like ${word}
    ),
    ${
      inner
        ? sql`org_inner as materialized (
      select o.id, o.name_fi, o.name_sv, o.name_en, o.alternate_name from organization o
      where o.status = 'published' and ${orgKey} like ${anywhere}
    ),`
        : sql``
    }
    terms as (
      select x.slug as kind, t.code as ref, ${label} as label, search_fold(${label}) as fl,
        search_fold(array_to_string(${synonyms}, ' ') || ' ' || t.name_fi) as fo
      from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id
      where x.slug in ('need', 'support', 'target')
    ),
    orgs as (
      -- Ranked with translate() only (no regular expression per row: the index recheck already runs one): close
      -- enough to search_fold() for ordering; the filter itself is exact.
      select 'organization' as kind, o.id::text as ref, ${orgLabel} as label,
        ' ' || translate(lower(${orgLabel}), ${FOLD_FROM}, ${FOLD_TO}) as fl,
        ' ' || translate(lower(o.name_fi || ' ' || coalesce(o.name_sv, '') || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.alternate_name, '')), ${FOLD_FROM}, ${FOLD_TO}) as fo
      from (
        (select * from org_words limit ${ORG_CANDIDATES})
        ${inner ? sql`union (select * from org_inner limit ${ORG_CANDIDATES})` : sql``}
      ) o
    ),
    municipalities as (
      select 'municipality' as kind, m.code as ref, ${municipalityLabel} as label, search_fold(${municipalityLabel}) as fl,
        search_fold(m.name_fi || ' ' || m.name_sv) as fo
      from municipality m
    ),
    hits as (
      select kind, ref, label, ${rank(true)} as rank from terms
      union all select kind, ref, label, coalesce(${rank(true)}, 3) as rank from orgs
      union all select kind, ref, label, ${rank(false)} as rank from municipalities
    )
    select kind, ref, label, rank from (
      select h.*, row_number() over (partition by kind order by rank, length(label), label collate "C", ref) as n
      from hits h where rank is not null
    ) ranked
    where n <= ${perKind}
    order by kind, n`.execute(db);
  return rows.map(({ kind, ref, label }) => ({ kind, ref, label }));
}
