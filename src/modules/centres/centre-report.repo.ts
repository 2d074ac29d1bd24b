import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { AgreementKind } from '../../platform/db/schema.js';
import { isListedActivity } from '../directory/visibility.js';
import type { MaterialKind } from './materials.repo.js';

/**
 * SQL of a centre's report per period (issue 14, item 7): counts only, no rules. `fromDay`/`untilDay` are Helsinki
 * dates (both included), `from`/`until` the instants that bound them (until exclusive).
 */

export interface Period {
  fromDay: string;
  untilDay: string;
  from: Date;
  until: Date;
}

/** Material approved for the centre and valid on some day of the period, per kind. */
export async function countMaterialsByKind(db: Database, centreId: string, p: Period): Promise<Map<MaterialKind, number>> {
  const rows = await db
    .selectFrom('centre_material_target as t')
    .innerJoin('centre_material as m', 'm.id', 't.material_id')
    .select(['m.kind', (eb) => eb.fn.countAll<string | number>().as('n')])
    .where('t.centre_id', '=', centreId)
    .where('t.status', '=', 'approved')
    .where('m.valid_from', '<=', p.untilDay)
    .where('m.valid_until', '>=', p.fromDay)
    .groupBy('m.kind')
    .execute();
  return new Map(rows.map((r) => [r.kind, Number(r.n)]));
}

export interface AgreementCountRow {
  kind: AgreementKind;
  agreed: number;
  happened: number;
  notHappened: number;
  cancelled: number;
  awaiting: number;
  attendance: number;
  ratings: number;
  ratingSum: number;
}

/** Accepted agreements whose (first) time falls in the period, per kind, with their follow-ups. */
export async function countAgreementsByKind(db: Database, centreId: string, p: Period): Promise<AgreementCountRow[]> {
  const { rows } = await sql<{ kind: AgreementKind; agreed: string | number; happened: string | number; not_happened: string | number; cancelled: string | number; awaiting: string | number; attendance: string | number | null; ratings: string | number; rating_sum: string | number | null }>`
    select kind,
      count(*) as agreed,
      count(*) filter (where followup_outcome = 'happened') as happened,
      count(*) filter (where followup_outcome = 'not_happened') as not_happened,
      count(*) filter (where followup_outcome = 'cancelled') as cancelled,
      count(*) filter (where followup_outcome is null) as awaiting,
      coalesce(sum(followup_attendance) filter (where followup_outcome = 'happened'), 0) as attendance,
      count(followup_rating) as ratings,
      coalesce(sum(followup_rating), 0) as rating_sum
    from centre_agreement
    where centre_id = ${centreId} and status = 'accepted' and starts_at >= ${p.from} and starts_at < ${p.until}
    group by kind`.execute(db);
  return rows.map((r) => ({
    kind: r.kind,
    agreed: Number(r.agreed),
    happened: Number(r.happened),
    notHappened: Number(r.not_happened),
    cancelled: Number(r.cancelled),
    awaiting: Number(r.awaiting),
    attendance: Number(r.attendance ?? 0),
    ratings: Number(r.ratings),
    ratingSum: Number(r.rating_sum ?? 0),
  }));
}

/** Meetings of the centre held in the period (begun before `now`), with records and people present. */
export async function countMeetings(db: Database, centreId: string, p: Period, now: Date): Promise<{ held: number; recorded: number; people: number; organizations: number }> {
  const { rows } = await sql<{ held: string | number; recorded: string | number; people: string | number | null; organizations: string | number }>`
    select count(*) as held,
      count(*) filter (where m.record_written_at is not null) as recorded,
      coalesce(sum(m.record_people), 0) as people,
      (select count(*) from centre_meeting_invitee i join centre_meeting m2 on m2.id = i.meeting_id
        where m2.centre_id = ${centreId} and m2.starts_at >= ${p.from} and m2.starts_at < ${p.until} and m2.starts_at < ${now} and i.present) as organizations
    from centre_meeting m
    where m.centre_id = ${centreId} and m.starts_at >= ${p.from} and m.starts_at < ${p.until} and m.starts_at < ${now}`.execute(db);
  const r = rows[0];
  return { held: Number(r?.held ?? 0), recorded: Number(r?.recorded ?? 0), people: Number(r?.people ?? 0), organizations: Number(r?.organizations ?? 0) };
}

export interface InvolvedOrganizationRow {
  id: string;
  nameFi: string;
  materials: number;
  agreements: number;
  meetings: number;
}

/**
 * The organisations involved in the period: with approved material valid then, with an agreement in the period that
 * was not recorded as cancelled or not happened, or present at a meeting held then.
 */
export async function listInvolvedOrganizations(db: Database, centreId: string, p: Period, now: Date): Promise<InvolvedOrganizationRow[]> {
  const { rows } = await sql<{ id: string; name_fi: string; materials: string | number; agreements: string | number; meetings: string | number }>`
    with involvement as (
      select m.organization_id, 1 as materials, 0 as agreements, 0 as meetings
        from centre_material_target t join centre_material m on m.id = t.material_id
        where t.centre_id = ${centreId} and t.status = 'approved' and m.valid_from <= ${p.untilDay} and m.valid_until >= ${p.fromDay}
      union all
      select a.organization_id, 0, 1, 0
        from centre_agreement a
        where a.centre_id = ${centreId} and a.status = 'accepted' and a.starts_at >= ${p.from} and a.starts_at < ${p.until}
          and (a.followup_outcome is null or a.followup_outcome = 'happened')
      union all
      select i.organization_id, 0, 0, 1
        from centre_meeting_invitee i join centre_meeting mt on mt.id = i.meeting_id
        where mt.centre_id = ${centreId} and mt.starts_at >= ${p.from} and mt.starts_at < ${p.until} and mt.starts_at < ${now} and i.present
    )
    select o.id, o.name_fi, sum(v.materials) as materials, sum(v.agreements) as agreements, sum(v.meetings) as meetings
    from involvement v join organization o on o.id = v.organization_id
    group by o.id, o.name_fi
    order by o.name_fi, o.id`.execute(db);
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, materials: Number(r.materials), agreements: Number(r.agreements), meetings: Number(r.meetings) }));
}

export interface ThemeInvolvementRow {
  slug: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  organizations: number;
}

/** Per theme of the directory (in its order, only themes with any): how many of the given organisations have a listed activity under it. */
export async function countOrganizationsByTheme(db: Database, organizationIds: string[]): Promise<ThemeInvolvementRow[]> {
  if (organizationIds.length === 0) return [];
  const { rows } = await sql<{ slug: string; name_fi: string; name_sv: string; name_en: string; n: string | number }>`
    select th.slug, th.name_fi, th.name_sv, th.name_en, count(distinct a.organization_id) as n
    from theme th
    join theme_term tt on tt.theme_id = th.id
    join activity_term at on at.term_id = tt.term_id
    join activity a on a.id = at.activity_id
    join organization o on o.id = a.organization_id
    where a.organization_id in (${sql.join(organizationIds)}) and ${isListedActivity('a', 'o')}
    group by th.id, th.slug, th.name_fi, th.name_sv, th.name_en, th.sort_order
    order by th.sort_order, th.name_fi`.execute(db);
  return rows.map((r) => ({ slug: r.slug, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en, organizations: Number(r.n) }));
}
