import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import type { IssueStatus } from './newsletter.types.js';

/** SQL of the newsletter: subscribers (addresses encrypted by the caller), issues and deliveries. */

export interface RegionNames {
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
}

export async function findRegion(db: Database, slug: string): Promise<RegionNames | null> {
  const r = await db.selectFrom('region').select(['id', 'name_fi', 'name_sv', 'name_en']).where('id', '=', slug).executeTakeFirst();
  return r ? { id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en } : null;
}

// ---- subscribers ----

export interface SubscriberRow {
  id: string;
  regionId: string;
  lang: Lang;
  confirmedAt: Date | null;
  confirmSentAt: Date | null;
}

const toSubscriber = (r: { id: string; region_id: string; lang: Lang; confirmed_at: Date | null; confirm_sent_at: Date | null }): SubscriberRow => ({
  id: r.id,
  regionId: r.region_id,
  lang: r.lang,
  confirmedAt: r.confirmed_at,
  confirmSentAt: r.confirm_sent_at,
});

/** The subscription of an address (by its look-up hash) to a region, locked for the caller's transaction. */
export async function findSubscriberForUpdate(db: Database, options: { regionId: string; emailHash: string }): Promise<SubscriberRow | null> {
  const r = await db
    .selectFrom('newsletter_subscriber')
    .select(['id', 'region_id', 'lang', 'confirmed_at', 'confirm_sent_at'])
    .where('region_id', '=', options.regionId)
    .where('email_hash', '=', options.emailHash)
    .forUpdate()
    .executeTakeFirst();
  return r ? toSubscriber(r) : null;
}

