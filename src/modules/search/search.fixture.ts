import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { emptyCounts, type ActivityGraph, type OrganizationGraph } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { termId } from '../reference/load-reference-data.js';
import { rebuildSearchIndex } from './rebuild-search-index.js';

/**
 * A small, fixed directory for the search tests (fictional organisations, no real people): nine public activities,
 * plus a draft activity, an archived activity and an archived organisation that must never be found.
 */
export const fx = {
  org: { omaiset: stableId('sfx-org', 'omaiset'), mieli: stableId('sfx-org', 'mieli'), closed: stableId('sfx-org', 'closed') },
  act: {
    omaisryhma: stableId('sfx-act', 'omaisryhma'),
    muistikahvila: stableId('sfx-act', 'muistikahvila'),
    luonnos: stableId('sfx-act', 'luonnos'),
    masennusryhma: stableId('sfx-act', 'masennusryhma'),
    kriisipuhelin: stableId('sfx-act', 'kriisipuhelin'),
    aitien: stableId('sfx-act', 'aitien'),
    oinen: stableId('sfx-act', 'oinen'),
    zumba: stableId('sfx-act', 'zumba'),
    aland: stableId('sfx-act', 'aland'),
    svenska: stableId('sfx-act', 'svenska'),
    arkisto: stableId('sfx-act', 'arkisto'),
    vanha: stableId('sfx-act', 'vanha'),
  },
};

export const KUOPIO = '297';
export const SIILINJARVI = '749';
export const HELSINKI = '091';

type Terms = { need?: string[]; support?: string[]; target?: string[] };

function activity(id: string, fields: Partial<ActivityGraph['activity']> & { name_fi: string }, terms: Terms, municipalityCodes: string[]): ActivityGraph {
  return {
    activity: { id, status: 'published', last_checked: '2026-09-15', ...fields },
    municipalityCodes,
    termIds: [
      ...(terms.need ?? []).map((c) => termId('need', c)),
      ...(terms.support ?? []).map((c) => termId('support', c)),
      ...(terms.target ?? []).map((c) => termId('target', c)),
    ],
    places: [],
    schedules: [],
    contacts: [],
  };
}

export function searchFixture(): OrganizationGraph[] {
  return [
    {
      organization: { id: fx.org.omaiset, name_fi: 'Kuopion Omaishoitajat ry', name_sv: 'Kuopio närståendevårdare rf', description_fi: 'Paikallinen yhdistys.', status: 'published', last_checked: '2026-08-01', municipality_code: KUOPIO },
      contacts: [],
      locations: [],
      activities: [
        activity(
          fx.act.omaisryhma,
          { name_fi: 'Omaishoitajien vertaisryhmä', name_sv: 'Kamratgrupp för närståendevårdare', description_fi: 'Vertaistukea kerran kuussa. Kahvitarjoilu ja hyvää seuraa.' },
          { need: ['omaishoito'], support: ['vertaistuki'], target: ['omaiset'] },
          [KUOPIO, SIILINJARVI],
        ),
        activity(
          fx.act.muistikahvila,
          { name_fi: 'Muistikahvila', description_fi: 'Muistisairaiden ja läheisten kohtaamispaikka. Omaishoitaja on myös tervetullut.', last_checked: null },
          { need: ['muistisairaus'], support: ['ryhmatoiminta'], target: ['ikaihmiset', 'omaiset'] },
          [KUOPIO],
        ),
        activity(fx.act.luonnos, { name_fi: 'Luonnos: omaishoitajien retki', status: 'draft' }, { need: ['omaishoito'] }, [KUOPIO]),
      ],
    },
    {
      organization: { id: fx.org.mieli, name_fi: 'Mielenterveysseura Esimerkki ry', description_fi: 'Mielenterveyden tukea koko Suomessa.', status: 'published', last_checked: '2026-07-01' },
      contacts: [],
      locations: [],
      activities: [
        activity(
          fx.act.masennusryhma,
          { name_fi: 'Masennusryhmä nuorille aikuisille', description_fi: 'Ryhmä masentuneille nuorille, ohjaajana kokemusasiantuntija.' },
          { need: ['masennus'], support: ['vertaistuki'], target: ['nuoret'] },
          [KUOPIO],
        ),
        activity(
          fx.act.kriisipuhelin,
          { name_fi: 'Valtakunnallinen kriisipuhelin', name_en: 'National crisis line', description_fi: 'Auttava puhelin ympäri vuorokauden.', nationwide: true, remote: true },
          { need: ['kriisi', 'masennus'], support: ['keskusteluapu', 'kriisiapu'], target: ['aikuiset'] },
          [],
        ),
        activity(
          fx.act.aitien,
          { name_fi: 'Äitien vertaisryhmä', description_fi: 'Vauvaperheiden äideille.' },
          { need: ['perhe'], support: ['vertaistuki'], target: ['naiset'] },
          [SIILINJARVI],
        ),
        activity(
          fx.act.oinen,
          { name_fi: 'Öinen chat', description_fi: 'Keskustelua yöllä verkossa.', remote: true },
          { need: ['yksinaisyys'], support: ['keskusteluapu'], target: ['nuoret'] },
          [],
        ),
        activity(
          fx.act.zumba,
          { name_fi: 'Zumba ikäihmisille', description_fi: 'Liikuntaa musiikin tahtiin.' },
          { need: ['terveys'], support: ['liikunta'], target: ['ikaihmiset'] },
          [KUOPIO],
        ),
        activity(
          fx.act.aland,
          { name_fi: 'Ålandsryhmä', name_sv: 'Ålandsgruppen', description_fi: 'Tapaamisia ahvenanmaalaisille.' },
          { need: ['kotoutuminen'], support: ['ryhmatoiminta'], target: ['aikuiset'] },
          [HELSINKI],
        ),
        activity(
          fx.act.svenska,
          { name_fi: 'Ruotsinkielinen omaisryhmä', name_sv: 'Stödgrupp för närstående', description_sv: 'Kamratstöd på svenska för anhöriga.' },
          { need: ['omaishoito'], support: ['vertaistuki'], target: ['omaiset'] },
          [HELSINKI],
        ),
        activity(fx.act.vanha, { name_fi: 'Vanha masennusryhmä', status: 'archived' }, { need: ['masennus'] }, [KUOPIO]),
      ],
    },
    {
      organization: { id: fx.org.closed, name_fi: 'Lakkautettu Yhdistys ry', status: 'archived' },
      contacts: [],
      locations: [],
      activities: [activity(fx.act.arkisto, { name_fi: 'Arkistoitu omaishoitajien ryhmä' }, { need: ['omaishoito'] }, [KUOPIO])],
    },
  ];
}

/** The public activities of the fixture. */
export const PUBLIC_ACTIVITIES = [
  fx.act.omaisryhma,
  fx.act.muistikahvila,
  fx.act.masennusryhma,
  fx.act.kriisipuhelin,
  fx.act.aitien,
  fx.act.oinen,
  fx.act.zumba,
  fx.act.aland,
  fx.act.svenska,
];

export async function loadSearchFixture(db: Database): Promise<void> {
  const counts = emptyCounts();
  await db.transaction().execute(async (trx) => {
    for (const graph of searchFixture()) await saveOrganizationGraph({ db: trx, graph, counts });
  });
  await rebuildSearchIndex({ db });
}
