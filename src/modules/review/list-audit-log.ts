import type { Database } from '../../platform/db/database.js';
import type { ReviewScope } from './review.policy.js';
import { listAuditedOrganizations, listAuditEvents, type AuditRow } from './review.repo.js';

export const AUDIT_PAGE_SIZE = 50;

export interface AuditLog {
  events: AuditRow[];
  total: number;
  organizations: { id: string; name: string }[];
}

/**
 * The audit log, newest first, optionally of one organisation. A regional administrator sees only events of
 * organisations in their regions (role changes outside an organisation are for platform administrators).
 */
export async function listAuditLog(options: { db: Database; scope: ReviewScope; organizationId?: string; page: number }): Promise<AuditLog> {
  const [list, organizations] = await Promise.all([
    listAuditEvents(options.db, {
      organizationId: options.organizationId,
      regionIds: options.scope.regionIds,
      limit: AUDIT_PAGE_SIZE,
      offset: (options.page - 1) * AUDIT_PAGE_SIZE,
    }),
    listAuditedOrganizations(options.db, options.scope.regionIds),
  ]);
  return { events: list.rows, total: list.total, organizations };
}
