import type { Kysely } from 'kysely';
import { runScript } from '../script.js';

/**
 * Crisis help (src/modules/crisis): the phrases that show the crisis box above search results, the helplines the box
 * lists (both edited by platform administrators), and how many searches showed it per day: a count only, never the
 * words typed. crisis_help_seed records that the curated phrase list was loaded once, so phrases an administrator
 * removes stay removed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await runScript(
    db,
    `
    create table crisis_phrase (
      lang text not null check (lang in ('fi', 'sv', 'en')),
      phrase text not null check (length(phrase) between 2 and 100),
      primary key (lang, phrase)
    );

    create table crisis_helpline (
      id uuid primary key,
      position integer not null,
      name_fi text not null,
      name_sv text,
      name_en text,
      phone text not null,
      hours_fi text,
      hours_sv text,
      hours_en text,
      url text
    );

    create table crisis_search_day (
      day date primary key,
      searches integer not null default 0
    );

    create table crisis_help_seed (
      id integer primary key check (id = 1),
      seeded_at timestamptz not null default now()
    );
    `,
  );
}
