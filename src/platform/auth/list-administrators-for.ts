import type { Database } from '../db/database.js';
import {
  listPlatformAdministrators,
  listRegionalAdministratorsOfMunicipalities,
  listRegionalAdministratorsOfOrganizations,
  type KeyedRecipient,
  type MailRecipient,
} from './auth.repo.js';

/**
 * Who administers something, for the e-mails that ask an administrator to act (a submission awaiting review, an
 * organisation whose data has gone stale): the regional administrators of its regions or, when its regions have
 * none (or it lies in no region), the platform administrators. This is the one place that rule is written.
 */

export interface OrganizationAdministrator extends MailRecipient {
  organizationId: string;
}

/** The rule, once: each key's regional administrators, or the platform administrators for a key that has none. */
async function regionalElsePlatform(db: Database, keys: string[], regional: KeyedRecipient[]): Promise<KeyedRecipient[]> {
  const covered = new Set(regional.map((r) => r.key));
  const uncovered = [...new Set(keys)].filter((k) => !covered.has(k));
  const platform = uncovered.length > 0 ? await listPlatformAdministrators(db) : [];
  const all = [...regional, ...uncovered.flatMap((key) => platform.map((p) => ({ key, ...p })))];
  return all.sort((a, b) => (a.email < b.email ? -1 : a.email > b.email ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/**
 * For each organisation (in the directory), its administrators: the regional administrators of the regions of its
 * home municipality (or, without one, of its published activities' municipalities), else the platform
 * administrators. One row per organisation and person, ordered by address then organisation.
 */
export async function listAdministratorsForOrganizations(db: Database, organizationIds: string[]): Promise<OrganizationAdministrator[]> {
  if (organizationIds.length === 0) return [];
  const rows = await regionalElsePlatform(db, organizationIds, await listRegionalAdministratorsOfOrganizations(db, organizationIds));
  return rows.map(({ key, userId, email, lang }) => ({ organizationId: key, userId, email, lang }));
}

/**
 * The administrators of something known by the municipalities it concerns (a submission, whose organisation may not
 * be in the directory yet): the regional administrators of every region containing one of them, else the platform
 * administrators. One row per person, ordered by address.
 */
export async function listAdministratorsForMunicipalities(db: Database, municipalityCodes: string[]): Promise<MailRecipient[]> {
  const rows = await regionalElsePlatform(db, [''], await listRegionalAdministratorsOfMunicipalities(db, municipalityCodes));
  return rows.map(({ userId, email, lang }) => ({ userId, email, lang }));
}
