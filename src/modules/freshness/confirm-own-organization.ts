import type { Database } from '../../platform/db/database.js';
import { forbidden } from '../../platform/errors.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { canConfirmOrganization } from './freshness.policy.js';
import { markOrganizationChecked } from './mark-organization-checked.js';

/** A signed-in maintainer's "Tiedot ovat ajan tasalla" button. False when the organisation is not published. */
export async function confirmOwnOrganization(options: { db: Database; user: SessionUser; organizationId: string; now?: Date }): Promise<boolean> {
  if (!canConfirmOrganization(options.user, options.organizationId)) throw forbidden('not a maintainer of this organisation');
  const now = options.now ?? new Date();
  return options.db.transaction().execute((trx) =>
    markOrganizationChecked(trx, { organizationId: options.organizationId, actorId: options.user.id, via: 'account', now }),
  );
}
