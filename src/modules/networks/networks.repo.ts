import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { NetworkJoinStatus } from '../../platform/db/schema.js';
import { isPublicOrganization, isListedActivity, isListedOrganization } from '../directory/visibility.js';

/** SQL of the regions' cooperation networks: networks, members, join requests, and the organisations to choose from. */

export interface NetworkTexts {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  howToJoinFi: string;
  howToJoinSv: string;
  howToJoinEn: string;
  meetingsFi: string;
  meetingsSv: string;
  meetingsEn: string;
}

export interface NetworkRow extends NetworkTexts {
  id: string;
  regionId: string;
  coordinatorId: string;
}

export interface OrganizationName {
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
}

const COLUMNS = [
  'n.id',
  'n.region_id',
  'n.coordinator_id',
  'n.name_fi',
  'n.name_sv',
  'n.name_en',
  'n.description_fi',
  'n.description_sv',
  'n.description_en',
  'n.how_to_join_fi',
  'n.how_to_join_sv',
  'n.how_to_join_en',
  'n.meetings_fi',
  'n.meetings_sv',
  'n.meetings_en',
] as const;

type NetworkSelect = {
  id: string;
  region_id: string;
  coordinator_id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  description_fi: string;
  description_sv: string;
  description_en: string;
  how_to_join_fi: string;
  how_to_join_sv: string;
  how_to_join_en: string;
  meetings_fi: string;
  meetings_sv: string;
  meetings_en: string;
};

const toRow = (r: NetworkSelect): NetworkRow => ({
  id: r.id,
  regionId: r.region_id,
  coordinatorId: r.coordinator_id,
  nameFi: r.name_fi,
  nameSv: r.name_sv,
  nameEn: r.name_en,
  descriptionFi: r.description_fi,
  descriptionSv: r.description_sv,
  descriptionEn: r.description_en,
  howToJoinFi: r.how_to_join_fi,
  howToJoinSv: r.how_to_join_sv,
  howToJoinEn: r.how_to_join_en,
  meetingsFi: r.meetings_fi,
  meetingsSv: r.meetings_sv,
  meetingsEn: r.meetings_en,
});

/** A region's networks with their coordinator's name and how many public members each has, by Finnish name. */
export async function listRegionNetworkRows(db: Database, regionId: string): Promise<(NetworkRow & { coordinator: OrganizationName; members: number })[]> {
  const rows = await db
    .selectFrom('network as n')
    .innerJoin('organization as c', 'c.id', 'n.coordinator_id')
    .select(COLUMNS)
    .select(['c.name_fi as c_name_fi', 'c.name_sv as c_name_sv', 'c.name_en as c_name_en'])
    .select((eb) =>
      eb
        .selectFrom('network_member as m')
        .innerJoin('organization as o', 'o.id', 'm.organization_id')
        .whereRef('m.network_id', '=', 'n.id')
        .where(isPublicOrganization('o'))
        .select(eb.fn.countAll<number>().as('k'))
        .as('members'),
    )
    .where('n.region_id', '=', regionId)
    .orderBy('n.name_fi')
    .execute();
  return rows.map((r) => ({ ...toRow(r), coordinator: { id: r.coordinator_id, nameFi: r.c_name_fi, nameSv: r.c_name_sv, nameEn: r.c_name_en }, members: Number(r.members ?? 0) }));
}

export async function findNetworkRow(db: Database, id: string): Promise<NetworkRow | null> {
  const row = await db.selectFrom('network as n').select(COLUMNS).where('n.id', '=', id).executeTakeFirst();
  return row ? toRow(row) : null;
}

