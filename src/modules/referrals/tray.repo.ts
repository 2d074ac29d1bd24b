import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Address, Texts } from '../directory/directory.types.js';
import { isPublicActivity, isPublicOrganization } from '../directory/visibility.js';

/**
 * SQL of the tray (B): the public organisations and activities among the ids a browser's tray cookie names, with
 * what the organisation card shows to reach them (website, e-mail, phone, address). Only public rows
 * (directory/visibility.ts). Whether an organisation takes contact requests is read as a flag; its request address
 * is never selected here.
 */

export interface TrayContact {
  website: string | null;
  email: string | null;
  phone: string | null;
  address: Address;
}

export interface TrayOrganizationRecord {
  id: string;
  name: Texts;
  contact: TrayContact;
  acceptsContactRequests: boolean;
}

export interface TrayActivityRecord {
  id: string;
  name: Texts;
  /** The activity's own web address, e-mail and phone (each may be missing). */
  website: string | null;
  email: string | null;
  phone: string | null;
  organization: TrayOrganizationRecord;
}

const acceptsRequests = sql<boolean>`coalesce(trim(o.contact_request_email), '') <> ''`;

function organizationRecord(r: {
  org_id: string;
  org_name_fi: string;
  org_name_sv: string | null;
  org_name_en: string | null;
  org_website: string | null;
  org_email: string | null;
  org_phone: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_code: string | null;
  municipality_name_fi: string | null;
  municipality_name_sv: string | null;
  accepts_requests: boolean;
}): TrayOrganizationRecord {
  return {
    id: r.org_id,
    name: { fi: r.org_name_fi, sv: r.org_name_sv, en: r.org_name_en },
    contact: {
      website: r.org_website,
      email: r.org_email,
      phone: r.org_phone,
      address: {
        street: r.street_address,
        postalCode: r.postal_code,
        city: r.city,
        municipality:
          r.municipality_code && r.municipality_name_fi
            ? { code: r.municipality_code, nameFi: r.municipality_name_fi, nameSv: r.municipality_name_sv ?? r.municipality_name_fi }
            : null,
      },
    },
    acceptsContactRequests: Boolean(r.accepts_requests),
  };
}

function organizationQuery(db: Database) {
  return db
    .selectFrom('organization as o')
    .leftJoin('municipality as m', 'm.code', 'o.municipality_code')
    .select([
      'o.id as org_id',
      'o.name_fi as org_name_fi',
      'o.name_sv as org_name_sv',
      'o.name_en as org_name_en',
      'o.website as org_website',
      'o.email as org_email',
      'o.phone as org_phone',
      'o.street_address',
      'o.postal_code',
      'o.city',
      'o.municipality_code',
      'm.name_fi as municipality_name_fi',
      'm.name_sv as municipality_name_sv',
      acceptsRequests.as('accepts_requests'),
    ]);
}

/** The public organisations among `ids` (any order). */
export async function findTrayOrganizations(db: Database, ids: string[]): Promise<TrayOrganizationRecord[]> {
  if (ids.length === 0) return [];
  const rows = await organizationQuery(db).where('o.id', 'in', ids).where(isPublicOrganization('o')).execute();
  return rows.map(organizationRecord);
}

/** The public activities (of public organisations) among `ids`, each with its organisation (any order). */
export async function findTrayActivities(db: Database, ids: string[]): Promise<TrayActivityRecord[]> {
  if (ids.length === 0) return [];
  const rows = await organizationQuery(db)
    .innerJoin('activity as a', 'a.organization_id', 'o.id')
    .select(['a.id', 'a.name_fi', 'a.name_sv', 'a.name_en', 'a.url', 'a.email', 'a.phone'])
    .where('a.id', 'in', ids)
    .where(isPublicActivity('a', 'o'))
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    website: r.url,
    email: r.email,
    phone: r.phone,
    organization: organizationRecord(r),
  }));
}

/** Which of the ids are public, without reading their details (the header's count, adding to the tray). */
export async function findPublicTrayIds(db: Database, organizationIds: string[], activityIds: string[]): Promise<{ organizationIds: string[]; activityIds: string[] }> {
  const [orgs, acts] = await Promise.all([
    organizationIds.length === 0
      ? []
      : db.selectFrom('organization as o').select('o.id').where('o.id', 'in', organizationIds).where(isPublicOrganization('o')).execute(),
    activityIds.length === 0
      ? []
      : db
          .selectFrom('activity as a')
          .innerJoin('organization as o', 'o.id', 'a.organization_id')
          .select('a.id')
          .where('a.id', 'in', activityIds)
          .where(isPublicActivity('a', 'o'))
          .execute(),
  ]);
  return { organizationIds: orgs.map((r) => r.id), activityIds: acts.map((r) => r.id) };
}
