import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { canReadOrganizationAudit, requireReviewScope } from './review.policy.js';
import { listAuditedOrganizations, listAuditEvents, type AuditRow } from './review.repo.js';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditLog {
  events: AuditRow[];
  total: number;
  organizations: { id: string; name: string }[];
  /** The organisation filtered on (a malformed id is ignored), if any. */
  organizationId: string | undefined;
  page: number;
  pages: number;
}

/**
 * The audit log, newest first, optionally of one organisation. A regional administrator sees only events of
 * organisations in their regions (role changes outside an organisation are for platform administrators).
 * Throws FORBIDDEN for someone who administers nothing, or for an organisation outside the actor's regions.
 */
export async function listAuditLog(options: { db: Database; actor: SessionUser; organizationId?: string; page: number }): Promise<AuditLog> {
  const scope = requireReviewScope(options.actor);
  const organizationId = options.organizationId && isUuid(options.organizationId) ? options.organizationId : undefined;
  if (organizationId && !(await canReadOrganizationAudit(options.db, options.actor, organizationId))) {
    throw forbidden('organisation outside the administrator’s regions');
  }
  const [list, organizations] = await Promise.all([
    listAuditEvents(options.db, {
      organizationId,
      regionIds: scope.regionIds,
      limit: AUDIT_PAGE_SIZE,
      offset: (options.page - 1) * AUDIT_PAGE_SIZE,
    }),
    listAuditedOrganizations(options.db, scope.regionIds),
  ]);
  return {
    events: list.rows,
    total: list.total,
    organizations,
    organizationId,
    page: options.page,
    pages: Math.max(1, Math.ceil(list.total / AUDIT_PAGE_SIZE)),
  };
}
