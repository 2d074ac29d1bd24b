import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { maintainsOrganization } from '../../platform/auth/access.policy.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { listMunicipalities } from '../reference/municipalities.js';
import { finnishDate } from '../referrals/working-days.js';
import { canEditDraft } from './peer-help.policy.js';
import { findGroupByCode, findOrganisationNames, findRequest, insertRequestDraft, listGroupIdsOfUser, updateRequestWhat, updateRequestWhereWhen } from './peer-help.repo.js';
import type { RequestStep1Input, RequestStep2Input } from './peer-help.schema.js';
import { newRequestReference } from './request-reference.js';

/**
 * Writing a help request in three steps, kept as a draft until published: step 1 (what, for which organisation),
 * step 2 (where, when, how long, for whom). Only the writer edits their draft (404 for anybody else).
 */

async function organisationOf(db: Database, user: SessionUser, input: RequestStep1Input) {
  if (input.organizationId) {
    // Acting for a directory organisation requires maintaining it.
    if (!maintainsOrganization(user, input.organizationId)) throw invalidInput({ organizationId: 'peerHelp.error.organisation' });
    const name = (await findOrganisationNames(db, [input.organizationId])).get(input.organizationId);
    if (!name) throw invalidInput({ organizationId: 'peerHelp.error.organisation' });
    return { organizationId: input.organizationId, organisationName: name, businessId: null };
  }
  return { organizationId: null, organisationName: input.organisationName, businessId: input.businessId || null };
}

/** Step 1 of a new request: creates the draft; returns its id. */
export async function startRequest({ db, user, input }: { db: Database; user: SessionUser; input: RequestStep1Input }): Promise<string> {
  const id = newId();
  const org = await organisationOf(db, user, input);
  await insertRequestDraft(db, { id, reference: newRequestReference(), requesterId: user.id, ...org, category: input.category, summary: input.summary, details: input.details, accountingRef: input.accountingRef });
  return id;
}

async function requireDraft(db: Database, user: SessionUser, id: string) {
  const request = await findRequest(db, id);
  if (!request || !canEditDraft(user, request)) throw notFound('peer help draft');
  return request;
}

/** Step 1 again, on an existing draft. */
export async function saveRequestWhat({ db, user, id, input }: { db: Database; user: SessionUser; id: string; input: RequestStep1Input }): Promise<void> {
  await requireDraft(db, user, id);
  const org = await organisationOf(db, user, input);
  await updateRequestWhat(db, id, { ...org, category: input.category, summary: input.summary, details: input.details, accountingRef: input.accountingRef });
}

/** Step 2: place or remote, wished time (and optionally its last day, today or later at `now`), hours and (by its code) the group the request is for. */
export async function saveRequestWhereWhen({ db, user, id, input, now = new Date() }: { db: Database; user: SessionUser; id: string; input: RequestStep2Input; now?: Date }): Promise<void> {
  await requireDraft(db, user, id);
  if (input.wishedUntil && input.wishedUntil < finnishDate(now)) throw invalidInput({ wishedUntil: 'peerHelp.error.wishedUntilPast' });
  if (input.municipality && !listMunicipalities().some((m) => m.code === input.municipality)) throw invalidInput({ municipality: 'peerHelp.error.municipality' });
  let groupId: string | null = null;
  if (input.groupCode) {
    // A group's request: by its code, for the group's members (and its owner) only.
    const group = await findGroupByCode(db, input.groupCode);
    if (!group || !(await listGroupIdsOfUser(db, user.id, user.email)).includes(group.id)) throw invalidInput({ groupCode: 'peerHelp.error.groupCode' });
    groupId = group.id;
  }
  await updateRequestWhereWhen(db, id, { remote: input.remote, municipalityCode: input.municipality || null, address: input.address, wishedTime: input.wishedTime, wishedUntil: input.wishedUntil || null, hours: input.hours, groupId });
}

/** The draft for its writer (the steps' forms and the check page), or null. */
export async function getDraft({ db, user, id }: { db: Database; user: SessionUser; id: string }) {
  const request = await findRequest(db, id);
  return request && canEditDraft(user, request) ? request : null;
}

/** The directory organisations the person may ask for (those they maintain), for step 1's choice. */
export async function listRequesterOrganisations({ db, user }: { db: Database; user: SessionUser }): Promise<{ id: string; name: string }[]> {
  const ids = user.roles.filter((r) => r.role === 'maintainer' && r.scopeId).map((r) => r.scopeId!);
  const names = await findOrganisationNames(db, ids);
  return [...names].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name, 'fi'));
}
