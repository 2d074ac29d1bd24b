import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { EventTable } from '../../platform/db/schema.js';
import { isListedOrganization } from '../directory/visibility.js';
import type { Attendance, EventStatus, Registration, ReviewStatus } from './events.schema.js';

/** SQL of events: rows with their municipalities and terms, the lists by region, organisation and review state. */

export interface EventTerm {
  /** 'need' (the event's themes) or 'target' (its audience). */
  slug: string;
  code: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export interface EventRecord {
  id: string;
  organizationId: string | null;
  /** The organisation's names when it is listed publicly (null: none, or not public). */
  organization: { nameFi: string; nameSv: string | null; nameEn: string | null } | null;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  startsAt: Date;
  endsAt: Date;
  rrule: string | null;
  lastEndsAt: Date;
  attendance: Attendance;
  placeName: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  onlineUrl: string | null;
  freeOfCharge: boolean;
  price: string;
  languages: string[];
  accessibility: string;
  registration: Registration;
  registrationUrl: string | null;
  registrationEmail: string | null;
  organizerName: string;
  contactEmail: string | null;
  contactPhone: string | null;
  status: EventStatus;
  reviewStatus: ReviewStatus;
  createdAt: Date;
  updatedAt: Date;
  municipalities: { code: string; nameFi: string; nameSv: string }[];
  terms: EventTerm[];
}

/** What a use case writes: the row's fields (review state and who apart). */
export type EventFields = Omit<EventRecord, 'id' | 'organization' | 'reviewStatus' | 'createdAt' | 'updatedAt' | 'municipalities' | 'terms'>;

function columns(e: EventFields) {
  return {
    organization_id: e.organizationId,
    name_fi: e.nameFi,
    name_sv: e.nameSv,
    name_en: e.nameEn,
    description_fi: e.descriptionFi,
    description_sv: e.descriptionSv,
    description_en: e.descriptionEn,
    starts_at: e.startsAt,
    ends_at: e.endsAt,
    rrule: e.rrule,
    last_ends_at: e.lastEndsAt,
    attendance: e.attendance,
    place_name: e.placeName,
    street_address: e.streetAddress,
    postal_code: e.postalCode,
    city: e.city,
    online_url: e.onlineUrl,
    free_of_charge: e.freeOfCharge,
    price: e.price,
    languages: e.languages,
    accessibility: e.accessibility,
    registration: e.registration,
    registration_url: e.registrationUrl,
    registration_email: e.registrationEmail,
    organizer_name: e.organizerName,
    contact_email: e.contactEmail,
    contact_phone: e.contactPhone,
    status: e.status,
  } satisfies Partial<Record<keyof EventTable, unknown>>;
}

export async function insertEvent(
  db: Database,
  event: EventFields & { id: string; reviewStatus: ReviewStatus; createdBy: string | null; reviewedBy: string | null; municipalityCodes: string[]; termIds: string[] },
): Promise<void> {
  await db
    .insertInto('event')
    .values({ id: event.id, ...columns(event), review_status: event.reviewStatus, created_by: event.createdBy, reviewed_by: event.reviewedBy, reviewed_at: event.reviewedBy ? new Date() : null })
    .execute();
  await replaceLinks(db, event.id, event.municipalityCodes, event.termIds);
}

export async function updateEventRow(db: Database, id: string, event: EventFields & { reviewStatus: ReviewStatus; municipalityCodes: string[]; termIds: string[] }): Promise<void> {
  await db
    .updateTable('event')
    .set({ ...columns(event), review_status: event.reviewStatus, updated_at: sql`now()` })
    .where('id', '=', id)
    .execute();
  await replaceLinks(db, id, event.municipalityCodes, event.termIds);
}

async function replaceLinks(db: Database, id: string, codes: string[], termIds: string[]): Promise<void> {
  await db.deleteFrom('event_municipality').where('event_id', '=', id).execute();
  await db.deleteFrom('event_term').where('event_id', '=', id).execute();
  if (codes.length > 0) await db.insertInto('event_municipality').values(codes.map((c) => ({ event_id: id, municipality_code: c }))).execute();
  if (termIds.length > 0) await db.insertInto('event_term').values(termIds.map((t) => ({ event_id: id, term_id: t }))).execute();
}

export async function setReviewStatus(db: Database, id: string, status: ReviewStatus, reviewerId: string): Promise<void> {
  await db.updateTable('event').set({ review_status: status, reviewed_by: reviewerId, reviewed_at: sql`now()` }).where('id', '=', id).execute();
}

/** Events by id with their municipalities and terms, in the order of the ids. */
export async function loadEvents(db: Database, ids: string[]): Promise<EventRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('event as e')
    .leftJoin('organization as o', (j) => j.onRef('o.id', '=', 'e.organization_id').on(isListedOrganization('o')))
    .selectAll('e')
    .select(['o.id as org_id', 'o.name_fi as org_name_fi', 'o.name_sv as org_name_sv', 'o.name_en as org_name_en'])
    .where('e.id', 'in', ids)
    .execute();
  const municipalities = await db
    .selectFrom('event_municipality as em')
    .innerJoin('municipality as m', 'm.code', 'em.municipality_code')
    .select(['em.event_id', 'm.code', 'm.name_fi', 'm.name_sv'])
    .where('em.event_id', 'in', ids)
    .orderBy('m.name_fi')
    .execute();
  const terms = await db
    .selectFrom('event_term as et')
    .innerJoin('taxonomy_term as tt', 'tt.id', 'et.term_id')
    .innerJoin('taxonomy as t', 't.id', 'tt.taxonomy_id')
    .select(['et.event_id', 't.slug', 'tt.code', 'tt.name_fi', 'tt.name_sv', 'tt.name_en'])
    .where('et.event_id', 'in', ids)
    .orderBy('tt.sort_order')
    .orderBy('tt.name_fi')
    .execute();
  const byId = new Map(
    rows.map((r): [string, EventRecord] => [
      r.id,
      {
        id: r.id,
        organizationId: r.organization_id,
        organization: r.org_id ? { nameFi: r.org_name_fi!, nameSv: r.org_name_sv ?? null, nameEn: r.org_name_en ?? null } : null,
        nameFi: r.name_fi,
        nameSv: r.name_sv,
        nameEn: r.name_en,
        descriptionFi: r.description_fi,
        descriptionSv: r.description_sv,
        descriptionEn: r.description_en,
        startsAt: new Date(r.starts_at),
        endsAt: new Date(r.ends_at),
        rrule: r.rrule,
        lastEndsAt: new Date(r.last_ends_at),
        attendance: r.attendance,
        placeName: r.place_name,
        streetAddress: r.street_address,
        postalCode: r.postal_code,
        city: r.city,
        onlineUrl: r.online_url,
        freeOfCharge: r.free_of_charge,
        price: r.price,
        languages: r.languages,
        accessibility: r.accessibility,
        registration: r.registration,
        registrationUrl: r.registration_url,
        registrationEmail: r.registration_email,
        organizerName: r.organizer_name,
        contactEmail: r.contact_email,
        contactPhone: r.contact_phone,
        status: r.status,
        reviewStatus: r.review_status,
        createdAt: new Date(r.created_at),
        updatedAt: new Date(r.updated_at),
        municipalities: municipalities.filter((m) => m.event_id === r.id).map((m) => ({ code: m.code, nameFi: m.name_fi, nameSv: m.name_sv })),
        terms: terms.filter((t) => t.event_id === r.id).map((t) => ({ slug: t.slug, code: t.code, nameFi: t.name_fi, nameSv: t.name_sv, nameEn: t.name_en })),
      },
    ]),
  );
  return ids.map((id) => byId.get(id)).filter((e): e is EventRecord => e !== undefined);
}