export async function insertSubscriber(
  db: Database,
  row: { id: string; regionId: string; emailEnc: string; emailHash: string; lang: Lang; confirmTokenHash: string; now: Date; expiresAt: Date; unsubscribeTokenHash: string; unsubscribeTokenEnc: string },
): Promise<boolean> {
  const r = await db
    .insertInto('newsletter_subscriber')
    .values({
      id: row.id,
      region_id: row.regionId,
      email_enc: row.emailEnc,
      email_hash: row.emailHash,
      lang: row.lang,
      confirm_token_hash: row.confirmTokenHash,
      confirm_sent_at: row.now,
      expires_at: row.expiresAt,
      unsubscribe_token_hash: row.unsubscribeTokenHash,
      unsubscribe_token_enc: row.unsubscribeTokenEnc,
      created_at: row.now,
    })
    .onConflict((oc) => oc.columns(['region_id', 'email_hash']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** A new confirmation link for an unconfirmed subscription (the old link stops working). */
export async function renewConfirmation(db: Database, options: { id: string; confirmTokenHash: string; lang: Lang; now: Date; expiresAt: Date }): Promise<void> {
  await db
    .updateTable('newsletter_subscriber')
    .set({ confirm_token_hash: options.confirmTokenHash, confirm_sent_at: options.now, expires_at: options.expiresAt, lang: options.lang })
    .where('id', '=', options.id)
    .where('confirmed_at', 'is', null)
    .execute();
}

/** The region of an unconfirmed subscription's link that has not expired, or null. */
export async function findRegionOfConfirmToken(db: Database, options: { confirmTokenHash: string; now: Date }): Promise<string | null> {
  const r = await db
    .selectFrom('newsletter_subscriber')
    .select('region_id')
    .where('confirm_token_hash', '=', options.confirmTokenHash)
    .where('confirmed_at', 'is', null)
    .where('expires_at', '>', options.now)
    .executeTakeFirst();
  return r?.region_id ?? null;
}

/** Confirms the subscription whose link this is, if it has not expired; its region, or null. */
export async function confirmByToken(db: Database, options: { confirmTokenHash: string; now: Date }): Promise<{ regionId: string; unsubscribeTokenEnc: string } | null> {
  const r = await db
    .updateTable('newsletter_subscriber')
    .set({ confirmed_at: options.now, confirm_token_hash: null, expires_at: null })
    .where('confirm_token_hash', '=', options.confirmTokenHash)
    .where('confirmed_at', 'is', null)
    .where('expires_at', '>', options.now)
    .returning(['region_id', 'unsubscribe_token_enc'])
    .executeTakeFirst();
  return r ? { regionId: r.region_id, unsubscribeTokenEnc: r.unsubscribe_token_enc } : null;
}

/** The subscription an unsubscribe link belongs to (confirmed or not), or null. */
export async function findByUnsubscribeToken(db: Database, unsubscribeTokenHash: string): Promise<{ id: string; regionId: string } | null> {
  const r = await db.selectFrom('newsletter_subscriber').select(['id', 'region_id']).where('unsubscribe_token_hash', '=', unsubscribeTokenHash).executeTakeFirst();
  return r ? { id: r.id, regionId: r.region_id } : null;
}

/** Deletes the subscription (and so the address) of an unsubscribe link; its region, or null when there was none. */
export async function deleteByUnsubscribeToken(db: Database, unsubscribeTokenHash: string): Promise<string | null> {
  const r = await db.deleteFrom('newsletter_subscriber').where('unsubscribe_token_hash', '=', unsubscribeTokenHash).returning('region_id').executeTakeFirst();
  return r?.region_id ?? null;
}

/** Erases the unconfirmed subscriptions whose link has expired; how many. */
export async function deleteExpiredSubscribers(db: Database, now: Date): Promise<number> {
  const r = await db.deleteFrom('newsletter_subscriber').where('confirmed_at', 'is', null).where('expires_at', '<=', now).executeTakeFirst();
  return Number(r.numDeletedRows ?? 0);
}

export async function countSubscribers(db: Database, regionId: string): Promise<{ confirmed: number; unconfirmed: number }> {
  const r = await db
    .selectFrom('newsletter_subscriber')
    .select([sql<string>`count(*) filter (where confirmed_at is not null)`.as('confirmed'), sql<string>`count(*) filter (where confirmed_at is null)`.as('unconfirmed')])
    .where('region_id', '=', regionId)
    .executeTakeFirstOrThrow();
  return { confirmed: Number(r.confirmed), unconfirmed: Number(r.unconfirmed) };
}

// ---- issues ----

export interface IssueRow {
  id: string;
  regionId: string;
  lang: Lang;
  subject: string;
  intro: string;
  newsIds: string[];
  eventIds: string[];
  status: IssueStatus;
  content: unknown;
  recipients: number | null;
  createdAt: Date;
  updatedAt: Date;
  sendingAt: Date | null;
  sentAt: Date | null;
}

const json = <T>(v: unknown): T => (typeof v === 'string' ? (JSON.parse(v) as T) : (v as T));

function selectIssues(db: Database) {
  return db
    .selectFrom('newsletter_issue')
    .select(['id', 'region_id', 'lang', 'subject', 'intro', 'news_ids', 'event_ids', 'status', 'content', 'recipients', 'created_at', 'updated_at', 'sending_at', 'sent_at']);
}

type RawIssue = Awaited<ReturnType<ReturnType<typeof selectIssues>['executeTakeFirstOrThrow']>>;

const toIssue = (r: RawIssue): IssueRow => ({
  id: r.id,
  regionId: r.region_id,
  lang: r.lang,
  subject: r.subject,
  intro: r.intro,
  newsIds: json<string[]>(r.news_ids),
  eventIds: json<string[]>(r.event_ids),
  status: r.status,
  content: r.content === null ? null : json<unknown>(r.content),
  recipients: r.recipients,
  createdAt: new Date(r.created_at),
  updatedAt: new Date(r.updated_at),
  sendingAt: r.sending_at,
  sentAt: r.sent_at,
});

/** An issue of the region, or null (an issue of another region is not found through this region's address). */
export async function findIssue(db: Database, options: { regionId: string; id: string }): Promise<IssueRow | null> {
  const r = await selectIssues(db).where('id', '=', options.id).where('region_id', '=', options.regionId).executeTakeFirst();
  return r ? toIssue(r) : null;
}

export async function findIssueById(db: Database, id: string): Promise<IssueRow | null> {
  const r = await selectIssues(db).where('id', '=', id).executeTakeFirst();
  return r ? toIssue(r) : null;
}

export async function listIssues(db: Database, regionId: string, limit = 100): Promise<IssueRow[]> {
  const rows = await selectIssues(db).where('region_id', '=', regionId).orderBy('created_at', 'desc').orderBy('id').limit(limit).execute();
  return rows.map(toIssue);
}

export interface IssueFields {
  lang: Lang;
  subject: string;
  intro: string;
  newsIds: string[];
  eventIds: string[];
}

type NewIssue = IssueFields & { id: string; regionId: string; createdBy: string | null };

/** The row of a new draft issue. */
const draftValues = (row: NewIssue) => ({
  id: row.id,
  region_id: row.regionId,
  lang: row.lang,
  subject: row.subject,
  intro: row.intro,
  news_ids: JSON.stringify(row.newsIds),
  event_ids: JSON.stringify(row.eventIds),
  status: 'draft' as const,
  created_by: row.createdBy,
});

export async function insertIssue(db: Database, row: NewIssue): Promise<void> {
  await db
    .insertInto('newsletter_issue')
    .values(draftValues(row))
    .execute();
}

/** Writes an issue unless one with its id exists (the demo's drafts: loading again keeps edits). */
export async function insertIssueIfMissing(db: Database, row: NewIssue): Promise<void> {
  await db
    .insertInto('newsletter_issue')
    .values(draftValues(row))
    .onConflict((oc) => oc.column('id').doNothing())
    .execute();
}

/** Saves a draft; false when the issue is no longer a draft (sending has begun). */
export async function updateDraft(db: Database, row: IssueFields & { id: string; regionId: string }): Promise<boolean> {
  const r = await db
    .updateTable('newsletter_issue')
    .set({ lang: row.lang, subject: row.subject, intro: row.intro, news_ids: JSON.stringify(row.newsIds), event_ids: JSON.stringify(row.eventIds), updated_at: new Date() })
    .where('id', '=', row.id)
    .where('region_id', '=', row.regionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows ?? 0) === 1;
}

/**
 * draft → sending, with the content frozen: ONE conditional update, so of two clicks (or two administrators) exactly
 * one wins. True for the winner.
 */
export async function startSending(db: Database, options: { id: string; regionId: string; content: unknown; userId: string; now: Date }): Promise<boolean> {
  const r = await db
    .updateTable('newsletter_issue')
    .set({ status: 'sending', content: JSON.stringify(options.content), sent_by: options.userId, sending_at: options.now, updated_at: options.now })
    .where('id', '=', options.id)
    .where('region_id', '=', options.regionId)
    .where('status', '=', 'draft')
    .executeTakeFirst();
  return Number(r.numUpdatedRows ?? 0) === 1;
}

/** sending → sent, once every delivery has been queued. */
export async function markIssueSent(db: Database, options: { id: string; now: Date }): Promise<void> {
  await db.updateTable('newsletter_issue').set({ status: 'sent', sent_at: options.now, updated_at: options.now }).where('id', '=', options.id).where('status', '=', 'sending').execute();
}

// ---- deliveries ----

/**
 * One delivery per confirmed subscriber of the issue's region, written once: a rerun adds only subscribers who have
 * none yet (unique (issue_id, subscriber_id)). Returns how many the issue has in all.
 */
export async function createDeliveries(db: Database, options: { issueId: string; regionId: string }): Promise<number> {
  await sql`
    insert into newsletter_delivery (id, issue_id, subscriber_id)
    select gen_random_uuid(), ${options.issueId}::uuid, s.id
    from newsletter_subscriber s
    where s.region_id = ${options.regionId} and s.confirmed_at is not null
    on conflict (issue_id, subscriber_id) do nothing
  `.execute(db);
  const r = await db.selectFrom('newsletter_delivery').select((eb) => eb.fn.countAll<string>().as('n')).where('issue_id', '=', options.issueId).executeTakeFirstOrThrow();
  const n = Number(r.n);
  await db.updateTable('newsletter_issue').set({ recipients: n }).where('id', '=', options.issueId).execute();
  return n;
}

/** The next deliveries of an issue whose e-mail has not been queued, in a stable order. */
export async function listUnqueuedDeliveries(db: Database, options: { issueId: string; limit: number }): Promise<string[]> {
  const rows = await db
    .selectFrom('newsletter_delivery')
    .select('id')
    .where('issue_id', '=', options.issueId)
    .where('queued_at', 'is', null)
    .orderBy('id')
    .limit(options.limit)
    .execute();
  return rows.map((r) => r.id);
}

/**
 * Claims one delivery for queuing (in the caller's transaction, which queues its e-mail): null when it was already
 * queued (by an earlier run of the job); otherwise its subscriber's sealed address, language and unsubscribe token,
 * or `subscriber: null` when they have unsubscribed meanwhile.
 */
export async function claimDelivery(
  db: Database,
  options: { id: string; now: Date },
): Promise<{ subscriber: { emailEnc: string; lang: Lang; unsubscribeTokenEnc: string } | null } | null> {
  const claimed = await db
    .updateTable('newsletter_delivery')
    .set({ queued_at: options.now })
    .where('id', '=', options.id)
    .where('queued_at', 'is', null)
    .returning('subscriber_id')
    .executeTakeFirst();
  if (!claimed) return null;
  if (!claimed.subscriber_id) return { subscriber: null };
  const s = await db
    .selectFrom('newsletter_subscriber')
    .select(['email_enc', 'lang', 'unsubscribe_token_enc'])
    .where('id', '=', claimed.subscriber_id)
    .where('confirmed_at', 'is not', null)
    .executeTakeFirst();
  return { subscriber: s ? { emailEnc: s.email_enc, lang: s.lang, unsubscribeTokenEnc: s.unsubscribe_token_enc } : null };
}

export async function setDeliveryMailJob(db: Database, options: { id: string; mailJobId: string }): Promise<void> {
  await db.updateTable('newsletter_delivery').set({ mail_job_id: options.mailJobId }).where('id', '=', options.id).execute();
}

export async function countDeliveries(db: Database, issueId: string): Promise<{ total: number; queued: number; mailed: number }> {
  const r = await db
    .selectFrom('newsletter_delivery')
    .select([
      sql<string>`count(*)`.as('total'),
      sql<string>`count(*) filter (where queued_at is not null)`.as('queued'),
      sql<string>`count(*) filter (where mail_job_id is not null)`.as('mailed'),
    ])
    .where('issue_id', '=', issueId)
    .executeTakeFirstOrThrow();
  return { total: Number(r.total), queued: Number(r.queued), mailed: Number(r.mailed) };
}
