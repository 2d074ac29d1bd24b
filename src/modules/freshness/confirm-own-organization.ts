import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { requireConfirmer } from './freshness.policy.js';
import { markOrganizationChecked } from './mark-organization-checked.js';

/**
 * A signed-in maintainer's "Tiedot ovat ajan tasalla" button. Throws FORBIDDEN (not a maintainer) and NOT_FOUND
 * (no such published organisation).
 */
export async function confirmOwnOrganization(options: { db: Database; user: SessionUser; organizationId: string; now?: Date }): Promise<void> {
  requireConfirmer(options.user, options.organizationId);
  if (!isUuid(options.organizationId)) throw notFound('organisation');
  const now = options.now ?? new Date();
  const done = await options.db.transaction().execute((trx) =>
    markOrganizationChecked(trx, { organizationId: options.organizationId, actorId: options.user.id, via: 'account', now }),
  );
  if (!done) throw notFound('organisation');
}
