import { termId } from '../../src/modules/reference/load-reference-data.js';

/**
 * The query mix of the speed benchmark: what people type and choose, as request paths. Each list is cycled through in
 * order by every connection, so every run sends the same mix. Kinds: inflected Finnish, compounds (both ways),
 * synonyms and lay words, typos, Swedish and English, text with filters, municipality, empty text with filters, paging.
 */
export interface BenchQuery {
  kind: string;
  path: string;
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/** The HSDS API: GET /api/hsds/services with `search` and its filters. */
export const API_QUERIES: BenchQuery[] = [
  { kind: 'plain', path: `/api/hsds/services?${q({ search: 'masennus' })}` },
  { kind: 'inflection', path: `/api/hsds/services?${q({ search: 'masentuneelle nuorelle' })}` },
  { kind: 'inflection', path: `/api/hsds/services?${q({ search: 'omaishoitajien vertaisryhmät' })}` },
  { kind: 'compound', path: `/api/hsds/services?${q({ search: 'mielenterveys' })}` },
  { kind: 'compound', path: `/api/hsds/services?${q({ search: 'syöpä vertaistuki' })}` },
  { kind: 'compound', path: `/api/hsds/services?${q({ search: 'vertaistukiryhmä' })}` },
  { kind: 'synonym', path: `/api/hsds/services?${q({ search: 'depressio' })}` },
  { kind: 'synonym', path: `/api/hsds/services?${q({ search: 'päihdeongelma' })}` },
  { kind: 'synonym', path: `/api/hsds/services?${q({ search: 'en jaksa' })}` },
  { kind: 'typo', path: `/api/hsds/services?${q({ search: 'omaishoitja' })}` },
  { kind: 'typo', path: `/api/hsds/services?${q({ search: 'masenus nuoret' })}` },
  { kind: 'swedish', path: `/api/hsds/services?${q({ search: 'stöd för närstående', lang: 'sv' })}` },
  { kind: 'english', path: `/api/hsds/services?${q({ search: 'peer support group', lang: 'en' })}` },
  { kind: 'municipality', path: `/api/hsds/services?${q({ search: 'yksinäisyys', municipality: '091' })}` },
  { kind: 'municipality', path: `/api/hsds/services?${q({ search: 'muistisairaus', municipality: '297' })}` },
  { kind: 'municipality', path: `/api/hsds/services?${q({ search: 'diabetes', municipality: '204' })}` },
  { kind: 'filter', path: `/api/hsds/services?${q({ search: 'ryhmä', taxonomy_term_id: termId('target', 'nuoret') })}` },
  { kind: 'empty+filter', path: `/api/hsds/services?${q({ municipality: '837' })}` },
  { kind: 'empty+filter', path: `/api/hsds/services?${q({ taxonomy_term_id: termId('need', 'yksinaisyys'), municipality: '564' })}` },
  { kind: 'paging', path: `/api/hsds/services?${q({ search: 'vertaistuki', page: '3', per_page: '20' })}` },
  { kind: 'paging', path: `/api/hsds/services?${q({ search: 'ruoka-apu', page: '2' })}` },
  { kind: 'prefix', path: `/api/hsds/services?${q({ search: 'kriisi' })}` },
];

/** The results page: GET /search (and /sv/search) with q and the form's filters; facets are counted on every request. */
export const PAGE_QUERIES: BenchQuery[] = [
  { kind: 'plain', path: `/search?${q({ q: 'masennus' })}` },
  { kind: 'inflection', path: `/search?${q({ q: 'masentuneelle nuorelle', municipality: '297' })}` },
  { kind: 'compound', path: `/search?${q({ q: 'mielenterveysyhdistys' })}` },
  { kind: 'compound', path: `/search?${q({ q: 'syöpä vertaistuki', municipality: '853' })}` },
  { kind: 'synonym', path: `/search?${q({ q: 'dementia' })}` },
  { kind: 'synonym', path: `/search?${q({ q: 'alkoholi', target: 'nuoret' })}` },
  { kind: 'typo', path: `/search?${q({ q: 'omaishoitja' })}` },
  { kind: 'typo', path: `/search?${q({ q: 'yksinäisyy' })}` },
  { kind: 'swedish', path: `/sv/search?${q({ q: 'stöd för närstående' })}` },
  { kind: 'english', path: `/en/search?${q({ q: 'loneliness', municipality: '091' })}` },
  { kind: 'filter', path: `/search?${q({ q: 'vertaistuki', need: 'syopa', support: 'vertaistuki' })}` },
  { kind: 'municipality', path: `/search?${q({ q: 'ystävätoiminta', municipality: '091' })}` },
  { kind: 'municipality', path: `/search?${q({ q: 'kuntosali ikäihmisille', municipality: '687' })}` },
  { kind: 'empty+filter', path: `/search?${q({ need: 'yksinaisyys', municipality: '091' })}` },
  { kind: 'empty+filter', path: `/search?${q({ support: 'keskusteluapu', municipality: 'remote' })}` },
  { kind: 'empty+filter', path: `/search?${q({ need: 'muistisairaus' })}` },
  { kind: 'paging', path: `/search?${q({ q: 'vertaistuki', page: '3' })}` },
  { kind: 'paging', path: `/search?${q({ q: 'ruoka-apu', municipality: '564', page: '2' })}` },
  { kind: 'sort', path: `/search?${q({ q: 'lapsiperheet', sort: 'name' })}` },
  { kind: 'prefix', path: `/search?${q({ q: 'kriisi' })}` },
];
