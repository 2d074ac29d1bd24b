import type { Database } from '../../platform/db/database.js';
import { hashSecret } from '../../platform/auth/auth-tokens.js';
import { gone } from '../../platform/errors.js';
import { findUsableToken, useToken, type UsableTokenRow } from './freshness.repo.js';
import { markOrganizationChecked } from './mark-organization-checked.js';

const TOKEN_SHAPE = /^[A-Za-z0-9_-]{20,100}$/;

/** A link that cannot be used (unknown, used, expired, or its cycle closed): 410 with a way to sign in instead. */
export const invalidConfirmLink = () =>
  gone('freshness confirmation link', {
    titleKey: 'freshness.invalid.title',
    messageKey: 'freshness.invalid.body',
    link: { labelKey: 'freshness.invalid.signIn', path: '/sign-in' },
  });

/** The organisation a confirmation link would confirm, or null when the link cannot be used (does not use it). */
export async function checkConfirmLink(options: { db: Database; token: string; now?: Date }): Promise<UsableTokenRow | null> {
  if (!TOKEN_SHAPE.test(options.token)) return null;
  return findUsableToken(options.db, { tokenHash: hashSecret(options.token), now: options.now ?? new Date() });
}

/**
 * The one-click "Tiedot ovat ajan tasalla": uses the link (once) and marks its organisation checked today. Works
 * without a session but can do nothing else. Returns the organisation id, or null for an unknown, used or expired
 * link, or one whose cycle has closed (confirmed by someone else, or the data was updated).
 */
export async function confirmFreshness(options: { db: Database; token: string; now?: Date }): Promise<{ organizationId: string } | null> {
  if (!TOKEN_SHAPE.test(options.token)) return null;
  const now = options.now ?? new Date();
  const tokenHash = hashSecret(options.token);
  return options.db.transaction().execute(async (trx) => {
    const used = await useToken(trx, { tokenHash, now });
    if (!used) return null;
    const done = await markOrganizationChecked(trx, { organizationId: used.organizationId, actorId: used.userId, via: 'link', now });
    return done ? { organizationId: used.organizationId } : null;
  });
}
