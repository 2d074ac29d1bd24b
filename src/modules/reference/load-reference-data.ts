import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { listMunicipalities } from './municipalities.js';
import { ensureRegion, upsertMunicipalities, upsertTaxonomy } from './reference.repo.js';
import { TAXONOMIES } from './taxonomies.data.js';

export const POHJOIS_SAVO_REGION_ID = 'pohjois-savo';

export function taxonomyId(slug: string): string {
  return stableId('taxonomy', slug);
}
export function termId(taxonomySlug: string, code: string): string {
  return stableId('taxonomy_term', `${taxonomySlug}:${code}`);
}

/**
 * Loads the reference data every installation needs: municipalities, the Pohjois-Savo region and the three
 * taxonomies. Idempotent: run at every start; existing taxonomy terms and regions are left as administrators left them.
 */
export async function loadReferenceData({ db }: { db: Database }): Promise<void> {
  const municipalities = listMunicipalities();
  await db.transaction().execute(async (trx) => {
    await upsertMunicipalities(trx, municipalities);
    await ensureRegion(trx, {
      id: POHJOIS_SAVO_REGION_ID,
      nameFi: 'Pohjois-Savo',
      nameSv: 'Norra Savolax',
      nameEn: 'North Savo',
      municipalityCodes: municipalities.filter((m) => m.maakuntaFi === 'Pohjois-Savo').map((m) => m.code),
    });
    for (const t of TAXONOMIES) {
      const id = taxonomyId(t.slug);
      await upsertTaxonomy(
        trx,
        { id, slug: t.slug, nameFi: t.fi, nameSv: t.sv, nameEn: t.en, descriptionFi: t.descriptionFi, descriptionEn: t.descriptionEn },
        t.terms.map((term, i) => ({
          id: termId(t.slug, term.code),
          taxonomyId: id,
          code: term.code,
          nameFi: term.fi,
          nameSv: term.sv,
          nameEn: term.en,
          synonymsFi: term.synonyms?.fi ?? [],
          synonymsSv: term.synonyms?.sv ?? [],
          synonymsEn: term.synonyms?.en ?? [],
          sortOrder: i,
        })),
      );
    }
  });
}
