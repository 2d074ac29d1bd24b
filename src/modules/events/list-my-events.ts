import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listMaintainedOrganizations, listOrganizationEventIds, loadEvents, type EventRecord } from './events.repo.js';

/** The events of the organisations a user maintains (every review state), newest start first, and those organisations. */
export async function listMyEvents({ db, user }: { db: Database; user: SessionUser }): Promise<{ organizations: { id: string; nameFi: string }[]; events: EventRecord[] }> {
  const organizations = await listMaintainedOrganizations(db, user.id);
  return { organizations, events: await loadEvents(db, await listOrganizationEventIds(db, organizations.map((o) => o.id))) };
}
