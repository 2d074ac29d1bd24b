import type { Database } from '../../platform/db/database.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { invalidInput } from '../../platform/errors.js';
import { stableId } from '../../platform/ids.js';
import type { RegionInput } from './regions.schema.js';
import { knownMunicipalityCodes, municipalitiesOfOtherRegions, type RegionWithMunicipalities } from './regions.repo.js';

/**
 * Shared by create-region.ts and update-region.ts (inside their transaction): the row from the form, the names in
 * Swedish and English falling back to Finnish, and the municipality checks — each known, and none in another region
 * (a municipality belongs to one region at most: review, administrators' scope and the portal's search route by it).
 */
export async function regionFromInput(trx: Database, id: string, input: RegionInput): Promise<RegionWithMunicipalities> {
  const known = await knownMunicipalityCodes(trx, input.municipalities);
  if (known.length !== input.municipalities.length) throw invalidInput({ municipalities: 'regions.error.municipalities' });
  const taken = await municipalitiesOfOtherRegions(trx, id, input.municipalities);
  if (taken.length > 0) throw invalidInput({ municipalities: 'regions.error.municipalitiesTaken' });
  return {
    id,
    nameFi: input.nameFi,
    nameSv: input.nameSv || input.nameFi,
    nameEn: input.nameEn || input.nameFi,
    introFi: input.introFi,
    introSv: input.introSv,
    introEn: input.introEn,
    accentColor: input.accentColor,
    logoText: input.logoText,
    municipalityCodes: [...input.municipalities].sort(),
  };
}

/** A region's id in the audit log (its subject ids are uuids): derived from the slug, the same every time. */
export function regionAuditId(slug: string): string {
  return stableId('region', slug);
}

/** The audit entry of a region's creation or change: the look and the municipalities, no personal data. */
export async function auditRegion(trx: Database, actor: SessionUser, action: 'region.create' | 'region.update', region: RegionWithMunicipalities, before?: RegionWithMunicipalities): Promise<void> {
  await recordAudit(trx, {
    actorId: actor.id,
    action,
    subjectType: 'region',
    subjectId: regionAuditId(region.id),
    detail: {
      slug: region.id,
      names: [region.nameFi, region.nameSv, region.nameEn],
      accentColor: region.accentColor,
      logoText: region.logoText,
      municipalities: region.municipalityCodes,
      ...(before
        ? {
            added: region.municipalityCodes.filter((c) => !before.municipalityCodes.includes(c)),
            removed: before.municipalityCodes.filter((c) => !region.municipalityCodes.includes(c)),
            accentColorBefore: before.accentColor,
          }
        : {}),
    },
  });
}
