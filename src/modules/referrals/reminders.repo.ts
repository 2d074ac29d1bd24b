import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import type { FinnishDate } from './working-days.js';

/**
 * SQL of the contact-request reminders (D). A recipient "has done nothing" while its status is new or opened and
 * `acted_at` is null. Requests whose personal fields are erased are left alone. Each claim is a conditional update
 * (`… is null` in the WHERE), so the caller's transaction that also queues the e-mail wins at most once: a second
 * run, or a second instance at the same time, updates no row and sends nothing.
 */

export interface Names {
  fi: string;
  sv: string | null;
  en: string | null;
}

/** A recipient claimed for a reminder or for telling the administrators. */
export interface ClaimedRecipient {
  recipientId: string;
  requestId: string;
  reference: string;
  organizationId: string;
  organization: Names;
  /** The organisation's contact-request address now ('' when it has none any more). */
  requestAddress: string;
  /** The language of the page the request was sent from. */
  uiLang: Lang;
  createdAt: Date;
}

/** Requests made before the start of this Finnish date (midnight in Helsinki). */
const madeBefore = (date: FinnishDate) => sql<boolean>`r.created_at < (${date}::date::timestamp at time zone 'Europe/Helsinki')`;

const noAction = sql<boolean>`r.acted_at is null and r.status in ('new', 'opened')
  and exists (select 1 from contact_request q where q.id = r.request_id and q.erased_at is null)`;

/** The organisations with at least one request made before `before` not acted on and not yet reminded. */
export async function listOrganizationsToRemind(db: Database, options: { before: FinnishDate }): Promise<string[]> {
  const { rows } = await sql<{ organization_id: string }>`
    select distinct r.organization_id from contact_request_recipient r
    where r.reminded_at is null and ${noAction} and ${madeBefore(options.before)}
    order by r.organization_id`.execute(db);
  return rows.map((r) => r.organization_id);
}

/** Claims one organisation's overdue recipients for a reminder (sets reminded_at); returns only those this call set. */
export async function claimReminders(db: Database, options: { organizationId: string; before: FinnishDate; now: Date }): Promise<ClaimedRecipient[]> {
  const { rows } = await sql<{ id: string }>`
    update contact_request_recipient r set reminded_at = ${options.now}
    where r.organization_id = ${options.organizationId} and r.reminded_at is null and ${noAction} and ${madeBefore(options.before)}
    returning r.id`.execute(db);
  return describe(db, rows.map((r) => r.id));
}

/** Claims every recipient overdue for the administrators (sets admins_told_at); returns only those this call set. */
export async function claimAdminNotices(db: Database, options: { before: FinnishDate; now: Date }): Promise<ClaimedRecipient[]> {
  const { rows } = await sql<{ id: string }>`
    update contact_request_recipient r set admins_told_at = ${options.now}
    where r.admins_told_at is null and ${noAction} and ${madeBefore(options.before)}
    returning r.id`.execute(db);
  return describe(db, rows.map((r) => r.id));
}

async function describe(db: Database, ids: string[]): Promise<ClaimedRecipient[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('contact_request_recipient as r')
    .innerJoin('contact_request as q', 'q.id', 'r.request_id')
    .innerJoin('organization as o', 'o.id', 'r.organization_id')
    .select(['r.id', 'r.request_id', 'q.reference', 'q.ui_lang', 'r.created_at', 'o.id as org_id', 'o.name_fi', 'o.name_sv', 'o.name_en', 'o.contact_request_email'])
    .where('r.id', 'in', ids)
    .orderBy('o.name_fi')
    .orderBy('r.created_at')
    .orderBy('q.reference')
    .execute();
  return rows.map((r) => ({
    recipientId: r.id,
    requestId: r.request_id,
    reference: r.reference,
    organizationId: r.org_id,
    organization: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    requestAddress: (r.contact_request_email ?? '').trim(),
    uiLang: r.ui_lang,
    createdAt: new Date(r.created_at),
  }));
}
