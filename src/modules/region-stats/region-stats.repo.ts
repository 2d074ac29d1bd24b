import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { isListedActivity, isListedOrganization } from '../directory/visibility.js';

/**
 * SQL of a region's statistics: counts only, aggregated on the server (no personal data, nothing per person). An
 * organisation is "in" a region when it is seated in one of its municipalities or has a listed activity there.
 */

export interface MunicipalityCountRow {
  code: string;
  nameFi: string;
  nameSv: string;
  organizations: number;
  activities: number;
}

/** Per municipality of the region: listed organisations active there and listed activities available there. */
export async function countByMunicipality(db: Database, regionId: string): Promise<MunicipalityCountRow[]> {
  const { rows } = await sql<{ code: string; name_fi: string; name_sv: string; organizations: string | number; activities: string | number }>`
    select m.code, m.name_fi, m.name_sv,
      (select count(distinct o.id) from organization o
        where ${isListedOrganization('o')} and (o.municipality_code = m.code or exists (
          select 1 from activity a join activity_municipality am on am.activity_id = a.id
          where a.organization_id = o.id and am.municipality_code = m.code and ${isListedActivity('a', 'o')}))) as organizations,
      (select count(distinct a.id) from activity a
        join organization o on o.id = a.organization_id
        join activity_municipality am on am.activity_id = a.id
        where am.municipality_code = m.code and ${isListedActivity('a', 'o')} and ${isListedOrganization('o')}) as activities
    from region_municipality rm
    join municipality m on m.code = rm.municipality_code
    where rm.region_id = ${regionId}
    order by m.name_fi`.execute(db);
  return rows.map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv, organizations: Number(r.organizations), activities: Number(r.activities) }));
}

export interface ThemeCountRow {
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  organizations: number;
}

/** Per theme (every theme, in its order): listed organisations in the region with an activity under the theme. */
export async function countOrganizationsByTheme(db: Database, regionId: string): Promise<ThemeCountRow[]> {
  const { rows } = await sql<{ slug: string; name_fi: string; name_sv: string; name_en: string; n: string | number }>`
    select th.slug, th.name_fi, th.name_sv, th.name_en, (
      select count(distinct o.id) from theme_term tt
        join activity_term at on at.term_id = tt.term_id
        join activity a on a.id = at.activity_id
        join organization o on o.id = a.organization_id
        where tt.theme_id = th.id and ${isListedActivity('a', 'o')} and ${isListedOrganization('o')}
          and (exists (select 1 from activity_municipality am join region_municipality rm on rm.municipality_code = am.municipality_code
                       where am.activity_id = a.id and rm.region_id = ${regionId})
               or exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = o.municipality_code))
    ) as n
    from theme th
    order by th.sort_order, th.name_fi`.execute(db);
  return rows.map((r) => ({ slug: r.slug, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en, organizations: Number(r.n) }));
}

/** Listed organisations in the region, and how many of them were checked on or after `since` (YYYY-MM-DD). */
export async function countCheckedOrganizations(db: Database, regionId: string, since: string): Promise<{ all: number; checked: number }> {
  const { rows } = await sql<{ all: string | number; checked: string | number }>`
    select count(*) as all, count(*) filter (where o.last_checked >= ${since}) as checked
    from organization o
    where ${isListedOrganization('o')} and (
      exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = o.municipality_code)
      or exists (select 1 from activity a join activity_municipality am on am.activity_id = a.id
                 join region_municipality rm on rm.municipality_code = am.municipality_code
                 where a.organization_id = o.id and rm.region_id = ${regionId} and ${isListedActivity('a', 'o')}))`.execute(db);
  const r = rows[0];
  return { all: Number(r?.all ?? 0), checked: Number(r?.checked ?? 0) };
}

