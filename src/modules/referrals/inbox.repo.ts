import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { DeclineReason, RecipientStatus } from './referrals.types.js';

/** A timestamp column as a Date (`created_at` is typed as generated, which Kysely does not unwrap on select). */
const asDate = (v: unknown): Date => (v instanceof Date ? v : new Date(String(v)));

/**
 * SQL of the recipient's side of contact requests: the signed link, one request as a recipient organisation sees it,
 * its status, and the maintainers' inbox. Every function takes `db`, which may be the caller's transaction. Rows are
 * returned with the encrypted columns as stored; decrypting is the use cases' work.
 */

export interface Names {
  fi: string;
  sv: string | null;
  en: string | null;
}

export interface RecipientRow {
  id: string;
  requestId: string;
  organizationId: string;
  status: RecipientStatus;
  declineReason: DeclineReason | null;
  linkExpiresAt: Date;
  openedAt: Date | null;
  actedAt: Date | null;
}

const recipientColumns = [
  'r.id',
  'r.request_id',
  'r.organization_id',
  'r.status',
  'r.decline_reason',
  'r.link_expires_at',
  'r.opened_at',
  'r.acted_at',
] as const;

type RecipientDbRow = {
  id: string;
  request_id: string;
  organization_id: string;
  status: RecipientStatus;
  decline_reason: DeclineReason | null;
  link_expires_at: Date;
  opened_at: Date | null;
  acted_at: Date | null;
};

const toRecipient = (r: RecipientDbRow): RecipientRow => ({
  id: r.id,
  requestId: r.request_id,
  organizationId: r.organization_id,
  status: r.status,
  declineReason: r.decline_reason,
  linkExpiresAt: new Date(r.link_expires_at),
  openedAt: r.opened_at ? new Date(r.opened_at) : null,
  actedAt: r.acted_at ? new Date(r.acted_at) : null,
});

/** The recipient whose link token has this SHA-256, if the link has not expired at `now`. */
export async function findRecipientByTokenHash(db: Database, options: { tokenHash: string; now: Date }): Promise<RecipientRow | null> {
  const row = await db
    .selectFrom('contact_request_recipient as r')
    .select(recipientColumns)
    .where('r.link_token_hash', '=', options.tokenHash)
    .where('r.link_expires_at', '>', options.now)
    .executeTakeFirst();
  return row ? toRecipient(row) : null;
}

export async function findRecipientById(db: Database, options: { id: string }): Promise<RecipientRow | null> {
  const row = await db.selectFrom('contact_request_recipient as r').select(recipientColumns).where('r.id', '=', options.id).executeTakeFirst();
  return row ? toRecipient(row) : null;
}

/** The request row with its personal fields still encrypted, locked for the rest of the transaction. */
export interface RequestRow {
  id: string;
  reference: string;
  senderKind: 'self' | 'professional';
  /** Encrypted (ENCRYPTED_FIELDS.senderUnit); in clear in requests sent before it was encrypted. */
  senderUnitEnc: string | null;
  followUpEmailEnc: string | null;
  firstNameEnc: string | null;
  phoneEnc: string | null;
  emailEnc: string | null;
  preferredTimeEnc: string | null;
  messageEnc: string | null;
  contactLang: 'fi' | 'sv' | 'en' | 'other';
  uiLang: 'fi' | 'sv' | 'en';
  createdAt: Date;
  closedAt: Date | null;
  erasedAt: Date | null;
}

/**
 * One request. `lock`: `for update`, so that two recipients acting at the same moment see each other's status
 * before deciding whether the request is now closed.
 */
export async function findRequest(db: Database, options: { id: string; lock?: boolean }): Promise<RequestRow | null> {
  let q = db
    .selectFrom('contact_request')
    .select([
      'id',
      'reference',
      'sender_kind',
      'sender_unit',
      'follow_up_email_enc',
      'client_first_name_enc',
      'client_phone_enc',
      'client_email_enc',
      'preferred_time_enc',
      'message_enc',
      'contact_lang',
      'ui_lang',
      'created_at',
      'closed_at',
      'erased_at',
    ])
    .where('id', '=', options.id);
  if (options.lock) q = q.forUpdate();
  const r = await q.executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    reference: r.reference,
    senderKind: r.sender_kind,
    senderUnitEnc: r.sender_unit,
    followUpEmailEnc: r.follow_up_email_enc,
    firstNameEnc: r.client_first_name_enc,
    phoneEnc: r.client_phone_enc,
    emailEnc: r.client_email_enc,
    preferredTimeEnc: r.preferred_time_enc,
    messageEnc: r.message_enc,
    contactLang: r.contact_lang,
    uiLang: r.ui_lang,
    createdAt: asDate(r.created_at),
    closedAt: r.closed_at ? new Date(r.closed_at) : null,
    erasedAt: r.erased_at ? new Date(r.erased_at) : null,
  };
}

/** The organisation (and activity, when the request named one) of a recipient, and the encrypted internal note. */
export interface RecipientContextRow {
  organization: Names;
  activity: Names | null;
  noteEnc: string | null;
}

