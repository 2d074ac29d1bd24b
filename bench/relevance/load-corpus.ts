/**
 * Writes a collection's corpus into a migrated database through the directory's own write path
 * (saveOrganizationGraph), then builds the search index. Corpus ids are mapped to stable UUIDs.
 */
import type { Database } from '../../src/platform/db/database.js';
import { isUuid, stableId } from '../../src/platform/ids.js';
import { saveOrganizationGraph } from '../../src/modules/directory/save-organization-graph.js';
import { emptyCounts, type OrganizationGraph } from '../../src/modules/directory/organization-graph.js';
import { termId } from '../../src/modules/reference/load-reference-data.js';
import { rebuildSearchIndex } from '../../src/modules/search/rebuild-search-index.js';
import type { Corpus } from './collection.js';

export interface IdMap {
  activityUuid: Map<string, string>;
  activityId: Map<string, string>;
}

const toUuid = (kind: string, id: string): string => (isUuid(id) ? id.toLowerCase() : stableId(kind, id));

/**
 * Where the texts go: the text in the record's own `language` fills the primary (`*_fi`) columns unless a Finnish
 * translation is given, and also that language's own columns (`*_sv` / `*_en`); translations fill their columns.
 * This is what a Finnish-first directory holds when an organisation writes only in Swedish or English.
 */
export async function loadCorpus(db: Database, corpus: Corpus): Promise<IdMap> {
  const ids: IdMap = { activityUuid: new Map(), activityId: new Map() };
  const byOrg = new Map<string, Corpus['activities']>();
  for (const a of corpus.activities) {
    const list = byOrg.get(a.organizationId) ?? [];
    list.push(a);
    byOrg.set(a.organizationId, list);
  }
  await db.transaction().execute(async (trx) => {
    const counts = emptyCounts();
    for (const o of corpus.organizations) {
      const orgUuid = toUuid('bench-organization', o.id);
      const graph: OrganizationGraph = {
        organization: {
          id: orgUuid,
          name_fi: o.name,
          name_sv: o.nameSv ?? null,
          name_en: o.nameEn ?? null,
          kind: o.kind,
          description_fi: o.description,
          description_sv: o.language === 'sv' ? o.description : null,
          description_en: o.language === 'en' ? o.description : null,
          municipality_code: o.municipality ?? null,
          email: o.email ?? null,
          website: o.website ?? null,
          status: 'published',
          last_checked: o.lastChecked ?? null,
        },
        contacts: [],
        locations: [],
        activities: (byOrg.get(o.id) ?? []).map((a) => {
          const uuid = toUuid('bench-activity', a.id);
          ids.activityUuid.set(a.id, uuid);
          ids.activityId.set(uuid, a.id);
          const own = { name: a.name, description: a.description };
          const textIn = (l: 'fi' | 'sv' | 'en') => (a.language === l ? own : a.translations?.[l]);
          const fi = textIn('fi') ?? own;
          const sv = textIn('sv');
          const en = textIn('en');
          const languages = [a.language, ...(['fi', 'sv', 'en'] as const).filter((l) => l !== a.language && a.translations?.[l])];
          return {
            activity: {
              id: uuid,
              name_fi: fi.name,
              name_sv: sv?.name ?? null,
              name_en: en?.name ?? null,
              description_fi: fi.description,
              description_sv: sv?.description ?? null,
              description_en: en?.description ?? null,
              nationwide: a.nationwide,
              remote: a.remote,
              languages,
              status: 'published' as const,
              last_checked: a.lastChecked ?? null,
            },
            municipalityCodes: a.municipalities,
            termIds: [
              ...a.needs.map((c) => termId('need', c)),
              ...a.supports.map((c) => termId('support', c)),
              ...a.targets.map((c) => termId('target', c)),
            ],
            places: [],
            schedules: [],
            contacts: [],
          };
        }),
      };
      await saveOrganizationGraph({ db: trx, graph, counts });
    }
  });
  await rebuildSearchIndex({ db });
  return ids;
}
