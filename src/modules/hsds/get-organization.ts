import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid } from '../../platform/ids.js';
import { findOrganizations } from './hsds.repo.js';
import { loadOrganizationParts } from './load-organization-parts.js';
import { toOrganizationFull, type Json } from './to-hsds.js';

/** GET /organizations/{id}: one fully nested public organisation with its services; null for unknown, unpublished or malformed ids. */
export async function getOrganization({ db, id, lang, fullService }: { db: Database; id: string; lang: Lang; fullService: boolean }): Promise<Json | null> {
  if (!isUuid(id)) return null;
  const [organization] = await findOrganizations(db, [id.toLowerCase()]);
  if (!organization) return null;
  const parts = await loadOrganizationParts({ db, organizations: [organization], fullServices: fullService, lang });
  return toOrganizationFull(organization, parts.get(organization.id)!, lang);
}