export async function findRecipientContext(db: Database, options: { recipientId: string }): Promise<RecipientContextRow | null> {
  const r = await db
    .selectFrom('contact_request_recipient as r')
    .innerJoin('organization as o', 'o.id', 'r.organization_id')
    .leftJoin('activity as a', 'a.id', 'r.activity_id')
    .select(['o.name_fi', 'o.name_sv', 'o.name_en', 'a.name_fi as activity_fi', 'a.name_sv as activity_sv', 'a.name_en as activity_en', 'r.note_enc'])
    .where('r.id', '=', options.recipientId)
    .executeTakeFirst();
  if (!r) return null;
  return {
    organization: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    activity: r.activity_fi ? { fi: r.activity_fi, sv: r.activity_sv, en: r.activity_en } : null,
    noteEnc: r.note_enc,
  };
}

/** The names of the other organisations the same request went to (names only: not their status). */
export async function listOtherRecipientNames(db: Database, options: { requestId: string; exceptRecipientId: string }): Promise<Names[]> {
  const rows = await db
    .selectFrom('contact_request_recipient as r')
    .innerJoin('organization as o', 'o.id', 'r.organization_id')
    .select(['o.name_fi', 'o.name_sv', 'o.name_en'])
    .where('r.request_id', '=', options.requestId)
    .where('r.id', '<>', options.exceptRecipientId)
    .orderBy('o.name_fi')
    .execute();
  return rows.map((r) => ({ fi: r.name_fi, sv: r.name_sv, en: r.name_en }));
}

/** new → opened; false when the recipient was no longer new (opened or acted already). */
export async function markOpened(db: Database, options: { recipientId: string; now: Date }): Promise<boolean> {
  const r = await db
    .updateTable('contact_request_recipient')
    .set({ status: 'opened', opened_at: options.now })
    .where('id', '=', options.recipientId)
    .where('status', '=', 'new')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * Records what the organisation did: the status, the reason (declined only), the encrypted note. `acted_at` is set
 * on the first action and kept after that; `opened_at` is filled in when the organisation acted without opening.
 */
export async function updateRecipientStatus(
  db: Database,
  options: { recipientId: string; status: RecipientStatus; declineReason: DeclineReason | null; noteEnc: string | null; now: Date },
): Promise<void> {
  await db
    .updateTable('contact_request_recipient')
    .set({
      status: options.status,
      decline_reason: options.declineReason,
      note_enc: options.noteEnc,
      acted_at: sql`coalesce(acted_at, ${options.now.toISOString()}::timestamptz)`,
      opened_at: sql`coalesce(opened_at, ${options.now.toISOString()}::timestamptz)`,
    })
    .where('id', '=', options.recipientId)
    .execute();
}

/** How many recipients of a request have not acted yet (contacted / unreachable / declined). */
export async function countNotActed(db: Database, options: { requestId: string }): Promise<number> {
  const r = await db
    .selectFrom('contact_request_recipient')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('request_id', '=', options.requestId)
    .where('acted_at', 'is', null)
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Closes a request; false when it was closed already. */
export async function closeRequest(db: Database, options: { requestId: string; now: Date }): Promise<boolean> {
  const r = await db
    .updateTable('contact_request')
    .set({ closed_at: options.now })
    .where('id', '=', options.requestId)
    .where('closed_at', 'is', null)
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** How many recipients among the organisations' have not been opened yet (status new). */
export async function countNewRecipients(db: Database, options: { organizationIds: string[] }): Promise<number> {
  if (options.organizationIds.length === 0) return 0;
  const r = await db
    .selectFrom('contact_request_recipient')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', 'in', options.organizationIds)
    .where('status', '=', 'new')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

export interface InboxRow {
  recipientId: string;
  reference: string;
  organization: Names;
  activity: Names | null;
  status: RecipientStatus;
  createdAt: Date;
  openedAt: Date | null;
  actedAt: Date | null;
  closed: boolean;
  erased: boolean;
}

/** Requests to the given organisations, newest first, one page; no personal field is read. */
export async function listInboxRows(
  db: Database,
  options: { organizationIds: string[]; limit: number; offset: number },
): Promise<{ rows: InboxRow[]; total: number }> {
  if (options.organizationIds.length === 0) return { rows: [], total: 0 };
  const base = db
    .selectFrom('contact_request_recipient as r')
    .innerJoin('contact_request as c', 'c.id', 'r.request_id')
    .where('r.organization_id', 'in', options.organizationIds);
  const [rows, count] = await Promise.all([
    base
      .innerJoin('organization as o', 'o.id', 'r.organization_id')
      .leftJoin('activity as a', 'a.id', 'r.activity_id')
      .select([
        'r.id',
        'c.reference',
        'o.name_fi',
        'o.name_sv',
        'o.name_en',
        'a.name_fi as activity_fi',
        'a.name_sv as activity_sv',
        'a.name_en as activity_en',
        'r.status',
        'c.created_at',
        'r.opened_at',
        'r.acted_at',
        'c.closed_at',
        'c.erased_at',
      ])
      .orderBy('c.created_at', 'desc')
      .orderBy('r.id')
      .limit(options.limit)
      .offset(options.offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    rows: rows.map((r) => ({
      recipientId: r.id,
      reference: r.reference,
      organization: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
      activity: r.activity_fi ? { fi: r.activity_fi, sv: r.activity_sv, en: r.activity_en } : null,
      status: r.status,
      createdAt: asDate(r.created_at),
      openedAt: r.opened_at ? new Date(r.opened_at) : null,
      actedAt: r.acted_at ? new Date(r.acted_at) : null,
      closed: r.closed_at !== null,
      erased: r.erased_at !== null,
    })),
  };
}