export async function findEvent(db: Database, id: string): Promise<EventRecord | null> {
  return (await loadEvents(db, [id]))[0] ?? null;
}

/** The regions whose municipalities an event is in (locked with the event row when `lock`). */
export async function eventRegionIds(db: Database, eventId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('event_municipality as em')
    .innerJoin('region_municipality as rm', 'rm.municipality_code', 'em.municipality_code')
    .select('rm.region_id')
    .distinct()
    .where('em.event_id', '=', eventId)
    .execute();
  return rows.map((r) => r.region_id);
}

/** The event's row, locked for the rest of the transaction (two decisions or edits at once: the second waits). */
export async function lockEvent(db: Database, id: string): Promise<{ organizationId: string | null; reviewStatus: ReviewStatus } | null> {
  const row = await db.selectFrom('event').select(['organization_id', 'review_status']).where('id', '=', id).forUpdate().executeTakeFirst();
  return row ? { organizationId: row.organization_id, reviewStatus: row.review_status } : null;
}

/** Who sent an event (its `created_by`: address and language) and its Finnish name, or null when nobody or the account is gone. */
export async function findEventSender(db: Database, id: string): Promise<{ email: string; lang: 'fi' | 'sv' | 'en'; name: string } | null> {
  const r = await db
    .selectFrom('event as e')
    .innerJoin('app_user as u', 'u.id', 'e.created_by')
    .select(['u.email', 'u.lang', 'e.name_fi'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  return r ? { email: r.email, lang: r.lang as 'fi' | 'sv' | 'en', name: r.name_fi } : null;
}

export interface CalendarFilter {
  regionId: string;
  from: Date;
  to: Date;
  municipality?: string;
  themeSlug?: string;
  remoteOnly?: boolean;
}

/** Approved events of a region (one of its municipalities) with an occurrence that may fall in [from, to), by start. */
export async function listCalendarEventIds(db: Database, f: CalendarFilter, limit: number): Promise<string[]> {
  let q = db
    .selectFrom('event as e')
    .select('e.id')
    .where('e.review_status', '=', 'approved')
    .where('e.last_ends_at', '>', f.from)
    .where('e.starts_at', '<', f.to)
    .where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_municipality as em')
          .innerJoin('region_municipality as rm', 'rm.municipality_code', 'em.municipality_code')
          .select(sql`1`.as('one'))
          .whereRef('em.event_id', '=', 'e.id')
          .where('rm.region_id', '=', f.regionId)
          .$if(f.municipality !== undefined, (s) => s.where('em.municipality_code', '=', f.municipality!)),
      ),
    );
  if (f.remoteOnly) q = q.where('e.attendance', '<>', 'on_site');
  if (f.themeSlug) {
    q = q.where((eb) =>
      eb.exists(
        eb
          .selectFrom('event_term as et')
          .innerJoin('theme_term as tt', 'tt.term_id', 'et.term_id')
          .innerJoin('theme as th', 'th.id', 'tt.theme_id')
          .select(sql`1`.as('one'))
          .whereRef('et.event_id', '=', 'e.id')
          .where('th.slug', '=', f.themeSlug!),
      ),
    );
  }
  const rows = await q.orderBy('e.starts_at').orderBy('e.id').limit(limit).execute();
  return rows.map((r) => r.id);
}

