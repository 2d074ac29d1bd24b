import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { listRequestableOrganizations, type OrganizationOption } from './bulletins.repo.js';
import { listActivitiesInMunicipality, type CentreRow, type NearbyActivityRow } from './centres.repo.js';
import { requireLiaison } from './centres.policy.js';

export interface RequestFormData {
  centre: CentreRow;
  /** Published organisations with a maintainer (somebody to answer). */
  organizations: OrganizationOption[];
  /** Activities near the centre, to name one optionally. */
  activities: NearbyActivityRow[];
  /** The liaison's address, the default contact at the centre. */
  contactEmail: string;
}

/** A centre's request form for one of its liaisons: organisations to ask and activities near the centre. */
export async function getRequestForm({ db, actor, centreId }: { db: Database; actor: SessionUser; centreId: string }): Promise<RequestFormData> {
  const centre = await requireLiaison(db, actor, centreId);
  const [organizations, activities] = await Promise.all([listRequestableOrganizations(db), listActivitiesInMunicipality(db, centre.municipalityCode, 300)]);
  return { centre, organizations, activities, contactEmail: actor.email };
}
