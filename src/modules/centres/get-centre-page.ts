import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { findCentre, listActivitiesInMunicipality, listUpcomingEventsInMunicipality, type CentreEventRow, type CentreRow, type NearbyActivityRow } from './centres.repo.js';
import { canAdministerCentre, isLiaisonOf } from './centres.policy.js';

/** How many activities and events a centre's page lists. */
export const PAGE_ACTIVITIES = 60;
export const PAGE_EVENTS = 10;

export interface CentrePage {
  centre: CentreRow;
  activities: NearbyActivityRow[];
  events: CentreEventRow[];
  canEdit: boolean;
  isLiaison: boolean;
}

/**
 * A centre's public page: the centre, the NGO activities whose service area or place is in its municipality, and the
 * approved events there still to come; whether the viewer may edit it or works as its liaison (links only).
 */
export async function getCentrePage({ db, id, now, viewer }: { db: Database; id: string; now: Date; viewer: SessionUser | null }): Promise<CentrePage | null> {
  const centre = await findCentre(db, id);
  if (!centre) return null;
  const [activities, events] = await Promise.all([
    listActivitiesInMunicipality(db, centre.municipalityCode, PAGE_ACTIVITIES),
    listUpcomingEventsInMunicipality(db, centre.municipalityCode, now, PAGE_EVENTS),
  ]);
  return { centre, activities, events, canEdit: canAdministerCentre(viewer, centre), isLiaison: isLiaisonOf(viewer, centre.id) };
}
