import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { ActivityGraph, ContactInput, LocationInput, OrganizationInput } from './organization-graph.js';

export type Outcome = 'inserted' | 'updated' | 'unchanged';

/**
 * Inserts or updates one row by id. An update happens only when some column really differs, so writing the same
 * data twice leaves updated_at (and so HSDS last_modified) untouched.
 */
async function upsertRow(
  db: Database,
  table: 'organization' | 'activity',
  row: Record<string, unknown>,
): Promise<Outcome> {
  const columns = Object.keys(row);
  const updatable = columns.filter((c) => c !== 'id');
  const values = columns.map((c) => {
    const v = row[c];
    if (Array.isArray(v) && c !== 'social_links') return sql`${v}::text[]`;
    if (c === 'social_links') return sql`${JSON.stringify(v)}::jsonb`;
    return sql`${v}`;
  });
  const setList = sql.join(
    [...updatable.map((c) => sql`${sql.ref(c)} = excluded.${sql.ref(c)}`), sql`updated_at = now()`],
    sql`, `,
  );
  const changed = sql.join(
    updatable.map((c) => sql`${sql.ref(`${table}.${c}`)} is distinct from excluded.${sql.ref(c)}`),
    sql` or `,
  );
  const result = await sql<{ inserted: boolean }>`
    insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))})
    values (${sql.join(values)})
    on conflict (id) do update set ${setList}
    where ${changed}
    returning (xmax = 0) as inserted`.execute(db);
  const first = result.rows[0];
  if (!first) return 'unchanged';
  return first.inserted ? 'inserted' : 'updated';
}

/** Social links are left as stored when the input does not carry them (HSDS, for one, has no field for them). */
export function upsertOrganizationRow(db: Database, org: OrganizationInput): Promise<Outcome> {
  const { social_links, ...rest } = org;
  return upsertRow(db, 'organization', social_links === undefined ? rest : { ...rest, social_links });
}

export function upsertActivityRow(db: Database, organizationId: string, activity: ActivityGraph['activity']): Promise<Outcome> {
  return upsertRow(db, 'activity', { ...activity, organization_id: organizationId });
}

/** Replaces the organisation's own contacts and its locations (by id) with the given ones. */
export async function replaceOrganizationChildren(
  db: Database,
  organizationId: string,
  contacts: ContactInput[],
  locations: LocationInput[],
): Promise<void> {
  await db.deleteFrom('contact').where('organization_id', '=', organizationId).where('activity_id', 'is', null).execute();
  if (contacts.length > 0) {
    await db.insertInto('contact').values(contacts.map((c) => ({ ...c, organization_id: organizationId, activity_id: null }))).execute();
  }
  for (const l of locations) {
    await db
      .insertInto('location')
      .values({ ...l, organization_id: organizationId })
      .onConflict((oc) =>
        oc.column('id').doUpdateSet({
          name: l.name,
          description_fi: l.description_fi ?? null,
          street_address: l.street_address ?? null,
          postal_code: l.postal_code ?? null,
          city: l.city ?? null,
          municipality_code: l.municipality_code ?? null,
          latitude: l.latitude ?? null,
          longitude: l.longitude ?? null,
          accessibility_fi: l.accessibility_fi ?? null,
          organization_id: organizationId,
        }),
      )
      .execute();
  }
}

/** Replaces everything linked to one activity: municipalities, terms, places, schedules, contacts. */
export async function replaceActivityChildren(db: Database, graph: ActivityGraph): Promise<void> {
  const id = graph.activity.id;
  await db.deleteFrom('activity_municipality').where('activity_id', '=', id).execute();
  await db.deleteFrom('activity_term').where('activity_id', '=', id).execute();
  await db.deleteFrom('activity_location').where('activity_id', '=', id).execute();
  await db.deleteFrom('schedule').where('activity_id', '=', id).execute();
  await db.deleteFrom('contact').where('activity_id', '=', id).execute();
  const codes = [...new Set(graph.municipalityCodes)];
  if (codes.length > 0) await db.insertInto('activity_municipality').values(codes.map((c) => ({ activity_id: id, municipality_code: c }))).execute();
  const terms = [...new Set(graph.termIds)];
  if (terms.length > 0) await db.insertInto('activity_term').values(terms.map((t) => ({ activity_id: id, term_id: t }))).execute();
  if (graph.places.length > 0) {
    await db.insertInto('activity_location').values(graph.places.map((p) => ({ id: p.id, activity_id: id, location_id: p.locationId }))).execute();
  }
  if (graph.schedules.length > 0) await db.insertInto('schedule').values(graph.schedules.map((s) => ({ ...s, activity_id: id }))).execute();
  if (graph.contacts.length > 0) {
    await db.insertInto('contact').values(graph.contacts.map((c) => ({ ...c, activity_id: id, organization_id: null }))).execute();
  }
}
