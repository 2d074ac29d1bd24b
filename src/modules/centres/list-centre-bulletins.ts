import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listCentreBulletins, type CentreBulletinRow } from './bulletins.repo.js';
import type { CentreRow } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';

/** A centre's bulletins for its liaisons: those waiting, and the latest handled ones. */
export async function listCentreBulletinsForLiaison({ db, actor, centreId }: { db: Database; actor: SessionUser; centreId: string }): Promise<{ centre: CentreRow; pending: CentreBulletinRow[]; handled: CentreBulletinRow[] }> {
  const centre = await requireLiaison(db, actor, centreId);
  const [pending, handled] = await Promise.all([
    listCentreBulletins(db, { centreId, statuses: ['pending'], limit: 100 }),
    listCentreBulletins(db, { centreId, statuses: ['forwarded', 'returned', 'archived'], limit: 30 }),
  ]);
  return { centre, pending, handled };
}
