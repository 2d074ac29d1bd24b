import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listBulletinTargets, listOrganizationBulletins, type BulletinRow, type BulletinTargetRow } from './bulletins.repo.js';
import { listMaintainedOrganizations } from './materials.repo.js';

export interface MyBulletin extends BulletinRow {
  /** Each centre's state: forwarded to how many staff groups (never to whom), or returned / archived with a message. */
  targets: BulletinTargetRow[];
}

/** The bulletins of the organisations the user maintains (only theirs), newest first. */
export async function listMyBulletins({ db, actor }: { db: Database; actor: SessionUser }): Promise<{ canSend: boolean; bulletins: MyBulletin[] }> {
  const organizations = await listMaintainedOrganizations(db, actor.id);
  const bulletins = await listOrganizationBulletins(db, organizations.map((o) => o.id));
  const targets = await listBulletinTargets(db, bulletins.map((b) => b.id));
  return { canSend: organizations.length > 0, bulletins: bulletins.map((b) => ({ ...b, targets: targets.filter((t) => t.bulletinId === b.id) })) };
}
