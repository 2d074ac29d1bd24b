import type { Database } from '../../platform/db/database.js';
import type { AgreementKind } from '../../platform/db/schema.js';

/** SQL of the follow-up of accepted agreements (issue 14, item 7): camelCase rows, no rules. */

export type FollowUpOutcome = 'happened' | 'not_happened' | 'cancelled';

export interface FollowUp {
  outcome: FollowUpOutcome;
  attendance: number | null;
  rating: number | null;
  comment: string;
  at: Date;
}

export async function findFollowUp(db: Database, agreementId: string): Promise<FollowUp | null> {
  const row = await db
    .selectFrom('centre_agreement')
    .select(['followup_outcome as outcome', 'followup_attendance as attendance', 'followup_rating as rating', 'followup_comment as comment', 'followup_at as at'])
    .where('id', '=', agreementId)
    .executeTakeFirst();
  return row?.outcome && row.at ? { outcome: row.outcome, attendance: row.attendance, rating: row.rating, comment: row.comment, at: row.at } : null;
}

export async function setFollowUp(db: Database, agreementId: string, f: Omit<FollowUp, 'at'> & { at: Date; by: string }): Promise<void> {
  await db
    .updateTable('centre_agreement')
    .set({ followup_outcome: f.outcome, followup_attendance: f.attendance, followup_rating: f.rating, followup_comment: f.comment, followup_at: f.at, followup_by: f.by })
    .where('id', '=', agreementId)
    .execute();
}

export interface AwaitingFollowUpRow {
  id: string;
  title: string;
  kind: AgreementKind;
  organizationFi: string;
  startsAt: Date;
}

/** A centre's accepted agreements whose (first) time has passed and whose follow-up is not recorded yet, oldest first. */
export async function listAwaitingFollowUp(db: Database, centreId: string, now: Date): Promise<AwaitingFollowUpRow[]> {
  return db
    .selectFrom('centre_agreement as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select(['a.id', 'a.title', 'a.kind', 'o.name_fi as organizationFi', 'a.starts_at as startsAt'])
    .where('a.centre_id', '=', centreId)
    .where('a.status', '=', 'accepted')
    .where('a.followup_outcome', 'is', null)
    .where('a.starts_at', '<', now)
    .orderBy('a.starts_at')
    .orderBy('a.id')
    .execute();
}
