import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { addCalendarDays, type FinnishDate } from '../referrals/working-days.js';

const addOneDay = (date: FinnishDate) => addCalendarDays(date, 1);

/**
 * SQL of peer help's time-driven jobs (daily digest, reminder, past the wished time, unread notices) and of read
 * tracking. Every function takes `db`, which may be a transaction; the lock* functions must run in one, and lock
 * the rows they return (FOR UPDATE SKIP LOCKED) so that two workers never handle the same row.
 */

/** The start of a Finnish date (midnight in Helsinki) as a timestamp. */
const startOf = (date: FinnishDate) => sql<Date>`(${date}::date::timestamp at time zone 'Europe/Helsinki')`;

/** No helper selected on the request `r` yet. */
const noneSelected = sql<boolean>`not exists (select 1 from peer_help_application s where s.request_id = r.id and s.status = 'selected')`;

export interface DigestProfile {
  profileId: string;
  userId: string;
  email: string;
  lang: Lang;
  categories: string[];
  municipalityCode: string | null;
  distanceKm: number;
  digestCheckedAt: Date | null;
}

/** Profiles that chose the daily digest and have not had it on `today` (locked). */
export async function lockDueDigestProfiles(db: Database, { today }: { today: FinnishDate }): Promise<DigestProfile[]> {
  const { rows } = await sql<{ id: string; user_id: string; email: string; lang: Lang; categories: string[]; municipality_code: string | null; distance_km: number; digest_checked_at: Date | null }>`
    select p.id, p.user_id, u.email, u.lang, p.categories, p.municipality_code, p.distance_km, p.digest_checked_at
    from peer_help_profile p join app_user u on u.id = p.user_id
    where p.notify = 'daily' and (p.digest_checked_at is null or p.digest_checked_at < ${startOf(today)})
    order by p.id
    for update of p skip locked
  `.execute(db);
  return rows.map((r) => ({ profileId: r.id, userId: r.user_id, email: r.email, lang: r.lang, categories: r.categories, municipalityCode: r.municipality_code, distanceKm: r.distance_km, digestCheckedAt: r.digest_checked_at }));
}

export async function markDigestChecked(db: Database, profileId: string, at: Date): Promise<void> {
  await db.updateTable('peer_help_profile').set({ digest_checked_at: at }).where('id', '=', profileId).execute();
}

export interface JobRequest {
  id: string;
  reference: string;
  requesterId: string;
  organizationId: string | null;
  groupId: string | null;
  category: string;
  summary: string;
  remote: boolean;
  municipalityCode: string | null;
  wishedUntil: string | null;
  publishedAt: Date | null;
}

const jobRequestColumns = sql`r.id, r.reference, r.requester_id, r.organization_id, r.group_id, r.category, r.summary, r.remote, r.municipality_code, r.wished_until, r.published_at`;

type JobRequestDbRow = { id: string; reference: string; requester_id: string; organization_id: string | null; group_id: string | null; category: string; summary: string; remote: boolean; municipality_code: string | null; wished_until: string | null; published_at: Date | null };

function toJobRequest(r: JobRequestDbRow): JobRequest {
  return { id: r.id, reference: r.reference, requesterId: r.requester_id, organizationId: r.organization_id, groupId: r.group_id, category: r.category, summary: r.summary, remote: r.remote, municipalityCode: r.municipality_code, wishedUntil: r.wished_until, publishedAt: r.published_at };
}

/** Open requests published after `after` (or since `since` when never checked) and no later than `until`, oldest first. */
export async function listRequestsPublishedBetween(db: Database, { after, until }: { after: Date; until: Date }): Promise<JobRequest[]> {
  const { rows } = await sql<JobRequestDbRow>`
    select ${jobRequestColumns} from peer_help_request r
    where r.status = 'open' and r.published_at > ${after} and r.published_at <= ${until}
    order by r.published_at, r.id
    limit 200
  `.execute(db);
  return rows.map(toJobRequest);
}

/**
 * Open requests not yet reminded, with no helper selected, no message in the conversation, and an application made
 * before the start of the Finnish date `appliedBefore` (locked), with the requester's address.
 */
export async function lockUnansweredRequests(db: Database, { appliedBefore }: { appliedBefore: FinnishDate }): Promise<(JobRequest & { email: string; lang: Lang })[]> {
  const { rows } = await sql<JobRequestDbRow & { email: string; lang: Lang }>`
    select ${jobRequestColumns}, u.email, u.lang from peer_help_request r join app_user u on u.id = r.requester_id
    where r.status = 'open' and r.reminder_sent_at is null and ${noneSelected}
      and exists (select 1 from peer_help_application a where a.request_id = r.id and a.status = 'applied' and a.created_at < ${startOf(appliedBefore)})
      and not exists (select 1 from peer_help_message m where m.request_id = r.id)
    order by r.id
    for update of r skip locked
  `.execute(db);
  return rows.map((r) => ({ ...toJobRequest(r), email: r.email, lang: r.lang }));
}

export async function markReminderSent(db: Database, id: string, at: Date): Promise<void> {
  await db.updateTable('peer_help_request').set({ reminder_sent_at: at }).where('id', '=', id).execute();
}

