import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { CentreRow } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';
import { listScreens, type ScreenRow } from './screens.repo.js';

/** A centre's info screens for one of its liaisons (never the tokens: only whether each has an address). */
export async function listCentreScreens({ db, actor, centreId }: { db: Database; actor: SessionUser; centreId: string }): Promise<{ centre: CentreRow; screens: ScreenRow[] }> {
  const centre = await requireLiaison(db, actor, centreId);
  return { centre, screens: await listScreens(db, centreId) };
}
