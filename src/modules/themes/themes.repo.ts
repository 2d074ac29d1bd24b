import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { isListedActivity, isListedOrganization } from '../directory/visibility.js';

/** SQL of the themes: rows, their taxonomy terms, and the organisations of a region under a theme. */

export interface ThemeRow {
  id: string;
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  sortOrder: number;
}

export interface ThemeWithTerms extends ThemeRow {
  termIds: string[];
}

const COLUMNS = ['t.id', 't.slug', 't.name_fi', 't.name_sv', 't.name_en', 't.sort_order'] as const;

const toRow = (r: { id: string; slug: string; name_fi: string; name_sv: string; name_en: string; sort_order: number }): ThemeRow => ({
  id: r.id,
  slug: r.slug,
  nameFi: r.name_fi,
  nameSv: r.name_sv,
  nameEn: r.name_en,
  sortOrder: Number(r.sort_order),
});

/** Every theme with how many terms it maps to, in its order then by Finnish name. */
export async function listThemeRows(db: Database): Promise<(ThemeRow & { terms: number })[]> {
  const rows = await db
    .selectFrom('theme as t')
    .select(COLUMNS)
    .select((eb) => eb.selectFrom('theme_term as tt').whereRef('tt.theme_id', '=', 't.id').select(eb.fn.countAll<number>().as('n')).as('terms'))
    .orderBy('t.sort_order')
    .orderBy('t.name_fi')
    .execute();
  return rows.map((r) => ({ ...toRow(r), terms: Number(r.terms ?? 0) }));
}

async function withTerms(db: Database, row: ThemeRow | null): Promise<ThemeWithTerms | null> {
  if (!row) return null;
  const terms = await db.selectFrom('theme_term').select('term_id').where('theme_id', '=', row.id).orderBy('term_id').execute();
  return { ...row, termIds: terms.map((t) => t.term_id) };
}

export async function findThemeById(db: Database, id: string): Promise<ThemeWithTerms | null> {
  const row = await db.selectFrom('theme as t').select(COLUMNS).where('t.id', '=', id).executeTakeFirst();
  return withTerms(db, row ? toRow(row) : null);
}

export async function findThemeBySlug(db: Database, slug: string): Promise<ThemeWithTerms | null> {
  const row = await db.selectFrom('theme as t').select(COLUMNS).where('t.slug', '=', slug).executeTakeFirst();
  return withTerms(db, row ? toRow(row) : null);
}

/** Whether another theme than `exceptId` has the slug. */
export async function slugTakenByOther(db: Database, slug: string, exceptId: string | null): Promise<boolean> {
  let q = db.selectFrom('theme').select('id').where('slug', '=', slug);
  if (exceptId) q = q.where('id', '<>', exceptId);
  return (await q.executeTakeFirst()) !== undefined;
}

