import { listRegionalAdministratorsOfOrganizations } from '../../platform/auth/auth.repo.js';
import { isPlatformAdmin, maintainsOrganization, regionsAdministeredBy } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { FeedbackRow } from './feedback.repo.js';

/**
 * Who reads feedback. Portal feedback: the region's administrators and platform administrators. A data-error
 * report: the organisation's maintainers, the administrators of its regions and platform administrators. Nobody
 * else learns that a message exists (the routes answer 404).
 */
export async function canReadFeedback(db: Database, user: SessionUser | null, row: Pick<FeedbackRow, 'kind' | 'regionId' | 'organizationId'>): Promise<boolean> {
  if (!user) return false;
  if (isPlatformAdmin(user)) return true;
  if (row.kind === 'portal') return row.regionId !== null && regionsAdministeredBy(user).includes(row.regionId);
  if (row.organizationId === null) return false;
  if (maintainsOrganization(user, row.organizationId)) return true;
  if (regionsAdministeredBy(user).length === 0) return false;
  const administrators = await listRegionalAdministratorsOfOrganizations(db, [row.organizationId]);
  return administrators.some((a) => a.userId === user.id);
}

/** What a user's feedback list holds: everything (platform), their regions' and their organisations' feedback. */
export function feedbackScope(user: SessionUser): { all: boolean; regionIds: string[]; organizationIds: string[] } {
  return {
    all: isPlatformAdmin(user),
    regionIds: regionsAdministeredBy(user),
    organizationIds: user.roles.filter((r) => r.role === 'maintainer' && r.scopeId).map((r) => r.scopeId!),
  };
}