/** Ids of the events of these organisations, newest start first. */
export async function listOrganizationEventIds(db: Database, organizationIds: string[]): Promise<string[]> {
  if (organizationIds.length === 0) return [];
  const rows = await db.selectFrom('event').select('id').where('organization_id', 'in', organizationIds).orderBy('starts_at', 'desc').limit(500).execute();
  return rows.map((r) => r.id);
}

/**
 * Ids of the events in these regions (null: every event), pending first (oldest first), then the others not yet
 * over by start. Events in no region at all are the platform's (regionIds null) only.
 */
export async function listAdminEventIds(db: Database, regionIds: string[] | null, now: Date): Promise<{ pending: string[]; upcoming: string[] }> {
  const inScope = db
    .selectFrom('event as e')
    .select('e.id')
    .$if(regionIds !== null, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('event_municipality as em')
            .innerJoin('region_municipality as rm', 'rm.municipality_code', 'em.municipality_code')
            .select(sql`1`.as('one'))
            .whereRef('em.event_id', '=', 'e.id')
            .where('rm.region_id', 'in', regionIds!.length > 0 ? regionIds! : ['']),
        ),
      ),
    );
  const pending = await inScope.where('e.review_status', '=', 'pending').orderBy('e.created_at').orderBy('e.id').limit(200).execute();
  const upcoming = await inScope.where('e.review_status', '=', 'approved').where('e.last_ends_at', '>', now).orderBy('e.starts_at').orderBy('e.id').limit(200).execute();
  return { pending: pending.map((r) => r.id), upcoming: upcoming.map((r) => r.id) };
}

export async function countPendingInRegions(db: Database, regionIds: string[] | null): Promise<number> {
  const row = await db
    .selectFrom('event as e')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('e.review_status', '=', 'pending')
    .$if(regionIds !== null, (q) =>
      q.where((eb) =>
        eb.exists(
          eb
            .selectFrom('event_municipality as em')
            .innerJoin('region_municipality as rm', 'rm.municipality_code', 'em.municipality_code')
            .select(sql`1`.as('one'))
            .whereRef('em.event_id', '=', 'e.id')
            .where('rm.region_id', 'in', regionIds!.length > 0 ? regionIds! : ['']),
        ),
      ),
    )
    .executeTakeFirst();
  return Number(row?.n ?? 0);
}

