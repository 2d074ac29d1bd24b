import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { findActivities, listActivityIdsOfOrganizations, listContacts, listLocationsOfOrganizations, type ContactRow, type LocationRow, type OrganizationRow } from './hsds.repo.js';
import { loadServiceParts } from './load-service-parts.js';
import { toServiceBasic, toServiceFull, type Json } from './to-hsds.js';

export interface OrganizationParts {
  contacts: ContactRow[];
  locations: LocationRow[];
  services: Json[];
}

/** Contacts, locations and services (list-level, or fully nested) of many organisations at once. */
export async function loadOrganizationParts({
  db,
  organizations,
  fullServices,
  lang,
}: {
  db: Database;
  organizations: OrganizationRow[];
  fullServices: boolean;
  lang: Lang;
}): Promise<Map<string, OrganizationParts>> {
  const ids = organizations.map((o) => o.id);
  const [contacts, locations, activityIds] = await Promise.all([
    listContacts(db, { organizationIds: ids }),
    listLocationsOfOrganizations(db, ids),
    listActivityIdsOfOrganizations(db, ids),
  ]);
  const activities = new Map((await findActivities(db, activityIds.map((a) => a.id))).map((a) => [a.id, a]));
  const serviceParts = fullServices ? await loadServiceParts({ db, activities: [...activities.values()] }) : undefined;
  const result = new Map<string, OrganizationParts>(ids.map((id) => [id, { contacts: [], locations: [], services: [] }]));
  for (const c of contacts) if (c.organization_id) result.get(c.organization_id)?.contacts.push(c);
  for (const l of locations) result.get(l.organization_id)?.locations.push(l);
  for (const { id, organization_id } of activityIds) {
    const a = activities.get(id);
    if (!a) continue;
    const service = serviceParts ? toServiceFull(a, serviceParts.get(id)!, lang) : toServiceBasic(a, undefined, lang);
    result.get(organization_id)?.services.push(service);
  }
  return result;
}
