import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { findCentreBulletin, findStaffGroup, insertBulletin, insertStaffGroup } from './bulletins.repo.js';
import { centreExists } from './centres.repo.js';
import { organizationIdsByFinnishName } from './materials.repo.js';
import { findScreen, insertScreen } from './screens.repo.js';

/**
 * The demo's staff groups, screens and a bulletin (fictional, `*.invalid` addresses): each demo centre keeps staff
 * groups with topics; the Kuopio centre has two named info screens (without addresses: a liaison makes them, a
 * secret is never part of the demo); a demo organisation's bulletin waits at both centres for the liaisons.
 * What exists is left as it is.
 */
const GROUPS: { key: string; centre: string; name: string; topics: string[]; emails: string[] }[] = [
  { key: 'kallavesi-families', centre: 'kallavesi', name: 'Lapsiperheiden palvelut', topics: ['children_families'], emails: ['neuvola.kallavesi@demo.tarjotin.invalid', 'perhetyo.kallavesi@demo.tarjotin.invalid'] },
  { key: 'kallavesi-mental', centre: 'kallavesi', name: 'Mielenterveys- ja päihdepalvelut', topics: ['mental_health_substance', 'loneliness'], emails: ['mtp.kallavesi@demo.tarjotin.invalid'] },
  { key: 'kallavesi-older', centre: 'kallavesi', name: 'Ikäihmisten palvelut', topics: ['older_people', 'caregivers', 'loneliness'], emails: ['kotihoito.kallavesi@demo.tarjotin.invalid'] },
  { key: 'iisalmi-families', centre: 'iisalmi', name: 'Perhekeskuksen työntekijät', topics: ['children_families', 'mental_health_substance', 'immigrants'], emails: ['perhekeskus.iisalmi@demo.tarjotin.invalid'] },
];

export async function addDemoBulletins(db: Database, today: string): Promise<void> {
  const centreIds = { kallavesi: stableId('demo-centre', 'kallavesi'), iisalmi: stableId('demo-centre', 'iisalmi') } as Record<string, string>;
  const present: string[] = [];
  for (const [key, id] of Object.entries(centreIds)) if (await centreExists(db, id)) present.push(key);
  for (const g of GROUPS) {
    const id = stableId('demo-staff-group', g.key);
    const centreId = centreIds[g.centre]!;
    if (!present.includes(g.centre) || (await findStaffGroup(db, { id, centreId }))) continue;
    await insertStaffGroup(db, { id, centreId, name: g.name, topics: g.topics, emails: g.emails });
  }
  if (present.includes('kallavesi')) {
    for (const name of ['Aula', 'Odotustila 2']) {
      const id = stableId('demo-screen', `kallavesi-${name}`);
      if (!(await findScreen(db, { id, centreId: centreIds.kallavesi! }))) await insertScreen(db, { id, centreId: centreIds.kallavesi!, name, tokenHash: null });
    }
  }
  const kuopio = (await organizationIdsByFinnishName(db, ['Kuopion Mielenterveysyhdistys ry'])).get('Kuopion Mielenterveysyhdistys ry');
  const bulletinId = stableId('demo-bulletin', 'olohuone');
  if (!kuopio || present.length === 0 || (await findCentreBulletin(db, { bulletinId, centreId: centreIds[present[0]!]! }))) return;
  await insertBulletin(
    db,
    {
      id: bulletinId,
      organizationId: kuopio,
      activityId: null,
      title: 'Olohuone-illat jatkuvat – ohjatkaa asiakkaita',
      body: 'Kuopion Mielenterveysyhdistyksen olohuone-illat jatkuvat tiistaisin klo 17–19. Ilta on maksuton ja avoin kaikille, eikä siihen tarvitse ilmoittautua.\n\nVoitte kertoa illasta asiakkaille, jotka kaipaavat seuraa tai vertaistukea. Lisätietoa: https://example.org/olohuone',
      topics: ['mental_health_substance', 'loneliness'],
      lang: 'fi',
      sentBy: null,
    },
    present.map((k) => centreIds[k]!),
    new Date(`${today}T07:00:00Z`),
  );
}
