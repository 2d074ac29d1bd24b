import { sql, type RawBuilder } from 'kysely';
import type { Database } from '../../platform/db/database.js';

/**
 * SQL of erasing contact requests' personal data (D: the scheduled erasure and the right to erasure), and the
 * region rule the administrators' pages share with statistics. Functions take `db`, which may be a transaction.
 */

/**
 * The personal fields of a request, emptied on erasure. `sender_unit` (encrypted) is among them: it is the professional's own
 * unit, not the client's data, but it is free text a person typed (it may name the professional) and it tells the
 * client's care context ("päihdepoliklinikka", "mielenterveystoimisto"), which with the date can point to a person's
 * health. Statistics keep `sender_kind` (self / professional) instead.
 */
const ERASED_REQUEST_FIELDS = {
  sender_unit: null,
  follow_up_email_enc: null,
  client_first_name_enc: null,
  client_phone_enc: null,
  client_email_enc: null,
  preferred_time_enc: null,
  message_enc: null,
  phone_lookup: null,
  email_lookup: null,
} as const;

/** The e-mails that were addressed to a client or a professional about a request (the job's `to` is their address). */
const PERSONAL_MAIL_TEMPLATES = ['contact-request-confirmation', 'contact-request-follow-up'];

/**
 * An organisation (by its id column) lies in one of the regions: by the rule of listAdministratorsForOrganizations
 * (platform/auth): the regions of its home municipality or, when it has none, of its published activities'
 * municipalities. The administrators told about an organisation are exactly those whose pages show it.
 */
export function organizationInRegions(orgIdColumn: string, regionIds: string[]): RawBuilder<boolean> {
  if (regionIds.length === 0) return sql<boolean>`false`;
  const org = sql.ref(orgIdColumn);
  const regions = sql.join(regionIds);
  return sql<boolean>`(
    exists (select 1 from organization ro join region_municipality rm on rm.municipality_code = ro.municipality_code
            where ro.id = ${org} and rm.region_id in (${regions}))
    or exists (select 1 from organization ro
               join activity ra on ra.organization_id = ro.id and ra.status = 'published'
               join activity_municipality ram on ram.activity_id = ra.id
               join region_municipality rm on rm.municipality_code = ram.municipality_code
               where ro.id = ${org} and ro.municipality_code is null and rm.region_id in (${regions})))`;
}

export interface ErasedRequest {
  id: string;
  reference: string;
  /** Why it was erased on schedule: closed long enough ago, or made too long ago. */
  reason: 'closed' | 'age';
  /** One of its recipient organisations (for the audit entry). */
  organizationId: string | null;
}

/**
 * Erases up to `limit` requests due for erasure: closed before `closedBefore`, or made before `createdBefore` in any
 * case. The outer `erased_at is null` is checked again under the row lock, so two runs erase each request once.
 */
export async function eraseDueRequests(db: Database, options: { closedBefore: Date; createdBefore: Date; now: Date; limit: number }): Promise<ErasedRequest[]> {
  const due = sql<boolean>`(closed_at < ${options.closedBefore} or created_at < ${options.createdBefore})`;
  const rows = await db
    .updateTable('contact_request')
    .set({ ...ERASED_REQUEST_FIELDS, erased_at: options.now })
    .where('erased_at', 'is', null)
    .where(due)
    .where('id', 'in', (eb) => eb.selectFrom('contact_request').select('id').where('erased_at', 'is', null).where(due).orderBy('created_at').limit(options.limit))
    .returning(['id', 'reference', 'closed_at'])
    .execute();
  await eraseNotes(db, rows.map((r) => r.id));
  const orgs = await firstOrganizations(db, rows.map((r) => r.id));
  return rows.map((r) => ({
    id: r.id,
    reference: r.reference,
    reason: r.closed_at !== null && new Date(r.closed_at) < options.closedBefore ? 'closed' : 'age',
    organizationId: orgs.get(r.id) ?? null,
  }));
}

/** A request found by a look-up hash, as an administrator may see it: reference and dates only. */
export interface MatchedRequest {
  id: string;
  reference: string;
  createdAt: Date;
  closedAt: Date | null;
}