export interface MunicipalityChoice {
  code: string;
  nameFi: string;
  nameSv: string;
  regionId: string;
  regionFi: string;
  regionSv: string;
  regionEn: string;
}

/** The municipalities of these regions (null: of every region), with their region, by region and name. */
export async function listRegionMunicipalityChoices(db: Database, regionIds: string[] | null): Promise<MunicipalityChoice[]> {
  const rows = await db
    .selectFrom('region_municipality as rm')
    .innerJoin('municipality as m', 'm.code', 'rm.municipality_code')
    .innerJoin('region as r', 'r.id', 'rm.region_id')
    .select(['m.code', 'm.name_fi', 'm.name_sv', 'r.id as region_id', 'r.name_fi as region_fi', 'r.name_sv as region_sv', 'r.name_en as region_en'])
    .$if(regionIds !== null, (q) => q.where('r.id', 'in', regionIds!.length > 0 ? regionIds! : ['']))
    .orderBy('r.name_fi')
    .orderBy('m.name_fi')
    .execute();
  return rows.map((r) => ({ code: r.code, nameFi: r.name_fi, nameSv: r.name_sv, regionId: r.region_id, regionFi: r.region_fi, regionSv: r.region_sv, regionEn: r.region_en }));
}

/** The organisations a user maintains (any status but archived), by name. */
export async function listMaintainedOrganizations(db: Database, userId: string): Promise<{ id: string; nameFi: string }[]> {
  const rows = await db
    .selectFrom('user_role as ur')
    .innerJoin('organization as o', (j) => j.on(sql<boolean>`o.id::text = ur.scope_id`))
    .select(['o.id', 'o.name_fi'])
    .where('ur.user_id', '=', userId)
    .where('ur.role', '=', 'maintainer')
    .where('o.status', '<>', 'archived')
    .orderBy('o.name_fi')
    .execute();
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi }));
}

/** The ids of need and target-group terms by their codes (unknown codes are left out). */
export async function termIdsOf(db: Database, terms: { slug: 'need' | 'target'; codes: string[] }[]): Promise<string[]> {
  const ids: string[] = [];
  for (const { slug, codes } of terms) {
    if (codes.length === 0) continue;
    const rows = await db
      .selectFrom('taxonomy_term as tt')
      .innerJoin('taxonomy as t', 't.id', 'tt.taxonomy_id')
      .select('tt.id')
      .where('t.slug', '=', slug)
      .where('tt.code', 'in', codes)
      .execute();
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

/** The themes (migration 0018) with at least one term, for the calendar's theme filter. */
export async function listThemeChoices(db: Database): Promise<{ slug: string; nameFi: string; nameSv: string; nameEn: string }[]> {
  const rows = await db
    .selectFrom('theme as th')
    .select(['th.slug', 'th.name_fi', 'th.name_sv', 'th.name_en'])
    .where((eb) => eb.exists(eb.selectFrom('theme_term as tt').select(sql`1`.as('one')).whereRef('tt.theme_id', '=', 'th.id')))
    .orderBy('th.sort_order')
    .orderBy('th.name_fi')
    .execute();
  return rows.map((r) => ({ slug: r.slug, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

/** Which of the codes are known municipalities. */
export async function knownMunicipalities(db: Database, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  return (await db.selectFrom('municipality').select('code').where('code', 'in', codes).execute()).map((r) => r.code);
}

/** The regions these municipalities belong to. */
export async function regionsOfMunicipalities(db: Database, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const rows = await db.selectFrom('region_municipality').select('region_id').distinct().where('municipality_code', 'in', codes).execute();
  return rows.map((r) => r.region_id);
}

/** Moves an event in time (the demo keeps its events upcoming). */
export async function updateEventTimes(db: Database, id: string, t: { startsAt: Date; endsAt: Date; rrule: string | null; lastEndsAt: Date }): Promise<void> {
  await db.updateTable('event').set({ starts_at: t.startsAt, ends_at: t.endsAt, rrule: t.rrule, last_ends_at: t.lastEndsAt }).where('id', '=', id).execute();
}
