import type { AuditEventTable } from '../db/schema.js';
import type { Database } from '../db/database.js';
import { newId } from '../ids.js';

export interface AuditEntry {
  actorId: string | null;
  /** What happened, e.g. 'submission.submit', 'submission.approve', 'organization.archive', 'role.grant'. */
  action: string;
  subjectType: AuditEventTable['subject_type'];
  subjectId: string;
  organizationId?: string | null;
  fromState?: string | null;
  toState?: string | null;
  /** Reasons, messages, changed field names. Never a client's personal data. */
  detail?: Record<string, unknown>;
}

/** Writes one audit event inside the caller's transaction, so the log and the change commit together. */
export async function recordAudit(db: Database, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_event')
    .values({
      id: newId(),
      actor_id: entry.actorId,
      action: entry.action,
      subject_type: entry.subjectType,
      subject_id: entry.subjectId,
      organization_id: entry.organizationId ?? null,
      from_state: entry.fromState ?? null,
      to_state: entry.toState ?? null,
      detail: JSON.stringify(entry.detail ?? {}),
    })
    .execute();
}
