import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { findCentreBulletin, listForwards, listStaffGroups, type CentreBulletinRow, type StaffGroupRow } from './bulletins.repo.js';
import type { CentreRow } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';

export interface BulletinGroupChoice extends StaffGroupRow {
  /** The group follows at least one of the bulletin's topics: offered first and ticked. */
  suggested: boolean;
}

export interface CentreBulletinPage {
  centre: CentreRow;
  bulletin: CentreBulletinRow;
  groups: BulletinGroupChoice[];
  forwards: { groupName: string; recipients: number }[];
}

/** Groups following one of the topics first (suggested), then the others, each by name. */
export function suggestGroups(groups: StaffGroupRow[], topics: string[]): BulletinGroupChoice[] {
  const marked = groups.map((g) => ({ ...g, suggested: g.topics.some((t) => topics.includes(t)) }));
  return [...marked.filter((g) => g.suggested), ...marked.filter((g) => !g.suggested)];
}

/** A bulletin sent to the centre, for the centre's liaisons (a bulletin not sent there: 404), with the staff groups to forward it to. */
export async function getCentreBulletin({ db, actor, centreId, bulletinId }: { db: Database; actor: SessionUser; centreId: string; bulletinId: string }): Promise<CentreBulletinPage> {
  const centre = await requireLiaison(db, actor, centreId);
  const bulletin = await findCentreBulletin(db, { bulletinId, centreId });
  if (!bulletin) throw notFound('bulletin');
  const [groups, forwards] = await Promise.all([listStaffGroups(db, centreId), listForwards(db, { bulletinId, centreId })]);
  return { centre, bulletin, groups: suggestGroups(groups, bulletin.topics), forwards };
}
