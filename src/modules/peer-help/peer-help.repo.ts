import { sql, type Kysely } from 'kysely';
import type { DB, PeerHelpStatus } from '../../platform/db/schema.js';
import type { Lang } from '../../platform/i18n/i18n.js';

/** SQL of peer help. Every function takes `db`, which may be a transaction. Rows come back camelCase. */

type Db = Kysely<DB>;

export interface ProfileRow {
  id: string;
  userId: string;
  displayName: string;
  municipalityCode: string | null;
  postalCode: string | null;
  distanceKm: number;
  categories: string[];
  skills: string;
  languages: string[];
  education: string;
  experience: string;
  description: string;
  videoUrl: string | null;
  linkedinUrl: string | null;
  showCv: boolean;
  currentOrganisation: string;
  notify: 'none' | 'immediate' | 'daily';
}

export interface RequestRow {
  id: string;
  reference: string;
  requesterId: string;
  organizationId: string | null;
  organisationName: string;
  businessId: string | null;
  category: string;
  summary: string;
  details: string;
  accountingRef: string;
  municipalityCode: string | null;
  address: string;
  remote: boolean;
  wishedTime: string;
  /** The last wished day (YYYY-MM-DD) when the wished time has exact dates; past it the request is warned, then closed. */
  wishedUntil: string | null;
  hours: number;
  groupId: string | null;
  groupName: string | null;
  status: PeerHelpStatus;
  createdAt: Date;
  publishedAt: Date | null;
}

export interface ApplicationRow {
  id: string;
  requestId: string;
  helperId: string;
  message: string;
  status: 'applied' | 'selected' | 'not_chosen';
  createdAt: Date;
  profileId: string | null;
  displayName: string | null;
}

export interface MessageRow {
  id: string;
  authorId: string | null;
  authorName: string | null;
  body: string;
  createdAt: Date;
}

export interface FeedbackRow {
  id: string;
  requestId: string;
  fromUserId: string;
  toUserId: string;
  rating: number;
  comment: string;
  createdAt: Date;
  fromName: string | null;
  summary: string;
  /** Hidden by a platform administrator: never shown, still counts as given. */
  hidden: boolean;
}

const profileColumns = [
  'p.id',
  'p.user_id',
  'p.display_name',
  'p.municipality_code',
  'p.postal_code',
  'p.distance_km',
  'p.categories',
  'p.skills',
  'p.languages',
  'p.education',
  'p.experience',
  'p.description',
  'p.video_url',
  'p.linkedin_url',
  'p.show_cv',
  'p.current_organisation',
  'p.notify',
] as const;

function toProfile(r: {
  id: string;
  user_id: string;
  display_name: string;
  municipality_code: string | null;
  postal_code: string | null;
  distance_km: number;
  categories: string[];
  skills: string;
  languages: string[];
  education: string;
  experience: string;
  description: string;
  video_url: string | null;
  linkedin_url: string | null;
  show_cv: boolean;
  current_organisation: string;
  notify: 'none' | 'immediate' | 'daily';
}): ProfileRow {
  return {
    id: r.id,
    userId: r.user_id,
    displayName: r.display_name,
    municipalityCode: r.municipality_code,
    postalCode: r.postal_code,
    distanceKm: r.distance_km,
    categories: r.categories,
    skills: r.skills,
    languages: r.languages,
    education: r.education,
    experience: r.experience,
    description: r.description,
    videoUrl: r.video_url,
    linkedinUrl: r.linkedin_url,
    showCv: r.show_cv,
    currentOrganisation: r.current_organisation,
    notify: r.notify,
  };
}

export async function findProfileByUser(db: Db, userId: string): Promise<ProfileRow | null> {
  const r = await db.selectFrom('peer_help_profile as p').select(profileColumns).where('p.user_id', '=', userId).executeTakeFirst();
  return r ? toProfile(r) : null;
}

export async function findProfileById(db: Db, id: string): Promise<ProfileRow | null> {
  const r = await db.selectFrom('peer_help_profile as p').select(profileColumns).where('p.id', '=', id).executeTakeFirst();
  return r ? toProfile(r) : null;
}

export async function findProfilesByUsers(db: Db, userIds: string[]): Promise<ProfileRow[]> {
  if (userIds.length === 0) return [];
  const rows = await db.selectFrom('peer_help_profile as p').select(profileColumns).where('p.user_id', 'in', userIds).execute();
  return rows.map(toProfile);
}

