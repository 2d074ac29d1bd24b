import type { Database } from '../../platform/db/database.js';
import {
  findOrganizations,
  listActivityMunicipalities,
  listActivityTerms,
  listContacts,
  listPlacesOfActivities,
  listSchedules,
  type ActivityRow,
  type OrganizationRow,
} from './hsds.repo.js';
import type { ServiceParts } from './to-hsds.js';

function groupBy<T>(rows: T[], key: (row: T) => string | null): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
}

/** Organisations of the given activities, by id. */
export async function loadOrganizationsOf({ db, activities }: { db: Database; activities: ActivityRow[] }): Promise<Map<string, OrganizationRow>> {
  const ids = [...new Set(activities.map((a) => a.organization_id))];
  return new Map((await findOrganizations(db, ids)).map((o) => [o.id, o]));
}

/** Everything a fully nested HSDS service needs, for many activities at once (a fixed number of queries). */
export async function loadServiceParts({ db, activities }: { db: Database; activities: ActivityRow[] }): Promise<Map<string, ServiceParts>> {
  const ids = activities.map((a) => a.id);
  const [organizations, municipalities, terms, schedules, contacts, places] = await Promise.all([
    loadOrganizationsOf({ db, activities }),
    listActivityMunicipalities(db, ids),
    listActivityTerms(db, ids),
    listSchedules(db, ids),
    listContacts(db, { activityIds: ids }),
    listPlacesOfActivities(db, ids),
  ]);
  const byMunicipality = groupBy(municipalities, (r) => r.activity_id);
  const byTerm = groupBy(terms, (r) => r.activity_id);
  const bySchedule = groupBy(schedules, (r) => r.activity_id);
  const byContact = groupBy(contacts, (r) => r.activity_id);
  const byPlace = groupBy(places, (r) => r.activity_id);
  const parts = new Map<string, ServiceParts>();
  for (const a of activities) {
    parts.set(a.id, {
      organization: organizations.get(a.organization_id),
      municipalities: byMunicipality.get(a.id) ?? [],
      terms: byTerm.get(a.id) ?? [],
      schedules: bySchedule.get(a.id) ?? [],
      contacts: byContact.get(a.id) ?? [],
      places: byPlace.get(a.id) ?? [],
    });
  }
  return parts;
}
