import type { Database } from '../../platform/db/database.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import { POHJOIS_SAVO_REGION_ID } from '../reference/load-reference-data.js';
import { findRegionNames } from '../regions/regions.repo.js';
import { listMunicipalitiesWithRegion, listTermLabels } from './search.repo.js';

export interface Option {
  code: string;
  label: string;
}

export interface SearchOptions {
  need: Option[];
  support: Option[];
  target: Option[];
  /** The home region's municipalities first (its name as the group label), then all the others; A–Ö each. */
  region: { name: string; municipalities: Option[] };
  otherMunicipalities: Option[];
}

/**
 * Choices of the search form and labels of the chips: taxonomy terms in taxonomy order, municipalities A–Ö. `scoped`
 * (a region's portal): the region's municipalities only, no others.
 */
export async function listSearchOptions({ db, lang, regionId = POHJOIS_SAVO_REGION_ID, scoped = false }: { db: Database; lang: Lang; regionId?: string; scoped?: boolean }): Promise<SearchOptions> {
  const [terms, municipalities, region] = await Promise.all([
    listTermLabels(db, lang),
    listMunicipalitiesWithRegion(db, regionId),
    findRegionNames(db, regionId),
  ]);
  const bySlug = (slug: string) => terms.filter((t) => t.slug === slug).map((t) => ({ code: t.code, label: t.label }));
  const compare = collator(lang).compare;
  const toOption = (m: (typeof municipalities)[number]) => ({ code: m.code, label: lang === 'sv' ? m.nameSv : m.nameFi });
  const sorted = (list: Option[]) => list.sort((a, b) => compare(a.label, b.label));
  return {
    need: bySlug('need'),
    support: bySlug('support'),
    target: bySlug('target'),
    region: {
      name: region ? pick(lang, region.nameFi, region.nameSv, region.nameEn) : '',
      municipalities: sorted(municipalities.filter((m) => m.inRegion).map(toOption)),
    },
    otherMunicipalities: scoped ? [] : sorted(municipalities.filter((m) => !m.inRegion).map(toOption)),
  };
}