/** Open requests with no helper selected whose last wished day is before `today` and that were not warned (locked). */
export async function lockRequestsToWarn(db: Database, { today }: { today: FinnishDate }): Promise<(JobRequest & { email: string; lang: Lang })[]> {
  const { rows } = await sql<JobRequestDbRow & { email: string; lang: Lang }>`
    select ${jobRequestColumns}, u.email, u.lang from peer_help_request r join app_user u on u.id = r.requester_id
    where r.status = 'open' and r.wished_until < ${today}::date and r.expiry_warned_at is null and ${noneSelected}
    order by r.id
    for update of r skip locked
  `.execute(db);
  return rows.map((r) => ({ ...toJobRequest(r), email: r.email, lang: r.lang }));
}

export async function markExpiryWarned(db: Database, id: string, at: Date): Promise<void> {
  await db.updateTable('peer_help_request').set({ expiry_warned_at: at }).where('id', '=', id).execute();
}

/**
 * Warned open requests still past their last wished day, with no helper selected, warned on the Finnish date
 * `warnedOnOrBefore` or earlier (locked).
 */
export async function lockRequestsToClose(db: Database, { today, warnedOnOrBefore }: { today: FinnishDate; warnedOnOrBefore: FinnishDate }): Promise<JobRequest[]> {
  const { rows } = await sql<JobRequestDbRow>`
    select ${jobRequestColumns} from peer_help_request r
    where r.status = 'open' and r.wished_until < ${today}::date and r.expiry_warned_at < ${startOf(addOneDay(warnedOnOrBefore))} and ${noneSelected}
    order by r.id
    for update of r skip locked
  `.execute(db);
  return rows.map(toJobRequest);
}

/** Closes an open request (past its wished time); false when it was no longer open. */
export async function closeRequest(db: Database, id: string, at: Date): Promise<boolean> {
  const r = await db.updateTable('peer_help_request').set({ status: 'closed', closed_at: at }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** A new last wished day for an open request; the warning, if any, is forgotten. False when it is not open. */
export async function updateWishedUntil(db: Database, id: string, wishedUntil: FinnishDate): Promise<boolean> {
  const r = await db.updateTable('peer_help_request').set({ wished_until: wishedUntil, expiry_warned_at: null }).where('id', '=', id).where('status', '=', 'open').executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/**
 * The participant has seen the conversation up to `upTo` (a message's time), or up to its newest message when
 * `upTo` is null. Never moves backwards.
 */
export async function saveReadUpTo(db: Database, { requestId, userId, upTo }: { requestId: string; userId: string; upTo: Date | null }): Promise<void> {
  const newest = upTo ?? sql<Date | null>`(select max(created_at) from peer_help_message where request_id = ${requestId})`;
  await sql`
    insert into peer_help_read (request_id, user_id, read_up_to) select ${requestId}, ${userId}, t.up_to from (select ${newest}::timestamptz as up_to) t where t.up_to is not null
    on conflict (request_id, user_id) do update set read_up_to = excluded.read_up_to
      where peer_help_read.read_up_to is null or peer_help_read.read_up_to < excluded.read_up_to
  `.execute(db);
}

export interface UnreadCandidate {
  requestId: string;
  userId: string;
  unread: number;
  newest: Date;
}

/**
 * Participants (the requester and the selected helpers) of requests that are not drafts, with messages by others
 * they have not read, newer than the last notice they had about the request. `since`: only requests with a
 * message after it are looked at.
 */
export async function listUnreadCandidates(db: Database, { since }: { since: Date }): Promise<UnreadCandidate[]> {
  const { rows } = await sql<{ request_id: string; user_id: string; unread: string; newest: Date }>`
    with active as (
      select distinct m.request_id from peer_help_message m where m.created_at > ${since}
    ), participants as (
      select r.id as request_id, r.requester_id as user_id from peer_help_request r join active on active.request_id = r.id where r.status <> 'draft'
      union
      select a.request_id, a.helper_id from peer_help_application a join active on active.request_id = a.request_id where a.status = 'selected'
    )
    select p.request_id, p.user_id, count(m.id) as unread, max(m.created_at) as newest
    from participants p
    left join peer_help_read rd on rd.request_id = p.request_id and rd.user_id = p.user_id
    join peer_help_message m on m.request_id = p.request_id
      and (m.author_id is null or m.author_id <> p.user_id)
      and (rd.read_up_to is null or m.created_at > rd.read_up_to)
    group by p.request_id, p.user_id, rd.notified_up_to
    having rd.notified_up_to is null or max(m.created_at) > rd.notified_up_to
    order by p.user_id, p.request_id
  `.execute(db);
  return rows.map((r) => ({ requestId: r.request_id, userId: r.user_id, unread: Number(r.unread), newest: new Date(r.newest) }));
}

/**
 * Claims the unread notice of one participant about one request up to the message time `newest`: true when this
 * call moved `notified_up_to` forward (a concurrent claim waits for the row and then finds nothing to do).
 */
export async function claimUnreadNotice(db: Database, { requestId, userId, newest }: { requestId: string; userId: string; newest: Date }): Promise<boolean> {
  const { rows } = await sql<{ request_id: string }>`
    insert into peer_help_read (request_id, user_id, notified_up_to) values (${requestId}, ${userId}, ${newest})
    on conflict (request_id, user_id) do update set notified_up_to = excluded.notified_up_to
      where peer_help_read.notified_up_to is null or peer_help_read.notified_up_to < excluded.notified_up_to
    returning request_id
  `.execute(db);
  return rows.length === 1;
}
