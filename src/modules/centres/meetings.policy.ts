import { isMaintainer } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { findCentre, isLiaisonRow, type CentreRow } from './centres.repo.js';
import { canAdministerCentre } from './centres.policy.js';

/**
 * Who may do what with municipal NGO meetings, follow-ups and a centre's report (issue 14, items 6 and 7), next to
 * centres.policy.ts:
 * - a centre's liaisons and the administrators of its region organise its meetings (create, see registrations and
 *   the staff's addresses, write the record) and read its report; anybody else gets 403;
 * - a maintainer of an invited organisation sees the meeting, registers for it and reads its record; anybody else
 *   who is not an organiser gets 404 (they do not learn it exists); a member of staff reaches it only through the
 *   secret link of their invitation;
 * - only a liaison of the agreement's centre records an agreement's follow-up (not the region's administrators, not
 *   the organisation): others get 404 if they are not a side of the agreement, 403 if they are its NGO.
 * Routes call these before the use case; use cases call them again inside their transaction.
 */

/** Whether the user organises the centre's meetings: its liaison (checked in the database) or its region's administrator. */
export async function canOrganiseMeetings(db: Database, user: SessionUser, centre: CentreRow): Promise<boolean> {
  return canAdministerCentre(user, centre) || (await isLiaisonRow(db, { userId: user.id, centreId: centre.id }));
}

/** The centre for one of its organisers: NOT_FOUND without such a centre, FORBIDDEN for anybody else. */
export async function requireMeetingOrganiser(db: Database, user: SessionUser, centreId: string): Promise<CentreRow> {
  const centre = await findCentre(db, centreId);
  if (!centre) throw notFound('centre');
  if (!(await canOrganiseMeetings(db, user, centre))) throw forbidden('not an organiser of this centre’s meetings');
  return centre;
}

/** The same people read the centre's report. */
export const requireReportReader = requireMeetingOrganiser;

/**
 * The user's part in a meeting: 'organiser', or the ids of the invited organisations the user maintains
 * ('invited'); NOT_FOUND for anybody else.
 */
export async function requireMeetingViewer(
  db: Database,
  user: SessionUser,
  meeting: { centreId: string } | null,
  invitedOrganizationIds: string[],
): Promise<{ role: 'organiser' } | { role: 'invited'; organizationIds: string[] }> {
  if (!meeting) throw notFound('meeting');
  const centre = await findCentre(db, meeting.centreId);
  if (centre && (await canOrganiseMeetings(db, user, centre))) return { role: 'organiser' };
  const mine: string[] = [];
  for (const id of invitedOrganizationIds) if (await isMaintainer(db, { userId: user.id, organizationId: id })) mine.push(id);
  if (mine.length === 0) throw notFound('meeting');
  return { role: 'invited', organizationIds: mine };
}

/** An agreement's follow-up is recorded by a liaison of its centre only. */
export async function requireFollowUpWriter(db: Database, user: SessionUser, agreement: { centreId: string; organizationId: string } | null): Promise<void> {
  if (!agreement) throw notFound('agreement');
  if (await isLiaisonRow(db, { userId: user.id, centreId: agreement.centreId })) return;
  if (await isMaintainer(db, { userId: user.id, organizationId: agreement.organizationId })) throw forbidden('only the centre’s liaison records the follow-up');
  throw notFound('agreement');
}
