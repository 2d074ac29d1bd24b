import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { dateInput } from '../events/helsinki-time.js';
import type { CentreRow } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';
import { listCentreMaterials, type MaterialRow } from './materials.repo.js';
import { listAgreements, type AgreementRow } from './agreements.repo.js';
import { listCentreBulletins, type CentreBulletinRow } from './bulletins.repo.js';
import { listAwaitingFollowUp, type AwaitingFollowUpRow } from './follow-up.repo.js';

export interface LiaisonDesk {
  centre: CentreRow;
  pending: MaterialRow[];
  approved: MaterialRow[];
  agreements: AgreementRow[];
  /** Bulletins for the centre's staff waiting for a liaison. */
  bulletins: CentreBulletinRow[];
  /** Accepted agreements whose time has passed without a follow-up (issue 14, item 7). */
  awaitingFollowUp: AwaitingFollowUpRow[];
}

/** A liaison's desk for one centre: material waiting for a decision, approved material not yet expired, and open or coming agreements. */
export async function getLiaisonDesk({ db, actor, centreId, now }: { db: Database; actor: SessionUser; centreId: string; now: Date }): Promise<LiaisonDesk> {
  const centre = await requireLiaison(db, actor, centreId);
  const today = dateInput(now);
  const [pending, approved, agreements, bulletins, awaitingFollowUp] = await Promise.all([
    listCentreMaterials(db, { centreId, status: 'pending', today }),
    listCentreMaterials(db, { centreId, status: 'approved', today }),
    listAgreements(db, { centreIds: [centreId] }),
    listCentreBulletins(db, { centreId, statuses: ['pending'], limit: 20 }),
    listAwaitingFollowUp(db, centreId, now),
  ]);
  return { centre, pending, approved, bulletins, agreements: agreements.filter((a) => a.status !== 'declined' && a.startsAt.getTime() > now.getTime() - 86_400_000), awaitingFollowUp };
}