export async function upsertProfile(db: Db, p: Omit<ProfileRow, 'id'> & { id: string }): Promise<void> {
  const values = {
    display_name: p.displayName,
    municipality_code: p.municipalityCode,
    postal_code: p.postalCode,
    distance_km: p.distanceKm,
    categories: p.categories,
    skills: p.skills,
    languages: p.languages,
    education: p.education,
    experience: p.experience,
    description: p.description,
    video_url: p.videoUrl,
    linkedin_url: p.linkedinUrl,
    show_cv: p.showCv,
    current_organisation: p.currentOrganisation,
    notify: p.notify,
  };
  await db
    .insertInto('peer_help_profile')
    .values({ id: p.id, user_id: p.userId, ...values })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ ...values, updated_at: sql`now()` }))
    .execute();
}

const requestColumns = [
  'r.id',
  'r.reference',
  'r.requester_id',
  'r.organization_id',
  'r.organisation_name',
  'r.business_id',
  'r.category',
  'r.summary',
  'r.details',
  'r.accounting_ref',
  'r.municipality_code',
  'r.address',
  'r.remote',
  'r.wished_time',
  'r.wished_until',
  'r.hours',
  'r.group_id',
  'g.name as group_name',
  'r.status',
  'r.created_at',
  'r.published_at',
] as const;

function requestQuery(db: Db) {
  return db.selectFrom('peer_help_request as r').leftJoin('peer_help_group as g', 'g.id', 'r.group_id').select(requestColumns);
}

function toRequest(r: Awaited<ReturnType<ReturnType<typeof requestQuery>['executeTakeFirstOrThrow']>>): RequestRow {
  return {
    id: r.id,
    reference: r.reference,
    requesterId: r.requester_id,
    organizationId: r.organization_id,
    organisationName: r.organisation_name,
    businessId: r.business_id,
    category: r.category,
    summary: r.summary,
    details: r.details,
    accountingRef: r.accounting_ref,
    municipalityCode: r.municipality_code,
    address: r.address,
    remote: r.remote,
    wishedTime: r.wished_time,
    wishedUntil: r.wished_until,
    hours: Number(r.hours),
    groupId: r.group_id,
    groupName: r.group_name,
    status: r.status,
    createdAt: r.created_at,
    publishedAt: r.published_at,
  };
}

export async function findRequest(db: Db, id: string): Promise<RequestRow | null> {
  const r = await requestQuery(db).where('r.id', '=', id).executeTakeFirst();
  return r ? toRequest(r) : null;
}

/** Open requests (published, not yet filled), newest first. Visibility is decided by the policy, not here. */
export async function listOpenRequests(db: Db, limit = 500): Promise<RequestRow[]> {
  const rows = await requestQuery(db).where('r.status', '=', 'open').orderBy('r.published_at', 'desc').limit(limit).execute();
  return rows.map(toRequest);
}