/** Approved, not cancelled events in the region's municipalities whose time (a recurring one: its whole span) meets [from, to). */
export async function countEventsBetween(db: Database, regionId: string, from: Date, to: Date): Promise<number> {
  const { rows } = await sql<{ n: string | number }>`
    select count(distinct e.id) as n
    from event e
    join event_municipality em on em.event_id = e.id
    join region_municipality rm on rm.municipality_code = em.municipality_code and rm.region_id = ${regionId}
    where e.review_status = 'approved' and e.status <> 'cancelled' and e.starts_at < ${to} and e.last_ends_at >= ${from}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export interface MonthCount {
  /** YYYY-MM */
  month: string;
  n: number;
}

const byMonth = (rows: { month: string; n: string | number }[]): MonthCount[] => rows.map((r) => ({ month: r.month, n: Number(r.n) }));

/** Searches with no results limited to one of the region's municipalities, per month (Helsinki time) since `since`. */
export async function countZeroResultSearchesByMonth(db: Database, regionId: string, since: Date): Promise<MonthCount[]> {
  const { rows } = await sql<{ month: string; n: string | number }>`
    select to_char(z.searched_hour at time zone 'Europe/Helsinki', 'YYYY-MM') as month, count(*) as n
    from search_zero_result z
    join region_municipality rm on rm.municipality_code = z.municipality and rm.region_id = ${regionId}
    where z.searched_hour >= ${since}
    group by 1 order by 1`.execute(db);
  return byMonth(rows);
}

/** Searches limited to one of the region's municipalities (search_count, per Finnish day), per month since `since`. */
export async function countSearchesByMonth(db: Database, regionId: string, since: Date): Promise<MonthCount[]> {
  const { rows } = await sql<{ month: string; n: string | number }>`
    select to_char(c.day, 'YYYY-MM') as month, sum(c.n) as n
    from search_count c
    join region_municipality rm on rm.municipality_code = c.municipality and rm.region_id = ${regionId}
    where c.day >= (${since}::timestamptz at time zone 'Europe/Helsinki')::date
    group by 1 order by 1`.execute(db);
  return byMonth(rows);
}

/** The region's published news and announcements, per month of publication since `since` (YYYY-MM-DD). */
export async function countNewsByMonth(db: Database, regionId: string, since: string): Promise<(MonthCount & { kind: 'news' | 'announcement' })[]> {
  const { rows } = await sql<{ month: string; kind: 'news' | 'announcement'; n: string | number }>`
    select substr(n.publish_on::text, 1, 7) as month, n.kind, count(*) as n
    from news_item n
    where n.region_id = ${regionId} and n.status = 'published' and n.publish_on >= ${since}
    group by 1, 2 order by 1, 2`.execute(db);
  return rows.map((r) => ({ month: r.month, kind: r.kind, n: Number(r.n) }));
}

/** Feedback sent from the region's portal, per month (Helsinki time) since `since` (kept 180 days, so at most that far). */
export async function countPortalFeedbackByMonth(db: Database, regionId: string, since: Date): Promise<MonthCount[]> {
  const { rows } = await sql<{ month: string; n: string | number }>`
    select to_char(f.created_at at time zone 'Europe/Helsinki', 'YYYY-MM') as month, count(*) as n
    from feedback f
    where f.kind = 'portal' and f.region_id = ${regionId} and f.created_at >= ${since}
    group by 1 order by 1`.execute(db);
  return byMonth(rows);
}

/** The region's newsletter issues sent, per month of sending (Helsinki time) since `since`. */
export async function countNewsletterIssuesByMonth(db: Database, regionId: string, since: Date): Promise<MonthCount[]> {
  const { rows } = await sql<{ month: string; n: string | number }>`
    select to_char(i.sent_at at time zone 'Europe/Helsinki', 'YYYY-MM') as month, count(*) as n
    from newsletter_issue i
    where i.region_id = ${regionId} and i.status = 'sent' and i.sent_at >= ${since}
    group by 1 order by 1`.execute(db);
  return byMonth(rows);
}

/** E-mails of the region's newsletter issues queued for sending (one per recipient), per month (Helsinki time) since `since`. */
export async function countNewsletterMailsByMonth(db: Database, regionId: string, since: Date): Promise<MonthCount[]> {
  const { rows } = await sql<{ month: string; n: string | number }>`
    select to_char(d.queued_at at time zone 'Europe/Helsinki', 'YYYY-MM') as month, count(*) as n
    from newsletter_delivery d
    join newsletter_issue i on i.id = d.issue_id
    where i.region_id = ${regionId} and d.mail_job_id is not null and d.queued_at >= ${since}
    group by 1 order by 1`.execute(db);
  return byMonth(rows);
}

/** The region's confirmed newsletter subscribers now (a count). */
export async function countConfirmedNewsletterSubscribers(db: Database, regionId: string): Promise<number> {
  const r = await db
    .selectFrom('newsletter_subscriber')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('region_id', '=', regionId)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

