import type { Insertable } from 'kysely';
import type { ActivityTable, ContactTable, LocationTable, OrganizationTable, ScheduleTable } from '../../platform/db/schema.js';

/**
 * One organisation with what hangs under it, as it is written to the database in one transaction.
 * Used by the demo data, the HSDS importer and (later) the NGOs' own editing.
 */
export type OrganizationInput = Omit<Insertable<OrganizationTable>, 'created_at' | 'updated_at' | 'social_links'> & {
  id: string;
  social_links?: { label: string; url: string }[];
};
export type ActivityInput = Omit<Insertable<ActivityTable>, 'organization_id' | 'created_at' | 'updated_at'> & { id: string };
export type LocationInput = Omit<Insertable<LocationTable>, 'organization_id'> & { id: string };
export type ContactInput = Omit<Insertable<ContactTable>, 'organization_id' | 'activity_id'> & { id: string };
export type ScheduleInput = Omit<Insertable<ScheduleTable>, 'activity_id'> & { id: string };

export interface ActivityGraph {
  activity: ActivityInput;
  /** Three-digit municipality codes where the activity is available (empty when only nationwide / remote). */
  municipalityCodes: string[];
  /** Taxonomy term ids (needs, kinds of support, target groups). */
  termIds: string[];
  /** Where the activity takes place: pairs of service_at_location id and location id (the location is in `locations`). */
  places: { id: string; locationId: string }[];
  schedules: ScheduleInput[];
  contacts: ContactInput[];
}

export interface OrganizationGraph {
  organization: OrganizationInput;
  contacts: ContactInput[];
  locations: LocationInput[];
  activities: ActivityGraph[];
}

export interface SaveCounts {
  organizationsInserted: number;
  organizationsUpdated: number;
  organizationsUnchanged: number;
  activitiesInserted: number;
  activitiesUpdated: number;
  activitiesUnchanged: number;
}

export function emptyCounts(): SaveCounts {
  return {
    organizationsInserted: 0,
    organizationsUpdated: 0,
    organizationsUnchanged: 0,
    activitiesInserted: 0,
    activitiesUpdated: 0,
    activitiesUnchanged: 0,
  };
}