/** A person's own requests and those of the organisations they maintain, newest first. */
export async function listRequestsOfRequester(db: Db, userId: string, organizationIds: string[]): Promise<RequestRow[]> {
  const rows = await requestQuery(db)
    .where((eb) => (organizationIds.length > 0 ? eb.or([eb('r.requester_id', '=', userId), eb('r.organization_id', 'in', organizationIds)]) : eb('r.requester_id', '=', userId)))
    .orderBy('r.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map(toRequest);
}

export async function insertRequestDraft(
  db: Db,
  r: { id: string; reference: string; requesterId: string; organizationId: string | null; organisationName: string; businessId: string | null; category: string; summary: string; details: string; accountingRef: string },
): Promise<void> {
  await db
    .insertInto('peer_help_request')
    .values({
      id: r.id,
      reference: r.reference,
      requester_id: r.requesterId,
      organization_id: r.organizationId,
      organisation_name: r.organisationName,
      business_id: r.businessId,
      category: r.category,
      summary: r.summary,
      details: r.details,
      accounting_ref: r.accountingRef,
    })
    .execute();
}

export async function updateRequestWhat(
  db: Db,
  id: string,
  r: { organizationId: string | null; organisationName: string; businessId: string | null; category: string; summary: string; details: string; accountingRef: string },
): Promise<void> {
  await db
    .updateTable('peer_help_request')
    .set({ organization_id: r.organizationId, organisation_name: r.organisationName, business_id: r.businessId, category: r.category, summary: r.summary, details: r.details, accounting_ref: r.accountingRef })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

export async function updateRequestWhereWhen(
  db: Db,
  id: string,
  r: { remote: boolean; municipalityCode: string | null; address: string; wishedTime: string; wishedUntil?: string | null; hours: number; groupId: string | null },
): Promise<void> {
  await db
    .updateTable('peer_help_request')
    .set({ remote: r.remote, municipality_code: r.municipalityCode, address: r.address, wished_time: r.wishedTime, wished_until: r.wishedUntil ?? null, hours: r.hours, group_id: r.groupId })
    .where('id', '=', id)
    .where('status', '=', 'draft')
    .execute();
}

const STATUS_TIME: Partial<Record<PeerHelpStatus, 'published_at' | 'filled_at' | 'done_at' | 'approved_at' | 'cancelled_at'>> = {
  open: 'published_at',
  filled: 'filled_at',
  done: 'done_at',
  approved: 'approved_at',
  cancelled: 'cancelled_at',
};

/** Moves a request from one of `from` to `to`; false when it was in no such state (someone else moved it first). */
export async function moveRequest(db: Db, id: string, from: PeerHelpStatus[], to: PeerHelpStatus): Promise<boolean> {
  const time = STATUS_TIME[to];
  const result = await db
    .updateTable('peer_help_request')
    .set(time ? { status: to, [time]: sql`now()` } : { status: to })
    .where('id', '=', id)
    .where('status', 'in', from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Groups the person belongs to (by account or by the address they were added with). */
export async function listGroupIdsOfUser(db: Db, userId: string, email: string): Promise<string[]> {
  const rows = await db
    .selectFrom('peer_help_group_member')
    .select('group_id')
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('email', '=', email)]))
    .union(db.selectFrom('peer_help_group').select('id as group_id').where('owner_id', '=', userId))
    .execute();
  return [...new Set(rows.map((r) => r.group_id))];
}

export async function findGroupByCode(db: Db, code: string): Promise<{ id: string; name: string } | null> {
  const r = await db.selectFrom('peer_help_group').select(['id', 'name']).where('code', '=', code).executeTakeFirst();
  return r ?? null;
}

export async function insertGroup(db: Db, g: { id: string; name: string; code: string; ownerId: string }): Promise<void> {
  await db.insertInto('peer_help_group').values({ id: g.id, name: g.name, code: g.code, owner_id: g.ownerId }).execute();
}

export async function insertGroupMember(db: Db, m: { groupId: string; email: string; userId: string | null }): Promise<void> {
  await db.insertInto('peer_help_group_member').values({ group_id: m.groupId, email: m.email, user_id: m.userId }).onConflict((oc) => oc.doNothing()).execute();
}

export async function listApplications(db: Db, requestId: string): Promise<ApplicationRow[]> {
  const rows = await db
    .selectFrom('peer_help_application as a')
    .leftJoin('peer_help_profile as p', 'p.user_id', 'a.helper_id')
    .select(['a.id', 'a.request_id', 'a.helper_id', 'a.message', 'a.status', 'a.created_at', 'p.id as profile_id', 'p.display_name'])
    .where('a.request_id', '=', requestId)
    .orderBy('a.created_at')
    .execute();
  return rows.map((r) => ({ id: r.id, requestId: r.request_id, helperId: r.helper_id, message: r.message, status: r.status, createdAt: r.created_at, profileId: r.profile_id, displayName: r.display_name }));
}

/** The requests a helper applied to, with the application's state. */
export async function listApplicationsOfHelper(db: Db, helperId: string): Promise<{ requestId: string; summary: string; status: ApplicationRow['status']; requestStatus: PeerHelpStatus }[]> {
  const rows = await db
    .selectFrom('peer_help_application as a')
    .innerJoin('peer_help_request as r', 'r.id', 'a.request_id')
    .select(['a.request_id', 'r.summary', 'a.status', 'r.status as request_status'])
    .where('a.helper_id', '=', helperId)
    .orderBy('a.created_at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => ({ requestId: r.request_id, summary: r.summary, status: r.status, requestStatus: r.request_status }));
}

export async function insertApplication(db: Db, a: { id: string; requestId: string; helperId: string; message: string }): Promise<boolean> {
  const r = await db
    .insertInto('peer_help_application')
    .values({ id: a.id, request_id: a.requestId, helper_id: a.helperId, message: a.message })
    .onConflict((oc) => oc.columns(['request_id', 'helper_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

/** Selects an application that is still only applied; false when it was selected (or thanked) already. */
export async function selectApplication(db: Db, requestId: string, applicationId: string): Promise<boolean> {
  const r = await db
    .updateTable('peer_help_application')
    .set({ status: 'selected', selected_at: sql`now()` })
    .where('id', '=', applicationId)
    .where('request_id', '=', requestId)
    .where('status', '=', 'applied')
    .executeTakeFirst();
  return Number(r.numUpdatedRows) === 1;
}

/** Marks the remaining applicants as not chosen; returns their account ids. */
export async function markOthersNotChosen(db: Db, requestId: string): Promise<string[]> {
  const rows = await db
    .updateTable('peer_help_application')
    .set({ status: 'not_chosen' })
    .where('request_id', '=', requestId)
    .where('status', '=', 'applied')
    .returning('helper_id')
    .execute();
  return rows.map((r) => r.helper_id);
}

export async function insertMessage(db: Db, m: { id: string; requestId: string; authorId: string; body: string }): Promise<void> {
  await db.insertInto('peer_help_message').values({ id: m.id, request_id: m.requestId, author_id: m.authorId, body: m.body }).execute();
}

export async function listMessages(db: Db, requestId: string): Promise<MessageRow[]> {
  const rows = await db
    .selectFrom('peer_help_message as m')
    .leftJoin('peer_help_profile as p', 'p.user_id', 'm.author_id')
    .select(['m.id', 'm.author_id', 'p.display_name', 'm.body', 'm.created_at'])
    .where('m.request_id', '=', requestId)
    .orderBy('m.created_at')
    .orderBy('m.id')
    .execute();
  return rows.map((r) => ({ id: r.id, authorId: r.author_id, authorName: r.display_name, body: r.body, createdAt: r.created_at }));
}

/** Inserts feedback unless the same person already gave it to the same person on the request; false then. */
export async function insertFeedback(db: Db, f: { id: string; requestId: string; fromUserId: string; toUserId: string; rating: number; comment: string }): Promise<boolean> {
  const r = await db
    .insertInto('peer_help_feedback')
    .values({ id: f.id, request_id: f.requestId, from_user_id: f.fromUserId, to_user_id: f.toUserId, rating: f.rating, comment: f.comment })
    .onConflict((oc) => oc.columns(['request_id', 'from_user_id', 'to_user_id']).doNothing())
    .returning('id')
    .executeTakeFirst();
  return r !== undefined;
}

function feedbackQuery(db: Db) {
  return db
    .selectFrom('peer_help_feedback as f')
    .innerJoin('peer_help_request as r', 'r.id', 'f.request_id')
    .leftJoin('peer_help_profile as p', 'p.user_id', 'f.from_user_id')
    .select(['f.id', 'f.request_id', 'f.from_user_id', 'f.to_user_id', 'f.rating', 'f.comment', 'f.created_at', 'f.hidden', 'p.display_name', 'r.organisation_name', 'r.summary']);
}

function toFeedback(r: Awaited<ReturnType<ReturnType<typeof feedbackQuery>['executeTakeFirstOrThrow']>>): FeedbackRow {
  return {
    id: r.id,
    requestId: r.request_id,
    fromUserId: r.from_user_id,
    toUserId: r.to_user_id,
    rating: r.rating,
    comment: r.comment,
    createdAt: r.created_at,
    fromName: r.display_name ?? (r.organisation_name || null),
    summary: r.summary,
    hidden: r.hidden,
  };
}

/** Feedback received by a person (hidden comments left out), newest first. */
export async function listFeedbackReceived(db: Db, userId: string): Promise<FeedbackRow[]> {
  const rows = await feedbackQuery(db).where('f.to_user_id', '=', userId).where('f.hidden', '=', false).orderBy('f.created_at', 'desc').limit(100).execute();
  return rows.map(toFeedback);
}

export async function listFeedbackOnRequest(db: Db, requestId: string): Promise<FeedbackRow[]> {
  const rows = await feedbackQuery(db).where('f.request_id', '=', requestId).orderBy('f.created_at').execute();
  return rows.map(toFeedback);
}

/** Tasks a helper was selected for that were approved. */
export async function countTasksDone(db: Db, userId: string): Promise<number> {
  const r = await db
    .selectFrom('peer_help_application as a')
    .innerJoin('peer_help_request as r', 'r.id', 'a.request_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('a.helper_id', '=', userId)
    .where('a.status', '=', 'selected')
    .where('r.status', '=', 'approved')
    .executeTakeFirstOrThrow();
  return Number(r.n);
}

/** Names and mail addresses of accounts (for e-mail), by id. */
export async function findAccounts(db: Db, userIds: string[]): Promise<{ id: string; email: string; lang: Lang }[]> {
  if (userIds.length === 0) return [];
  return db.selectFrom('app_user').select(['id', 'email', 'lang']).where('id', 'in', userIds).execute();
}

/** Names of the directory organisations, by id. */
export async function findOrganisationNames(db: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await db.selectFrom('organization').select(['id', 'name_fi']).where('id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r.name_fi]));
}

export interface GroupRow {
  id: string;
  name: string;
  code: string;
  ownerId: string;
}

export async function findGroup(db: Db, id: string): Promise<GroupRow | null> {
  const r = await db.selectFrom('peer_help_group').select(['id', 'name', 'code', 'owner_id']).where('id', '=', id).executeTakeFirst();
  return r ? { id: r.id, name: r.name, code: r.code, ownerId: r.owner_id } : null;
}

/** The groups a person owns or belongs to (by account or address), by name. */
export async function listGroupsOfUser(db: Db, userId: string, email: string): Promise<GroupRow[]> {
  const ids = await listGroupIdsOfUser(db, userId, email);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('peer_help_group').select(['id', 'name', 'code', 'owner_id']).where('id', 'in', ids).orderBy('name').execute();
  return rows.map((r) => ({ id: r.id, name: r.name, code: r.code, ownerId: r.owner_id }));
}

export async function listGroupMembers(db: Db, groupId: string): Promise<{ email: string; userId: string | null }[]> {
  const rows = await db.selectFrom('peer_help_group_member').select(['email', 'user_id']).where('group_id', '=', groupId).orderBy('email').execute();
  return rows.map((r) => ({ email: r.email, userId: r.user_id }));
}

/** Every published request's figures for the statistics (no text, no people): category, month, place, hours, state. */
export async function listRequestFigures(db: Db): Promise<{ category: string; month: string; municipalityCode: string | null; remote: boolean; hours: number; status: PeerHelpStatus; firstApplicationHours: number | null }[]> {
  const rows = await db
    .selectFrom('peer_help_request as r')
    .select([
      'r.category',
      sql<string>`to_char(r.published_at at time zone 'Europe/Helsinki', 'YYYY-MM')`.as('month'),
      'r.municipality_code',
      'r.remote',
      'r.hours',
      'r.status',
      sql<number | null>`(select extract(epoch from min(a.created_at) - r.published_at) / 3600 from peer_help_application a where a.request_id = r.id)`.as('first_hours'),
    ])
    .where('r.status', '!=', 'draft')
    .where('r.published_at', 'is not', null)
    .execute();
  return rows.map((r) => ({ category: r.category, month: r.month, municipalityCode: r.municipality_code, remote: r.remote, hours: Number(r.hours), status: r.status, firstApplicationHours: r.first_hours === null ? null : Number(r.first_hours) }));
}

export async function findFeedbackTarget(db: Db, id: string): Promise<{ id: string; toUserId: string; profileId: string | null; hidden: boolean } | null> {
  const r = await db
    .selectFrom('peer_help_feedback as f')
    .leftJoin('peer_help_profile as p', 'p.user_id', 'f.to_user_id')
    .select(['f.id', 'f.to_user_id', 'p.id as profile_id', 'f.hidden'])
    .where('f.id', '=', id)
    .executeTakeFirst();
  return r ? { id: r.id, toUserId: r.to_user_id, profileId: r.profile_id, hidden: r.hidden } : null;
}

export async function hideFeedback(db: Db, id: string): Promise<void> {
  await db.updateTable('peer_help_feedback').set({ hidden: true }).where('id', '=', id).execute();
}

/** Helper profiles that want a notice of each new matching request at once, with their accounts' addresses. */
export async function listImmediateNoticeProfiles(db: Db): Promise<(ProfileRow & { email: string; lang: Lang })[]> {
  const rows = await db
    .selectFrom('peer_help_profile as p')
    .innerJoin('app_user as u', 'u.id', 'p.user_id')
    .select([...profileColumns, 'u.email', 'u.lang'])
    .where('p.notify', '=', 'immediate')
    .execute();
  return rows.map((r) => ({ ...toProfile(r), email: r.email, lang: r.lang }));
}

/** When a message of this request was written; null when the id is not a message of this request. */
export async function findMessageTime(db: Db, requestId: string, messageId: string): Promise<Date | null> {
  const r = await db.selectFrom('peer_help_message').select('created_at').where('id', '=', messageId).where('request_id', '=', requestId).executeTakeFirst();
  return r?.created_at ?? null;
}

/** When the request's newest message was written; null when it has none. */
export async function findLatestMessageTime(db: Db, requestId: string): Promise<Date | null> {
  const r = await db.selectFrom('peer_help_message').select((eb) => eb.fn.max('created_at').as('latest')).where('request_id', '=', requestId).executeTakeFirst();
  return r?.latest ? new Date(r.latest as Date | string) : null;
}

/** A request's messages written at or after `since` (all when null), in the conversation's order, at most `limit`. */
export async function listMessagesSince(db: Db, requestId: string, since: Date | null, limit = 500): Promise<MessageRow[]> {
  let q = db
    .selectFrom('peer_help_message as m')
    .leftJoin('peer_help_profile as p', 'p.user_id', 'm.author_id')
    .select(['m.id', 'm.author_id', 'p.display_name', 'm.body', 'm.created_at'])
    .where('m.request_id', '=', requestId);
  if (since) q = q.where('m.created_at', '>=', since);
  const rows = await q.orderBy('m.created_at').orderBy('m.id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, authorId: r.author_id, authorName: r.display_name, body: r.body, createdAt: r.created_at }));
}

/** Takes an address off a group; false when it was not a member. */
export async function deleteGroupMember(db: Db, groupId: string, email: string): Promise<boolean> {
  const r = await db.deleteFrom('peer_help_group_member').where('group_id', '=', groupId).where('email', '=', email).executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/** Takes a person off a group, by their account or the address they were added with; false when they were not in it. */
export async function deleteGroupMemberOfUser(db: Db, groupId: string, userId: string, email: string): Promise<boolean> {
  const r = await db
    .deleteFrom('peer_help_group_member')
    .where('group_id', '=', groupId)
    .where((eb) => eb.or([eb('user_id', '=', userId), eb('email', '=', email)]))
    .executeTakeFirst();
  return Number(r.numDeletedRows) > 0;
}

/**
 * Published requests written for member organisations of an umbrella organisation (organization.parent_id), per
 * published umbrella organisation: its names, how many members had requests, the requests, their hours and how many
 * were approved. Requests for organisations added only for peer help (no directory organisation) are not counted.
 */
export async function listUmbrellaFigures(db: Db): Promise<{ id: string; nameFi: string; nameSv: string | null; nameEn: string | null; members: number; requests: number; hours: number; approved: number }[]> {
  const rows = await db
    .selectFrom('peer_help_request as r')
    .innerJoin('organization as m', 'm.id', 'r.organization_id')
    .innerJoin('organization as u', 'u.id', 'm.parent_id')
    .select([
      'u.id',
      'u.name_fi',
      'u.name_sv',
      'u.name_en',
      sql<string>`count(distinct m.id)`.as('members'),
      sql<string>`count(r.id)`.as('requests'),
      sql<string>`coalesce(sum(r.hours), 0)`.as('hours'),
      sql<string>`count(r.id) filter (where r.status = 'approved')`.as('approved'),
    ])
    .where('r.status', '!=', 'draft')
    .where('r.published_at', 'is not', null)
    .where('u.status', '=', 'published')
    .groupBy(['u.id', 'u.name_fi', 'u.name_sv', 'u.name_en'])
    .orderBy(sql`count(r.id)`, 'desc')
    .orderBy('u.name_fi')
    .execute();
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en, members: Number(r.members), requests: Number(r.requests), hours: Number(r.hours), approved: Number(r.approved) }));
}
