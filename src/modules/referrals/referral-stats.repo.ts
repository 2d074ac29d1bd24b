import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import { organizationInRegions } from './retention.repo.js';

/**
 * SQL of the contact-request statistics (D). Every count is of deliveries (a request to three organisations is
 * three recipient rows), made since `since`, to organisations in `regionIds` (null: everywhere; the region rule of
 * retention.repo.ts). Nothing personal is read: only statuses, dates, organisations, activities' need terms and
 * municipalities, which survive erasure.
 */

export interface Names {
  fi: string;
  sv: string | null;
  en: string | null;
}

export interface StatsFilter {
  since: Date;
  regionIds: string[] | null;
}

/** Counts of one group (an organisation, a need, a municipality, or everything). */
export interface GroupCounts {
  /** The organisation id, need code or municipality code; '' for "none". */
  key: string;
  names: Names | null;
  /** Deliveries, and distinct requests among them. */
  total: number;
  requests: number;
  contacted: number;
  unreachable: number;
  declined: number;
  /** Still new or opened. */
  noAction: number;
  /** Hours from the request to the first action (contacted / unreachable / declined), over those that acted. */
  medianHours: number | null;
  p90Hours: number | null;
  reminded: number;
  adminsTold: number;
}

type CountRow = {
  key: string | null;
  name_fi: string | null;
  name_sv: string | null;
  name_en: string | null;
  total: number | string;
  requests: number | string;
  contacted: number | string;
  unreachable: number | string;
  declined: number | string;
  no_action: number | string;
  median_hours: number | string | null;
  p90_hours: number | string | null;
  reminded: number | string;
  admins_told: number | string;
};

const hours = sql`extract(epoch from (r.acted_at - r.created_at)) / 3600.0`;

const counts = sql`
  count(*)::int as total,
  count(distinct r.request_id)::int as requests,
  (count(*) filter (where r.status = 'contacted'))::int as contacted,
  (count(*) filter (where r.status = 'unreachable'))::int as unreachable,
  (count(*) filter (where r.status = 'declined'))::int as declined,
  (count(*) filter (where r.status in ('new', 'opened')))::int as no_action,
  percentile_cont(0.5) within group (order by ${hours}) filter (where r.acted_at is not null) as median_hours,
  percentile_cont(0.9) within group (order by ${hours}) filter (where r.acted_at is not null) as p90_hours,
  (count(*) filter (where r.reminded_at is not null))::int as reminded,
  (count(*) filter (where r.admins_told_at is not null))::int as admins_told`;

function where(filter: StatsFilter): RawBuilder<boolean> {
  const inScope = filter.regionIds === null ? sql`true` : organizationInRegions('r.organization_id', filter.regionIds);
  return sql<boolean>`q.created_at >= ${filter.since} and ${inScope}`;
}

const base = sql`contact_request_recipient r
  join contact_request q on q.id = r.request_id
  join organization o on o.id = r.organization_id`;

const num = (v: number | string | null): number | null => (v === null ? null : Number(v));

