import type { Database } from '../../platform/db/database.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import {
  findPublicOrganization,
  listActivityContacts,
  listActivityMunicipalities,
  listActivityPlaces,
  listActivitySchedules,
  listActivityTerms,
  listOrganizationContacts,
  listOrganizationLocations,
  listPublicActivitiesOfOrganization,
  listPublicBranches,
  listPublicOrganizationNames,
  type ActivityRecord,
} from './directory.repo.js';
import type { ActivityDetails, MunicipalityRef, OrganizationDetails, TermRef } from './directory.types.js';

/**
 * Shared by the directory's read use cases: assembles the repository's records into the page model. Not a use case itself.
 */

/** Groups records by activity, dropping the activity id. */
function byActivity<T extends { activityId: string }>(rows: T[]): Map<string, Omit<T, 'activityId'>[]> {
  const map = new Map<string, Omit<T, 'activityId'>[]>();
  for (const { activityId, ...rest } of rows) {
    const list = map.get(activityId) ?? [];
    list.push(rest);
    map.set(activityId, list);
  }
  return map;
}

/** Loads everything linked to the given activities and returns them sorted by name in the page language. */
export async function loadActivityDetails(db: Database, activities: ActivityRecord[], lang: Lang): Promise<ActivityDetails[]> {
  const ids = activities.map((a) => a.id);
  const [municipalities, terms, places, schedules, contacts] = await Promise.all([
    listActivityMunicipalities(db, ids),
    listActivityTerms(db, ids),
    listActivityPlaces(db, ids),
    listActivitySchedules(db, ids),
    listActivityContacts(db, ids),
  ]);
  const byMunicipality = byActivity(municipalities);
  const byTerm = byActivity(terms);
  const byPlace = byActivity(places);
  const bySchedule = byActivity(schedules);
  const byContact = byActivity(contacts);
  const coll = collator(lang);
  const municipalityName = (m: MunicipalityRef) => (lang === 'sv' ? m.nameSv : m.nameFi);

  const details = activities.map((a): ActivityDetails => {
    const termsOf = (taxonomy: string): TermRef[] =>
      (byTerm.get(a.id) ?? []).filter((t) => t.taxonomy === taxonomy).map((t) => ({ code: t.code, name: t.name }));
    return {
      ...a,
      municipalities: (byMunicipality.get(a.id) ?? []).sort((x, y) => coll.compare(municipalityName(x), municipalityName(y))),
      needs: termsOf('need'),
      supports: termsOf('support'),
      targets: termsOf('target'),
      places: byPlace.get(a.id) ?? [],
      schedules: bySchedule.get(a.id) ?? [],
      contacts: byContact.get(a.id) ?? [],
    };
  });
  return details.sort((a, b) => coll.compare(pick(lang, a.name.fi, a.name.sv, a.name.en), pick(lang, b.name.fi, b.name.sv, b.name.en)));
}

/**
 * One public organisation with everything the card and the "all details" view show, or null when there is no
 * public organisation with that id. The id must already be a valid UUID.
 */
export async function loadOrganizationDetails(db: Database, id: string, lang: Lang): Promise<OrganizationDetails | null> {
  const organization = await findPublicOrganization(db, id);
  if (!organization) return null;
  const { parentId, ...own } = organization;
  const [parents, branches, contacts, locations, activities] = await Promise.all([
    parentId ? listPublicOrganizationNames(db, [parentId]) : Promise.resolve([]),
    listPublicBranches(db, id),
    listOrganizationContacts(db, id),
    listOrganizationLocations(db, id),
    listPublicActivitiesOfOrganization(db, id),
  ]);
  const coll = collator(lang);
  return {
    ...own,
    parent: parents[0] ?? null,
    branches: branches.sort((a, b) => coll.compare(pick(lang, a.name.fi, a.name.sv, a.name.en), pick(lang, b.name.fi, b.name.sv, b.name.en))),
    contacts,
    locations,
    activities: await loadActivityDetails(db, activities, lang),
  };
}
