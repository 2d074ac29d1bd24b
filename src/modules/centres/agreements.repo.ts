import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { AgreementKind, AgreementSide } from '../../platform/db/schema.js';

/** SQL of cooperation agreed in advance between centres and organisations: camelCase rows, no rules. */

export type AgreementStatus = 'proposed' | 'countered' | 'accepted' | 'declined';

export interface AgreementFields {
  kind: AgreementKind;
  title: string;
  startsAt: Date;
  durationMinutes: number;
  rrule: string | null;
  attendance: 'on_site' | 'remote' | 'hybrid';
  access: 'drop_in' | 'booking' | 'registration';
  bookingInfo: string;
  room: string;
  catering: string;
  keysBadges: string;
  materials: string;
  programme: string;
  targetGroup: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  clientConsent: boolean;
  public: boolean;
}

export interface AgreementRow extends AgreementFields {
  id: string;
  centreId: string;
  centreFi: string;
  centreSv: string;
  organizationId: string;
  organizationFi: string;
  initiatedBy: AgreementSide;
  status: AgreementStatus;
  awaiting: AgreementSide | null;
  eventId: string | null;
  updatedAt: Date;
  /** The organisation's activity it concerns (a centre's request may name one; migration 0028). */
  activityId: string | null;
  activityFi: string | null;
}

function agreementQuery(db: Database) {
  return db
    .selectFrom('centre_agreement as a')
    .innerJoin('care_centre as c', 'c.id', 'a.centre_id')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .leftJoin('activity as act', 'act.id', 'a.activity_id')
    .select([
      'a.id',
      'a.centre_id as centreId',
      'c.name_fi as centreFi',
      'c.name_sv as centreSv',
      'a.organization_id as organizationId',
      'o.name_fi as organizationFi',
      'a.kind',
      'a.initiated_by as initiatedBy',
      'a.status',
      'a.awaiting',
      'a.title',
      'a.starts_at as startsAt',
      'a.duration_minutes as durationMinutes',
      'a.rrule',
      'a.attendance',
      'a.access',
      'a.booking_info as bookingInfo',
      'a.room',
      'a.catering',
      'a.keys_badges as keysBadges',
      'a.materials',
      'a.programme',
      'a.target_group as targetGroup',
      'a.contact_name as contactName',
      'a.contact_email as contactEmail',
      'a.contact_phone as contactPhone',
      'a.client_consent as clientConsent',
      'a.public',
      'a.event_id as eventId',
      'a.updated_at as updatedAt',
      'a.activity_id as activityId',
      'act.name_fi as activityFi',
    ]);
}

export async function findAgreement(db: Database, id: string): Promise<AgreementRow | null> {
  return (await agreementQuery(db).where('a.id', '=', id).executeTakeFirst()) ?? null;
}

export async function lockAgreement(db: Database, id: string): Promise<AgreementRow | null> {
  return (await agreementQuery(db).where('a.id', '=', id).forUpdate('a').executeTakeFirst()) ?? null;
}

export async function listAgreements(db: Database, filter: { centreIds?: string[]; organizationIds?: string[] }): Promise<AgreementRow[]> {
  let q = agreementQuery(db);
  if (filter.centreIds) {
    if (filter.centreIds.length === 0) return [];
    q = q.where('a.centre_id', 'in', filter.centreIds);
  }
  if (filter.organizationIds) {
    if (filter.organizationIds.length === 0) return [];
    q = q.where('a.organization_id', 'in', filter.organizationIds);
  }
  return q.orderBy('a.starts_at').orderBy('a.id').execute();
}

export async function insertAgreement(
  db: Database,
  a: AgreementFields & { id: string; centreId: string; organizationId: string; initiatedBy: AgreementSide; awaiting: AgreementSide; createdBy: string | null; activityId?: string | null },
): Promise<void> {
  await db
    .insertInto('centre_agreement')
    .values({
      id: a.id,
      centre_id: a.centreId,
      organization_id: a.organizationId,
      kind: a.kind,
      initiated_by: a.initiatedBy,
      awaiting: a.awaiting,
      title: a.title,
      starts_at: a.startsAt,
      duration_minutes: a.durationMinutes,
      rrule: a.rrule,
      attendance: a.attendance,
      access: a.access,
      booking_info: a.bookingInfo,
      room: a.room,
      catering: a.catering,
      keys_badges: a.keysBadges,
      materials: a.materials,
      programme: a.programme,
      target_group: a.targetGroup,
      contact_name: a.contactName,
      contact_email: a.contactEmail,
      contact_phone: a.contactPhone,
      client_consent: a.clientConsent,
      public: a.public,
      created_by: a.createdBy,
      ...(a.activityId ? { activity_id: a.activityId } : {}),
    })
    .execute();
}

export async function updateAgreementState(
  db: Database,
  id: string,
  state: { status: AgreementStatus; awaiting: AgreementSide | null; startsAt?: Date; durationMinutes?: number; rrule?: string | null; eventId?: string | null },
): Promise<void> {
  await db
    .updateTable('centre_agreement')
    .set({
      status: state.status,
      awaiting: state.awaiting,
      ...(state.startsAt ? { starts_at: state.startsAt } : {}),
      ...(state.durationMinutes ? { duration_minutes: state.durationMinutes } : {}),
      ...(state.rrule !== undefined ? { rrule: state.rrule } : {}),
      ...(state.eventId !== undefined ? { event_id: state.eventId } : {}),
      updated_at: sql`now()`,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertStep(db: Database, step: { id: string; agreementId: string; side: AgreementSide; action: 'propose' | 'counter' | 'accept' | 'decline'; startsAt: Date; message: string; authorId: string | null }): Promise<void> {
  await db
    .insertInto('centre_agreement_step')
    .values({ id: step.id, agreement_id: step.agreementId, side: step.side, action: step.action, starts_at: step.startsAt, message: step.message, author_id: step.authorId })
    .execute();
}

export interface StepRow {
  side: AgreementSide;
  action: 'propose' | 'counter' | 'accept' | 'decline';
  startsAt: Date;
  message: string;
  createdAt: Date;
}

export async function listSteps(db: Database, agreementId: string): Promise<StepRow[]> {
  return db
    .selectFrom('centre_agreement_step')
    .select(['side', 'action', 'starts_at as startsAt', 'message', 'created_at as createdAt'])
    .where('agreement_id', '=', agreementId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
}

/** Accepted agreements starting between `from` and `until` whose sides were not reminded yet, locked. */
export async function lockDueAgreementReminders(db: Database, options: { from: Date; until: Date }): Promise<AgreementRow[]> {
  return agreementQuery(db)
    .where('a.status', '=', 'accepted')
    .where('a.reminder_sent_at', 'is', null)
    .where('a.starts_at', '>', options.from)
    .where('a.starts_at', '<=', options.until)
    .orderBy('a.starts_at')
    .forUpdate('a')
    .skipLocked()
    .execute();
}

export async function markAgreementReminded(db: Database, id: string, at: Date): Promise<void> {
  await db.updateTable('centre_agreement').set({ reminder_sent_at: at }).where('id', '=', id).execute();
}