/**
 * The requests not yet erased whose phone or e-mail look-up hash is `lookup`, limited to requests with a recipient
 * organisation in the regions (`regionIds` null: every request). Uses the look-up indexes; nothing is decrypted.
 */
export async function findRequestsByLookup(db: Database, options: { lookup: string; field: 'phone_lookup' | 'email_lookup'; regionIds: string[] | null }): Promise<MatchedRequest[]> {
  const { regionIds } = options;
  let query = db
    .selectFrom('contact_request as q')
    .select(['q.id', 'q.reference', 'q.created_at', 'q.closed_at'])
    .where(`q.${options.field}`, '=', options.lookup)
    .where('q.erased_at', 'is', null);
  if (regionIds !== null) {
    query = query.where((eb) =>
      eb.exists(eb.selectFrom('contact_request_recipient as sr').select('sr.id').whereRef('sr.request_id', '=', 'q.id').where(organizationInRegions('sr.organization_id', regionIds))),
    );
  }
  const rows = await query.orderBy('q.created_at').orderBy('q.reference').execute();
  return rows.map((r) => ({ id: r.id, reference: r.reference, createdAt: new Date(r.created_at), closedAt: r.closed_at ? new Date(r.closed_at) : null }));
}

/** Erases the listed requests (those not erased meanwhile); returns the ones this call erased. */
export async function eraseRequests(db: Database, options: { ids: string[]; now: Date }): Promise<{ id: string; reference: string; organizationId: string | null }[]> {
  if (options.ids.length === 0) return [];
  const rows = await db
    .updateTable('contact_request')
    .set({ ...ERASED_REQUEST_FIELDS, erased_at: options.now })
    .where('id', 'in', options.ids)
    .where('erased_at', 'is', null)
    .returning(['id', 'reference'])
    .execute();
  await eraseNotes(db, rows.map((r) => r.id));
  const orgs = await firstOrganizations(db, rows.map((r) => r.id));
  return rows.map((r) => ({ id: r.id, reference: r.reference, organizationId: orgs.get(r.id) ?? null }));
}

/** The recipients' internal notes (they may describe the client). */
async function eraseNotes(db: Database, requestIds: string[]): Promise<void> {
  if (requestIds.length === 0) return;
  await db.updateTable('contact_request_recipient').set({ note_enc: null }).where('request_id', 'in', requestIds).where('note_enc', 'is not', null).execute();
}

async function firstOrganizations(db: Database, requestIds: string[]): Promise<Map<string, string>> {
  if (requestIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('contact_request_recipient')
    .select(['request_id', sql<string>`min(organization_id::text)`.as('organization_id')])
    .where('request_id', 'in', requestIds)
    .groupBy('request_id')
    .execute();
  return new Map(rows.map((r) => [r.request_id, r.organization_id]));
}

/**
 * Deletes the e-mails about these requests that were addressed to a person: the resident's confirmation and the
 * professional's follow-up (their address is the send-mail job's `to`, and the outbox's when there is no SMTP
 * server). Jobs a worker holds right now are left; finished jobs are pruned after 14 days anyway. Returns how
 * many jobs and outbox rows went.
 */
export async function deletePersonalMails(db: Database, references: string[]): Promise<{ jobs: number; outbox: number }> {
  if (references.length === 0) return { jobs: 0, outbox: 0 };
  const jobs = await db
    .deleteFrom('job')
    .where('name', '=', 'send-mail')
    .where(sql<string>`payload->>'template'`, 'in', PERSONAL_MAIL_TEMPLATES)
    .where(sql<string>`payload->'params'->>'reference'`, 'in', references)
    .where((eb) => eb.or([eb('locked_until', 'is', null), eb('locked_until', '<', sql<Date>`now()`)]))
    .returning('id')
    .execute();
  const jobIds = jobs.map((j) => j.id);
  const outbox = await db
    .deleteFrom('outbox')
    .where('template', 'in', PERSONAL_MAIL_TEMPLATES)
    .where((eb) =>
      eb.or([
        ...(jobIds.length > 0 ? [eb('job_id', 'in', jobIds)] : []),
        ...references.map((ref) => eb(sql<number>`position(${ref} in subject)`, '>', 0)),
      ]),
    )
    .executeTakeFirst();
  return { jobs: jobIds.length, outbox: Number(outbox.numDeletedRows) };
}