/** The network's public member organisations, by Finnish name. */
export async function listNetworkMembers(db: Database, networkId: string): Promise<OrganizationName[]> {
  const rows = await db
    .selectFrom('network_member as m')
    .innerJoin('organization as o', 'o.id', 'm.organization_id')
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en'])
    .where('m.network_id', '=', networkId)
    .where(isPublicOrganization('o'))
    .orderBy('o.name_fi')
    .execute();
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

/** Public organisations by id (unknown and non-public ids are left out). */
export async function listPublicOrganizationNames(db: Database, ids: string[]): Promise<OrganizationName[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('organization as o').select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en']).where('o.id', 'in', ids).where(isPublicOrganization('o')).orderBy('o.name_fi').execute();
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

/**
 * The organisations a network of the region may have as coordinator: listed, and seated in the region, active in
 * its municipalities, or with a nationwide or remote activity.
 */
export async function listCoordinatorChoiceRows(db: Database, regionId: string): Promise<OrganizationName[]> {
  const { rows } = await sql<{ id: string; name_fi: string; name_sv: string | null; name_en: string | null }>`
    select o.id, o.name_fi, o.name_sv, o.name_en
    from organization o
    where ${isListedOrganization('o')} and (
      exists (select 1 from region_municipality rm where rm.region_id = ${regionId} and rm.municipality_code = o.municipality_code)
      or exists (select 1 from activity a where a.organization_id = o.id and ${isListedActivity('a', 'o')} and (
        a.nationwide or a.remote
        or exists (select 1 from activity_municipality am join region_municipality rm on rm.municipality_code = am.municipality_code
                   where am.activity_id = a.id and rm.region_id = ${regionId}))))
    order by o.name_fi`.execute(db);
  return rows.map((r) => ({ id: r.id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

function values(n: NetworkRow) {
  return {
    region_id: n.regionId,
    coordinator_id: n.coordinatorId,
    name_fi: n.nameFi,
    name_sv: n.nameSv,
    name_en: n.nameEn,
    description_fi: n.descriptionFi,
    description_sv: n.descriptionSv,
    description_en: n.descriptionEn,
    how_to_join_fi: n.howToJoinFi,
    how_to_join_sv: n.howToJoinSv,
    how_to_join_en: n.howToJoinEn,
    meetings_fi: n.meetingsFi,
    meetings_sv: n.meetingsSv,
    meetings_en: n.meetingsEn,
  };
}

export async function insertNetwork(db: Database, network: NetworkRow): Promise<void> {
  await db.insertInto('network').values({ id: network.id, ...values(network) }).execute();
}

export async function updateNetworkRow(db: Database, network: NetworkRow): Promise<void> {
  await db.updateTable('network').set({ ...values(network), updated_at: sql`now()` }).where('id', '=', network.id).execute();
}

/** Adds a member (nothing when it already is one). */
export async function addNetworkMember(db: Database, networkId: string, organizationId: string): Promise<void> {
  await db.insertInto('network_member').values({ network_id: networkId, organization_id: organizationId }).onConflict((oc) => oc.columns(['network_id', 'organization_id']).doNothing()).execute();
}

export async function removeNetworkMembers(db: Database, networkId: string, organizationIds: string[]): Promise<void> {
  if (organizationIds.length === 0) return;
  await db.deleteFrom('network_member').where('network_id', '=', networkId).where('organization_id', 'in', organizationIds).execute();
}

/** Which of the organisations are members of the network or have an open request to join it. */
export async function membersOrAsking(db: Database, networkId: string, organizationIds: string[]): Promise<{ members: string[]; asking: string[] }> {
  if (organizationIds.length === 0) return { members: [], asking: [] };
  const [members, asking] = await Promise.all([
    db.selectFrom('network_member').select('organization_id').where('network_id', '=', networkId).where('organization_id', 'in', organizationIds).execute(),
    db.selectFrom('network_join_request').select('organization_id').where('network_id', '=', networkId).where('status', '=', 'pending').where('organization_id', 'in', organizationIds).execute(),
  ]);
  return { members: members.map((r) => r.organization_id), asking: asking.map((r) => r.organization_id) };
}

export async function insertJoinRequest(db: Database, request: { id: string; networkId: string; organizationId: string; requestedBy: string; message: string }): Promise<void> {
  await db
    .insertInto('network_join_request')
    .values({ id: request.id, network_id: request.networkId, organization_id: request.organizationId, requested_by: request.requestedBy, message: request.message })
    .execute();
}

export interface JoinRequestRow {
  id: string;
  networkId: string;
  organization: OrganizationName;
  requestedBy: string | null;
  message: string;
  status: NetworkJoinStatus;
  createdAt: Date;
}

const requestColumns = ['r.id', 'r.network_id', 'r.requested_by', 'r.message', 'r.status', 'r.created_at', 'o.id as org_id', 'o.name_fi', 'o.name_sv', 'o.name_en'] as const;

const toRequest = (r: {
  id: string;
  network_id: string;
  requested_by: string | null;
  message: string;
  status: NetworkJoinStatus;
  created_at: Date;
  org_id: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
}): JoinRequestRow => ({
  id: r.id,
  networkId: r.network_id,
  organization: { id: r.org_id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en },
  requestedBy: r.requested_by,
  message: r.message,
  status: r.status,
  createdAt: new Date(r.created_at),
});

/** The network's open requests, oldest first. */
export async function listOpenJoinRequests(db: Database, networkId: string): Promise<JoinRequestRow[]> {
  const rows = await db
    .selectFrom('network_join_request as r')
    .innerJoin('organization as o', 'o.id', 'r.organization_id')
    .select(requestColumns)
    .where('r.network_id', '=', networkId)
    .where('r.status', '=', 'pending')
    .orderBy('r.created_at')
    .orderBy('r.id')
    .execute();
  return rows.map(toRequest);
}

/** One request of a network, locked for the decision (null when it is not the network's). */
export async function findJoinRequestForUpdate(db: Database, options: { id: string; networkId: string }): Promise<JoinRequestRow | null> {
  const row = await db
    .selectFrom('network_join_request as r')
    .innerJoin('organization as o', 'o.id', 'r.organization_id')
    .select(requestColumns)
    .where('r.id', '=', options.id)
    .where('r.network_id', '=', options.networkId)
    .forUpdate('r')
    .executeTakeFirst();
  return row ? toRequest(row) : null;
}

export async function setJoinRequestDecision(db: Database, options: { id: string; status: 'accepted' | 'declined'; decidedBy: string }): Promise<void> {
  await db.updateTable('network_join_request').set({ status: options.status, decided_by: options.decidedBy, decided_at: sql`now()` }).where('id', '=', options.id).execute();
}

/** The networks an organisation is a member of (any region), by Finnish name. */
export async function listNetworksOfOrganization(db: Database, organizationId: string): Promise<{ id: string; regionId: string; nameFi: string; nameSv: string; nameEn: string }[]> {
  const rows = await db
    .selectFrom('network_member as m')
    .innerJoin('network as n', 'n.id', 'm.network_id')
    .select(['n.id', 'n.region_id', 'n.name_fi', 'n.name_sv', 'n.name_en'])
    .where('m.organization_id', '=', organizationId)
    .orderBy('n.name_fi')
    .execute();
  return rows.map((r) => ({ id: r.id, regionId: r.region_id, nameFi: r.name_fi, nameSv: r.name_sv, nameEn: r.name_en }));
}

/** Organisation ids by Finnish name (the demo networks name their members). */
export async function organizationIdsByName(db: Database, names: string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const rows = await db.selectFrom('organization as o').select(['o.id', 'o.name_fi']).where('o.name_fi', 'in', names).where(isPublicOrganization('o')).execute();
  return new Map(rows.map((r) => [r.name_fi, r.id]));
}

export async function networkIdsOfRegion(db: Database, regionId: string): Promise<string[]> {
  return (await db.selectFrom('network').select('id').where('region_id', '=', regionId).execute()).map((r) => r.id);
}
