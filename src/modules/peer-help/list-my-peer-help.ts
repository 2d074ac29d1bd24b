import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listApplicationsOfHelper, listRequestsOfRequester } from './peer-help.repo.js';

/** "Omat": the person's requests (and their organisations'), and the requests they applied to. */
export async function listMyPeerHelp({ db, user }: { db: Database; user: SessionUser }) {
  const organizationIds = user.roles.filter((r) => r.role === 'maintainer' && r.scopeId).map((r) => r.scopeId!);
  const [requests, applications] = await Promise.all([listRequestsOfRequester(db, user.id, organizationIds), listApplicationsOfHelper(db, user.id)]);
  return { requests, applications };
}
