import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Help around search (issue 4): the log of searches that found nothing (no personal data: the normalised text,
 * the filter codes, the language and the hour; kept 24 months, pruned by the prune-zero-result-searches job), and
 * what suggestions as you type need: a folding function (lower case, accents and å/ä/ö folded, every run of other
 * characters one space, a space at both ends, so " word" finds a word start) and a trigram index over the folded
 * names of published organisations. Identical SQL for PGlite and PostgreSQL.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table search_zero_result (
      id bigint generated always as identity primary key,
      query text not null default '',
      need_codes text[] not null default '{}',
      support_codes text[] not null default '{}',
      target_codes text[] not null default '{}',
      municipality text not null default '' check (municipality = '' or municipality = 'remote' or municipality ~ '^[0-9]{3}$'),
      lang text not null check (lang in ('fi', 'sv', 'en')),
      approximate boolean not null default false,
      searched_hour timestamptz not null
    );
    create index search_zero_result_hour_idx on search_zero_result (searched_hour);

    create function search_fold(value text) returns text
      language sql immutable parallel safe
      return ' ' || btrim(regexp_replace(
        translate(lower(coalesce(value, '')), 'åäöæøüÿàáâãèéêëìíîïòóôõùúûýçñšžß', 'aaoaouyaaaaeeeeiiiioooouuuycnszs'),
        '[^a-z0-9]+', ' ', 'g')) || ' ';

    create index organization_suggest_idx on organization
      using gin (search_fold(name_fi || ' ' || coalesce(name_sv, '') || ' ' || coalesce(name_en, '') || ' ' || coalesce(alternate_name, '')) gin_trgm_ops)
      where status = 'published';
  `,
  );
}
