import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { dateInput } from '../events/helsinki-time.js';
import type { CentreRow } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';
import { listCentreMaterials, type MaterialRow } from './materials.repo.js';

export interface LiaisonDesk {
  centre: CentreRow;
  pending: MaterialRow[];
  approved: MaterialRow[];
}

/** A liaison's desk for one centre: material waiting for a decision and approved material not yet expired. */
export async function getLiaisonDesk({ db, actor, centreId, now }: { db: Database; actor: SessionUser; centreId: string; now: Date }): Promise<LiaisonDesk> {
  const centre = await requireLiaison(db, actor, centreId);
  const today = dateInput(now);
  const [pending, approved] = await Promise.all([
    listCentreMaterials(db, { centreId, status: 'pending', today }),
    listCentreMaterials(db, { centreId, status: 'approved', today }),
  ]);
  return { centre, pending, approved };
}
