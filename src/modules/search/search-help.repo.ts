import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isListedOrganization } from '../directory/visibility.js';

/*
 * SQL of the help around search (issue 4): the zero-result log and suggestions as you type. The folding function
 * search_fold() and the organisation trigram index come from migration 0008. Functions return camelCase objects.
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

/** Adds one to the day's count of searches limited to `municipality` ('' for none): one upsert, counts only. */
export async function incrementSearchCount(db: Database, day: string, municipality: string): Promise<void> {
  await sql`
    insert into search_count (day, municipality, n) values (${day}::date, ${municipality}, 1)
    on conflict (day, municipality) do update set n = search_count.n + 1`.execute(db);
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

export interface ZeroResultGroup {
  query: string;
  needCodes: string[];
  supportCodes: string[];
  targetCodes: string[];
  municipality: string;
  /** as logged (a language code) */
  lang: string;
  searches: number;
  approximateSearches: number;
  firstHour: Date;
  lastHour: Date;
}

/** The log since a moment, grouped by identical query + filters + language, most frequent first. */
export async function groupZeroResults(db: Database, since: Date, limit: number): Promise<ZeroResultGroup[]> {
  const { rows } = await sql<{
    query: string;
    need_codes: string[];
    support_codes: string[];
    target_codes: string[];
    municipality: string;
    lang: string;
    searches: number | string;
    approximate_searches: number | string;
    first_hour: Date | string;
    last_hour: Date | string;
  }>`
    select query, need_codes, support_codes, target_codes, municipality, lang,
      count(*)::int as searches,
      (count(*) filter (where approximate))::int as approximate_searches,
      min(searched_hour) as first_hour, max(searched_hour) as last_hour
    from search_zero_result
    where searched_hour >= ${since}
    group by query, need_codes, support_codes, target_codes, municipality, lang
    order by count(*) desc, max(searched_hour) desc, query, lang
    limit ${limit}`.execute(db);
  return rows.map((r) => ({
    query: r.query,
    needCodes: r.need_codes,
    supportCodes: r.support_codes,
    targetCodes: r.target_codes,
    municipality: r.municipality,
    lang: r.lang,
    searches: Number(r.searches),
    approximateSearches: Number(r.approximate_searches),
    firstHour: new Date(r.first_hour),
    lastHour: new Date(r.last_hour),
  }));
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

export interface SuggestTerm {
  slug: 'need' | 'support' | 'target';
  code: string;
  name: { fi: string; sv: string; en: string };
  synonyms: { fi: string[]; sv: string[]; en: string[] };
}

/** Every term of the three taxonomies with its names and synonyms (about a hundred rows; cached by the caller). */
export async function listSuggestTerms(db: Database): Promise<SuggestTerm[]> {
  const { rows } = await sql<{
    slug: SuggestTerm['slug'];
    code: string;
    name_fi: string;
    name_sv: string;
    name_en: string;
    synonyms_fi: string[];
    synonyms_sv: string[];
    synonyms_en: string[];
  }>`
    select x.slug, t.code, t.name_fi, t.name_sv, t.name_en, t.synonyms_fi, t.synonyms_sv, t.synonyms_en
    from taxonomy_term t join taxonomy x on x.id = t.taxonomy_id
    where x.slug in ('need', 'support', 'target')
    order by x.slug, t.sort_order, t.code`.execute(db);
  return rows.map((r) => ({
    slug: r.slug,
    code: r.code,
    name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    synonyms: { fi: r.synonyms_fi, sv: r.synonyms_sv, en: r.synonyms_en },
  }));
}

/** Every municipality's code and names (about 300 rows; cached by the caller). */
export async function listSuggestMunicipalities(db: Database): Promise<{ code: string; nameFi: string; nameSv: string }[]> {
  const rows = await db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).orderBy('code').execute();
  return rows.map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv }));
}

/**
 * Listed organisations (directory/visibility.ts: public and not hidden for being unchecked too long) with a word
 * starting with the prefix (already folded: a–z, digits, single spaces), and
 * from `innerMin` characters also those with the prefix inside a word (compounds: "terveys" in
 * "mielenterveysyhdistys"). At most `limit` rows, best first: the page-language name starts with the prefix, then
 * a word of it does, then another name does, then inside a word; then shorter names. Candidates are at most 50 per
 * kind of match (see ORG_CANDIDATES), so a common word costs the same as a rare one.
 */
export async function findOrganizationSuggestions(db: Database, prefix: string, lang: Lang, limit: number, innerMin: number): Promise<SuggestRow[]> {
  const label =
    lang === 'sv' ? sql`coalesce(o.name_sv, o.name_fi)` : lang === 'en' ? sql`coalesce(o.name_en, o.name_fi)` : sql`o.name_fi`;
  const inner = prefix.length >= innerMin;
  const word = '% ' + prefix + '%';
  const anywhere = '%' + prefix + '%';
  const key = sql`search_fold(o.name_fi || ' ' || coalesce(o.name_sv, '') || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.alternate_name, ''))`;
  const columns = sql`o.id, o.name_fi, o.name_sv, o.name_en, o.alternate_name`;
  // Ranked with translate() only (the index recheck already runs search_fold()'s regular expression once per row).
  const folded = (text: RawBuilder<unknown>) => sql`' ' || translate(lower(${text}), ${FOLD_FROM}, ${FOLD_TO})`;
  const { rows } = await sql<SuggestRow>`
    -- Materialised, so each is planned without the LIMIT (a LIMIT tempts the planner into a sequential scan that runs
    -- the regular expression on every organisation) and still read only as far as needed.
    with org_words as materialized (
      select ${columns} from organization o where ${isListedOrganization('o')} and ${key} like ${word}
    )
    ${inner ? sql`, org_inner as materialized (select ${columns} from organization o where ${isListedOrganization('o')} and ${key} like ${anywhere})` : sql``},
    candidates as (
      select o.id, ${label} as label,
        ${folded(label)} as fl,
        ${folded(sql`o.name_fi || ' ' || coalesce(o.name_sv, '') || ' ' || coalesce(o.name_en, '') || ' ' || coalesce(o.alternate_name, '')`)} as fo
      from (
        (select * from org_words limit ${ORG_CANDIDATES})
        ${inner ? sql`union (select * from org_inner limit ${ORG_CANDIDATES})` : sql``}
      ) o
    )
    select 'organization' as kind, id::text as ref, label from candidates
    order by case when fl like ${' ' + prefix + '%'} then 0 when fl like ${word} then 1 when fo like ${word} then 2 else 3 end,
      length(label), label collate "C", id
    limit ${limit}`.execute(db);
  return rows;
}
