import type { Database } from '../../platform/db/database.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { stableId } from '../../platform/ids.js';
import type { OrganizationGraph } from '../directory/organization-graph.js';

/**
 * The demo maintainer: one fictional account (an `.invalid` address, nobody's real mailbox) that maintains every
 * published demo organisation taking contact requests, so that a newcomer can sign in with it (the link goes to the
 * outbox) and try the organisations' side: the inbox at /my/contact-requests, the request pages, the status form,
 * and keeping the organisations' data. No platform or regional role.
 */
export const DEMO_MAINTAINER_EMAIL = 'yhdistys@demo.tarjotin.invalid';

/** Creates the demo maintainer if missing and gives it the maintainer role of those organisations (idempotent). */
export async function addDemoMaintainer(db: Database, graphs: readonly OrganizationGraph[]): Promise<{ email: string; organizations: number }> {
  const organizations = graphs.filter((g) => g.organization.status === 'published' && g.organization.contact_request_email);
  const user = await ensureUser(db, { id: stableId('demo-user', 'yhdistys'), email: DEMO_MAINTAINER_EMAIL, lang: 'fi' });
  for (const g of organizations) await addRole(db, { userId: user.id, role: 'maintainer', scopeId: g.organization.id });
  return { email: user.email, organizations: organizations.length };
}
