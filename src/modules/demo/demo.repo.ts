import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { OrganizationGraph } from '../directory/organization-graph.js';
import { isPublicActivity, isPublicOrganization } from '../directory/visibility.js';

/** Rows per statement: keeps every statement well below PostgreSQL's 65 535 bind parameters. */
function chunks<T>(rows: T[], columns: number): T[][] {
  const size = Math.max(1, Math.floor(20000 / Math.max(1, columns)));
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += size) out.push(rows.slice(i, i + size));
  return out;
}

/**
 * Inserts whole organisation graphs with a few multi-row statements per table. Only for a directory that holds none
 * of these rows yet (the first load of the demo data): it writes exactly the rows saveOrganizationGraph would, without
 * the per-row upsert round trips that make the embedded database slow. Graphs must list parents before children.
 */
export async function insertOrganizationGraphs(db: Database, graphs: OrganizationGraph[]): Promise<void> {
  const organizations = graphs.map((g) => ({ ...g.organization, social_links: JSON.stringify(g.organization.social_links ?? []) }));
  for (const part of chunks(organizations, 26)) await db.insertInto('organization').values(part).execute();

  const locations = graphs.flatMap((g) => g.locations.map((l) => ({ ...l, organization_id: g.organization.id })));
  for (const part of chunks(locations, 11)) await db.insertInto('location').values(part).execute();

  const activities = graphs.flatMap((g) =>
    g.activities.map(({ activity }) => ({
      ...activity,
      organization_id: g.organization.id,
      languages: activity.languages === undefined ? undefined : sql<string[]>`${activity.languages}::text[]`,
    })),
  );
  for (const part of chunks(activities, 25)) await db.insertInto('activity').values(part).execute();

  const contacts = [
    ...graphs.flatMap((g) => g.contacts.map((c) => ({ ...c, organization_id: g.organization.id, activity_id: null }))),
    ...graphs.flatMap((g) => g.activities.flatMap((a) => a.contacts.map((c) => ({ ...c, activity_id: a.activity.id, organization_id: null })))),
  ];
  for (const part of chunks(contacts, 7)) await db.insertInto('contact').values(part).execute();

  const all = graphs.flatMap((g) => g.activities);
  const municipalities = all.flatMap((a) => [...new Set(a.municipalityCodes)].map((code) => ({ activity_id: a.activity.id, municipality_code: code })));
  for (const part of chunks(municipalities, 2)) await db.insertInto('activity_municipality').values(part).execute();

  const terms = all.flatMap((a) => [...new Set(a.termIds)].map((term) => ({ activity_id: a.activity.id, term_id: term })));
  for (const part of chunks(terms, 2)) await db.insertInto('activity_term').values(part).execute();

  const places = all.flatMap((a) => a.places.map((p) => ({ id: p.id, activity_id: a.activity.id, location_id: p.locationId })));
  for (const part of chunks(places, 3)) await db.insertInto('activity_location').values(part).execute();

  const schedules = all.flatMap((a) => a.schedules.map((s) => ({ ...s, activity_id: a.activity.id })));
  for (const part of chunks(schedules, 8)) await db.insertInto('schedule').values(part).execute();
}

export interface DirectoryCounts {
  organizations: number;
  /** Public organisations (directory/visibility.ts). */
  publishedOrganizations: number;
  activities: number;
  /** Public activities (published, of a published organisation): what the public sees. */
  publishedActivities: number;
}

/** How many organisations and activities the directory holds, in all and public. */
export async function countDirectory(db: Database): Promise<DirectoryCounts> {
  const result = await sql<DirectoryCounts>`
    select
      (select count(*) from organization)::int as "organizations",
      (select count(*) from organization o where ${isPublicOrganization('o')})::int as "publishedOrganizations",
      (select count(*) from activity)::int as "activities",
      (select count(*) from activity a join organization o on o.id = a.organization_id
        where ${isPublicActivity('a', 'o')})::int as "publishedActivities"`.execute(db);
  return result.rows[0]!;
}
