import { randomInt } from 'node:crypto';
import { findUserByEmail } from '../../platform/auth/auth.repo.js';
import { normalizeEmail } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput, notFound } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { peerHelpGroupInvitationMail } from './peer-help.mail.js';
import { canManageGroup, canSeeGroup } from './peer-help.policy.js';
import { findGroup, findGroupByCode, insertGroup, insertGroupMember, listGroupIdsOfUser, listGroupMembers, listGroupsOfUser, type GroupRow } from './peer-help.repo.js';
import { MAX_GROUP_MEMBERS } from './peer-help.schema.js';

/**
 * Groups ("Ryhmäni"): a requester creates a group with a name and a code (5 characters chosen + 3 random), adds up
 * to 30 members by e-mail (each is mailed an invitation; the 31st is refused), and aims requests at it by its code.
 * Members see their groups; a member who knows the code may post a request for the group too.
 */

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRSTUVWXYZ';

export async function createGroup({ db, user, name, codePrefix }: { db: Database; user: SessionUser; name: string; codePrefix: string }): Promise<string> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const code = codePrefix + Array.from({ length: 3 }, () => ALPHABET[randomInt(ALPHABET.length)]).join('');
    if (await findGroupByCode(db, code)) continue;
    const id = newId();
    await insertGroup(db, { id, name, code, ownerId: user.id });
    return id;
  }
  throw invalidInput({ codePrefix: 'peerHelp.error.codePrefix' });
}

export async function listMyGroups({ db, user }: { db: Database; user: SessionUser }): Promise<GroupRow[]> {
  return listGroupsOfUser(db, user.id, user.email);
}

/** A group for its owner (with the members' addresses) or a member (without them); 404 for anybody else. */
export async function getGroupPage({ db, user, id }: { db: Database; user: SessionUser; id: string }) {
  const group = await findGroup(db, id);
  if (!group || !canSeeGroup(user, group, await listGroupIdsOfUser(db, user.id, user.email))) throw notFound('group');
  const manage = canManageGroup(user, group);
  const members = await listGroupMembers(db, id);
  return { group, manage, memberCount: members.length, members: manage ? members : [] };
}

export async function addGroupMember({ db, user, id, email }: { db: Database; user: SessionUser; id: string; email: string }): Promise<void> {
  const address = normalizeEmail(email);
  await db.transaction().execute(async (trx) => {
    const group = await findGroup(trx, id);
    if (!group || !canManageGroup(user, group)) throw notFound('group');
    const members = await listGroupMembers(trx, id);
    if (members.some((m) => m.email === address)) return;
    if (members.length >= MAX_GROUP_MEMBERS) throw invalidInput({ email: 'peerHelp.error.groupFull' });
    const account = await findUserByEmail(trx, address);
    await insertGroupMember(trx, { groupId: id, email: address, userId: account?.id ?? null });
    await enqueueMail(trx, { to: address, lang: account?.lang ?? user.lang, template: peerHelpGroupInvitationMail, params: { groupName: group.name, code: group.code } });
  });
}