function toCounts(r: CountRow): GroupCounts {
  return {
    key: r.key ?? '',
    names: r.name_fi === null ? null : { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    total: Number(r.total),
    requests: Number(r.requests),
    contacted: Number(r.contacted),
    unreachable: Number(r.unreachable),
    declined: Number(r.declined),
    noAction: Number(r.no_action),
    medianHours: num(r.median_hours),
    p90Hours: num(r.p90_hours),
    reminded: Number(r.reminded),
    adminsTold: Number(r.admins_told),
  };
}

/** Everything in the filter as one group (key ''). */
export async function countTotals(db: Database, filter: StatsFilter): Promise<GroupCounts> {
  const { rows } = await sql<CountRow>`
    select '' as key, null as name_fi, null as name_sv, null as name_en, ${counts}
    from ${base} where ${where(filter)}`.execute(db);
  return toCounts(rows[0]!);
}

/** Requests made by the person themself and by a professional. */
export async function countBySender(db: Database, filter: StatsFilter): Promise<{ self: number; professional: number }> {
  const { rows } = await sql<{ self: number | string; professional: number | string }>`
    select (count(distinct q.id) filter (where q.sender_kind = 'self'))::int as self,
           (count(distinct q.id) filter (where q.sender_kind = 'professional'))::int as professional
    from ${base} where ${where(filter)}`.execute(db);
  return { self: Number(rows[0]!.self), professional: Number(rows[0]!.professional) };
}

/** Per recipient organisation, most deliveries first. */
export async function countByOrganization(db: Database, filter: StatsFilter): Promise<GroupCounts[]> {
  const { rows } = await sql<CountRow>`
    select o.id::text as key, o.name_fi, o.name_sv, o.name_en, ${counts}
    from ${base} where ${where(filter)}
    group by o.id, o.name_fi, o.name_sv, o.name_en
    order by count(*) desc, o.name_fi, o.id`.execute(db);
  return rows.map(toCounts);
}

/**
 * Per need term of the activity the request was about (taxonomy "need"). A delivery to an activity with two needs
 * counts under both; one to an organisation (no activity) or to an activity without a need counts under key ''.
 */
export async function countByNeed(db: Database, filter: StatsFilter): Promise<GroupCounts[]> {
  const { rows } = await sql<CountRow>`
    select coalesce(n.code, '') as key, n.name_fi, n.name_sv, n.name_en, ${counts}
    from ${base}
    left join lateral (
      select tt.code, tt.name_fi, tt.name_sv, tt.name_en
      from activity_term at
      join taxonomy_term tt on tt.id = at.term_id
      join taxonomy x on x.id = tt.taxonomy_id and x.slug = 'need'
      where at.activity_id = r.activity_id
    ) n on true
    where ${where(filter)}
    group by n.code, n.name_fi, n.name_sv, n.name_en
    order by n.code is null, count(*) desc, n.name_fi`.execute(db);
  return rows.map(toCounts);
}

/**
 * Per municipality: the request's own municipality when it has one, else the recipient organisation's home
 * municipality; neither → key ''. Swedish names from the municipality table; English uses the Finnish name.
 */
export async function countByMunicipality(db: Database, filter: StatsFilter): Promise<GroupCounts[]> {
  const { rows } = await sql<CountRow>`
    select coalesce(m.code, '') as key, m.name_fi, m.name_sv, null as name_en, ${counts}
    from ${base}
    left join municipality m on m.code = coalesce(q.municipality_code, o.municipality_code)
    where ${where(filter)}
    group by m.code, m.name_fi, m.name_sv
    order by m.code is null, count(*) desc, m.name_fi`.execute(db);
  return rows.map(toCounts);
}

export interface RegionRow {
  id: string;
  names: Names;
}

/** The regions (all when `ids` is null), by Finnish name. */
export async function listRegions(db: Database, ids: string[] | null): Promise<RegionRow[]> {
  if (ids !== null && ids.length === 0) return [];
  let query = db.selectFrom('region').select(['id', 'name_fi', 'name_sv', 'name_en']).orderBy('name_fi');
  if (ids !== null) query = query.where('id', 'in', ids);
  return (await query.execute()).map((r) => ({ id: r.id, names: { fi: r.name_fi, sv: r.name_sv, en: r.name_en } }));
}

/** The municipality codes of the regions. */
export async function listRegionMunicipalities(db: Database, regionIds: string[]): Promise<string[]> {
  if (regionIds.length === 0) return [];
  const rows = await db.selectFrom('region_municipality').select('municipality_code').distinct().where('region_id', 'in', regionIds).execute();
  return rows.map((r) => r.municipality_code);
}

/** Names of need terms and municipalities by code (for the search lists, which carry codes only). */
export async function listLabels(db: Database): Promise<{ needs: Map<string, Names>; municipalities: Map<string, Names> }> {
  const needs = await db
    .selectFrom('taxonomy_term as t')
    .innerJoin('taxonomy as x', 'x.id', 't.taxonomy_id')
    .select(['t.code', 't.name_fi', 't.name_sv', 't.name_en'])
    .where('x.slug', '=', 'need')
    .execute();
  const municipalities = await db.selectFrom('municipality').select(['code', 'name_fi', 'name_sv']).execute();
  return {
    needs: new Map(needs.map((n) => [n.code, { fi: n.name_fi, sv: n.name_sv, en: n.name_en }])),
    municipalities: new Map(municipalities.map((m) => [m.code, { fi: m.name_fi, sv: m.name_sv, en: null }])),
  };
}
