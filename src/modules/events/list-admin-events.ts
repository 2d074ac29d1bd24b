import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { requireEventAdministrator } from './events.policy.js';
import { listAdminEventIds, loadEvents, type EventRecord } from './events.repo.js';

/**
 * An administrator's events: those awaiting approval in their regions (oldest first) and the approved ones not
 * over yet. This is the events' own pending list; it could later join the common review queue (src/modules/review).
 */
export async function listAdminEvents({ db, actor, now }: { db: Database; actor: SessionUser; now: Date }): Promise<{ pending: EventRecord[]; upcoming: EventRecord[] }> {
  const scope = requireEventAdministrator(actor);
  const { pending, upcoming } = await listAdminEventIds(db, scope.regionIds, now);
  return { pending: await loadEvents(db, pending), upcoming: await loadEvents(db, upcoming) };
}