export interface TermChoiceRow {
  id: string;
  taxonomy: 'need' | 'target';
  code: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

/** The terms a theme may map to: every term of the needs and target-group taxonomies, in their order. */
export async function listThemeTermChoices(db: Database): Promise<TermChoiceRow[]> {
  const rows = await db
    .selectFrom('taxonomy_term as tt')
    .innerJoin('taxonomy as tx', 'tx.id', 'tt.taxonomy_id')
    .select(['tt.id', 'tx.slug', 'tt.code', 'tt.name_fi', 'tt.name_sv', 'tt.name_en'])
    .where('tx.slug', 'in', ['need', 'target'])
    .orderBy('tx.slug')
    .orderBy('tt.sort_order')
    .orderBy('tt.code')
    .execute();
  return rows.map((r) => ({ id: r.id, taxonomy: r.slug as 'need' | 'target', code: r.code, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

function values(t: ThemeWithTerms) {
  return { slug: t.slug, name_fi: t.nameFi, name_sv: t.nameSv, name_en: t.nameEn, sort_order: t.sortOrder };
}

/** Inserts a theme and its terms; false when the slug was taken meanwhile. */
export async function insertTheme(db: Database, theme: ThemeWithTerms): Promise<boolean> {
  const inserted = await db
    .insertInto('theme')
    .values({ id: theme.id, ...values(theme) })
    .onConflict((oc) => oc.column('slug').doNothing())
    .returning('id')
    .executeTakeFirst();
  if (!inserted) return false;
  await replaceTerms(db, theme.id, theme.termIds);
  return true;
}

export async function updateThemeRow(db: Database, theme: ThemeWithTerms): Promise<void> {
  await db.updateTable('theme').set({ ...values(theme), updated_at: sql`now()` }).where('id', '=', theme.id).execute();
  await replaceTerms(db, theme.id, theme.termIds);
}

async function replaceTerms(db: Database, themeId: string, termIds: string[]): Promise<void> {
  await db.deleteFrom('theme_term').where('theme_id', '=', themeId).execute();
  if (termIds.length > 0) await db.insertInto('theme_term').values(termIds.map((termId) => ({ theme_id: themeId, term_id: termId }))).execute();
}

/** Term ids by "taxonomy:code" (need:masennus, target:nuoret) for the demo themes. */
export async function termIdsByCode(db: Database): Promise<Map<string, string>> {
  const rows = await db.selectFrom('taxonomy_term as tt').innerJoin('taxonomy as tx', 'tx.id', 'tt.taxonomy_id').select(['tt.id', 'tx.slug', 'tt.code']).execute();
  return new Map(rows.map((r) => [`${r.slug}:${r.code}`, r.id]));
}

export interface ThemeOrganizationRow {
  organizationId: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  activityId: string;
  activityFi: string;
  activitySv: string | null;
  activityEn: string | null;
  /** The activity is available in the region's municipalities, or its organisation is seated there. */
  local: boolean;
}

/**
 * The listed activities under a theme (carrying one of its terms) that a resident of the region can reach: available
 * in one of the region's municipalities, run by an organisation seated there, or nationwide / remote (local false).
 */
export async function listThemeActivities(db: Database, options: { regionId: string; themeId: string }): Promise<ThemeOrganizationRow[]> {
  const { regionId, themeId } = options;
  const { rows } = await sql<{
    organization_id: string;
    name_fi: string;
    name_sv: string | null;
    name_en: string | null;
    activity_id: string;
    activity_fi: string;
    activity_sv: string | null;
    activity_en: string | null;
    local: boolean;
  }>`
    select o.id as organization_id, o.name_fi, o.name_sv, o.name_en,
           a.id as activity_id, a.name_fi as activity_fi, a.name_sv as activity_sv, a.name_en as activity_en,
           (exists (select 1 from activity_municipality am join region_municipality rm on rm.municipality_code = am.municipality_code
                    where am.activity_id = a.id and rm.region_id = ${regionId})
            or exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = o.municipality_code)) as local
    from activity a
    join organization o on o.id = a.organization_id
    where ${isListedActivity('a', 'o')} and ${isListedOrganization('o')}
      and exists (select 1 from activity_term at join theme_term th on th.term_id = at.term_id where at.activity_id = a.id and th.theme_id = ${themeId})
      and (a.nationwide or a.remote
           or exists (select 1 from activity_municipality am join region_municipality rm on rm.municipality_code = am.municipality_code
                      where am.activity_id = a.id and rm.region_id = ${regionId})
           or exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = o.municipality_code))
    order by o.name_fi, a.name_fi`.execute(db);
  return rows.map((r) => ({
    organizationId: r.organization_id,
    nameFi: r.name_fi,
    nameSv: r.name_sv,
    nameEn: r.name_en,
    activityId: r.activity_id,
    activityFi: r.activity_fi,
    activitySv: r.activity_sv,
    activityEn: r.activity_en,
    local: Boolean(r.local),
  }));
}

/** Per theme, how many listed organisations of the region (seated there or with an activity there) are under it. */
export async function countLocalOrganizationsByTheme(db: Database, regionId: string): Promise<Map<string, number>> {
  const { rows } = await sql<{ theme_id: string; n: number | string }>`
    select th.theme_id, count(distinct o.id) as n
    from theme_term th
    join activity_term at on at.term_id = th.term_id
    join activity a on a.id = at.activity_id
    join organization o on o.id = a.organization_id
    where ${isListedActivity('a', 'o')} and ${isListedOrganization('o')}
      and (exists (select 1 from activity_municipality am join region_municipality rm on rm.municipality_code = am.municipality_code
                   where am.activity_id = a.id and rm.region_id = ${regionId})
           or exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = o.municipality_code))
    group by th.theme_id`.execute(db);
  return new Map(rows.map((r) => [r.theme_id, Number(r.n)]));
}
