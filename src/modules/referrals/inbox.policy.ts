import { maintainsOrganization, requireMaintainer } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { gone, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { hashRecipientToken } from './referral-links.js';
import { findRecipientById, findRecipientByTokenHash, type RecipientRow } from './inbox.repo.js';

/**
 * Who may read and answer a contact request sent to an organisation:
 * - whoever holds the organisation's signed link (the e-mail to its request address), while the link is valid;
 * - the organisation's maintainers, signed in (the shared maintainer rule, platform/auth/access.policy.ts).
 * Nobody else: not administrators, not maintainers of the request's other recipients. A recipient of another
 * organisation is "not found" (404), an unusable link "gone" (410): neither says whether it ever existed.
 */

/** A recipient is reached through its signed link, or by its id by a signed-in maintainer. */
export type RecipientAccess = { via: 'link'; token: string } | { via: 'account'; user: SessionUser; recipientId: string };

/** The organisations whose requests a user sees in the inbox: those they maintain. */
export function inboxOrganizationIds(user: SessionUser): string[] {
  return [...new Set(user.roles.filter((r) => r.role === 'maintainer' && r.scopeId).map((r) => r.scopeId!))];
}

/** Whether a signed-in user may read requests sent to the organisation (as loaded with the session). */
export function canReadRequestsOf(user: SessionUser, organizationId: string): boolean {
  return maintainsOrganization(user, organizationId);
}

const TOKEN = /^[A-Za-z0-9_-]{20,100}$/;

/** The recipient of a signed link, or null when the token is malformed, unknown or expired. */
export async function findLinkRecipient(db: Database, options: { token: string; now: Date }): Promise<RecipientRow | null> {
  if (!TOKEN.test(options.token)) return null;
  return findRecipientByTokenHash(db, { tokenHash: hashRecipientToken(options.token), now: options.now });
}

/** The link cannot be used (unknown, expired, tampered): 410 with a page that tells nothing more. */
export const unusableLink = () =>
  gone('contact request link', {
    titleKey: 'inbox.gone.title',
    messageKey: 'inbox.gone.body',
    link: { labelKey: 'inbox.gone.signIn', path: '/my/contact-requests' },
  });

/**
 * The recipient the access names, checked (call inside the use case's transaction): a valid link's recipient, or a
 * recipient of an organisation the user maintains (checked against the database too). Throws GONE / NOT_FOUND.
 */
export async function requireRecipientAccess(db: Database, access: RecipientAccess, now: Date): Promise<RecipientRow> {
  if (access.via === 'link') {
    const recipient = await findLinkRecipient(db, { token: access.token, now });
    if (!recipient) throw unusableLink();
    return recipient;
  }
  const recipient = isUuid(access.recipientId) ? await findRecipientById(db, { id: access.recipientId }) : null;
  if (!recipient || !canReadRequestsOf(access.user, recipient.organizationId)) throw notFound('contact request');
  await requireMaintainer(db, { userId: access.user.id, organizationId: recipient.organizationId });
  return recipient;
}

/** The acting user's id for the audit log (null through the link: whoever holds the organisation's e-mail). */
export function actorOf(access: RecipientAccess): string | null {
  return access.via === 'account' ? access.user.id : null;
}
