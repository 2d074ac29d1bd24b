import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { termId } from '../reference/load-reference-data.js';
import { emptyCounts, type ActivityGraph, type ActivityInput, type OrganizationGraph, type OrganizationInput } from './organization-graph.js';
import { saveOrganizationGraph } from './save-organization-graph.js';

/**
 * A small, fictional directory for the directory's tests: organisations in several states, names that test A–Ö
 * order (Z, Å, Ä, Ö), a parent with a local branch, activities with schedules, places and contacts.
 */
export const F = {
  umbrella: stableId('dir-fixture-org', 'umbrella'),
  branch: stableId('dir-fixture-org', 'branch'),
  zeta: stableId('dir-fixture-org', 'zeta'),
  abo: stableId('dir-fixture-org', 'abo'),
  aane: stableId('dir-fixture-org', 'aane'),
  over: stableId('dir-fixture-org', 'over'),
  helsinki: stableId('dir-fixture-org', 'helsinki'),
  draft: stableId('dir-fixture-org', 'draft'),
  archived: stableId('dir-fixture-org', 'archived'),
  peerGroup: stableId('dir-fixture-act', 'peer-group'),
  chat: stableId('dir-fixture-act', 'chat'),
  draftActivity: stableId('dir-fixture-act', 'draft'),
  draftOrgActivity: stableId('dir-fixture-act', 'draft-org'),
  umbrellaLine: stableId('dir-fixture-act', 'umbrella-line'),
  helsinkiGroup: stableId('dir-fixture-act', 'helsinki-group'),
  branchLocation: stableId('dir-fixture-loc', 'branch'),
} as const;

function activity(id: string, name: string, extra: Partial<Omit<ActivityGraph, 'activity'>> & { activity?: Partial<Omit<ActivityInput, 'id' | 'name_fi'>> } = {}): ActivityGraph {
  return {
    municipalityCodes: [],
    termIds: [],
    places: [],
    schedules: [],
    contacts: [],
    ...extra,
    activity: { id, name_fi: name, description_fi: `${name}: kuvaus.`, status: 'published', last_checked: '2026-09-15', ...extra.activity },
  };
}

function org(id: string, name: string, extra: Partial<Omit<OrganizationGraph, 'organization'>> & { organization?: Partial<Omit<OrganizationInput, 'id' | 'name_fi'>> } = {}): OrganizationGraph {
  return {
    contacts: [],
    locations: [],
    activities: [],
    ...extra,
    organization: { id, name_fi: name, status: 'published', last_checked: '2026-10-01', social_links: [], ...extra.organization },
  };
}

export function directoryFixture(): OrganizationGraph[] {
  return [
    org(F.umbrella, 'Valtakunnallinen Omaisliitto ry', {
      organization: { kind: 'umbrella', business_id: '0000001-9', website: 'https://omaisliitto.example.org', municipality_code: '091', city: 'Helsinki' },
      activities: [
        activity(F.umbrellaLine, 'Omaisten neuvontapuhelin', {
          activity: { nationwide: true, remote: true, languages: ['fi', 'sv'], phone: '+358 40 0000 111' },
          termIds: [termId('support', 'neuvonta'), termId('target', 'omaiset')],
          schedules: [{ id: stableId('dir-fixture-sch', 'line'), freq: 'WEEKLY', byday: 'MO,WE', opens_at: '09:00', closes_at: '15:00', attending_type: 'phone' }],
        }),
      ],
    }),
    org(F.branch, 'Esimerkkikylän Omaisyhdistys ry', {
      organization: {
        name_sv: 'Exempelby anhörigförening rf',
        alternate_name: 'Omaiset ry',
        kind: 'local_branch',
        parent_id: F.umbrella,
        business_id: '1234567-1',
        description_fi: 'Tuemme omaishoitajia Kuopiossa ja Siilinjärvellä.\n\nToinen kappale vain kaikissa tiedoissa.',
        description_sv: 'Vi stöder närståendevårdare i Kuopio.',
        description_en: 'We support family carers in Kuopio.',
        plain_summary_fi: 'Autamme ihmisiä, jotka hoitavat läheistään.',
        website: 'https://omaisyhdistys.example.org/',
        email: 'toimisto@example.org',
        phone: '+358 40 0000 123',
        street_address: 'Esimerkkikatu 1',
        postal_code: '70100',
        city: 'Kuopio',
        municipality_code: '297',
        social_links: [{ label: 'Facebook', url: 'https://facebook.example.org/omaisyhdistys' }],
        accepts_new_participants: true,
        year_incorporated: 1998,
      },
      contacts: [{ id: stableId('dir-fixture-contact', 'boss'), name: 'Testi Toiminnanjohtaja', title: 'toiminnanjohtaja', email: 'johtaja@example.org', phone: '+358 40 0000 124' }],
      locations: [
        { id: F.branchLocation, name: 'Yhdistyksen olohuone', street_address: 'Esimerkkikatu 1', postal_code: '70100', city: 'Kuopio', municipality_code: '297', accessibility_fi: 'Esteetön sisäänkäynti pihan puolelta.' },
      ],
      activities: [
        activity(F.peerGroup, 'Omaishoitajien vertaisryhmä', {
          activity: {
            name_sv: 'Kamratgrupp för närståendevårdare',
            description_sv: 'En grupp för närståendevårdare.',
            languages: ['fi', 'sv'],
            how_to_join: 'registration',
            application_process_fi: 'Ilmoittaudu puhelimitse.',
            free_of_charge: false,
            fees_description_fi: 'Kahvimaksu 2 €.',
            accessibility_fi: 'Induktiosilmukka.',
            schedule_fi: 'Ei kokoontumisia heinäkuussa.',
            minimum_age: 18,
          },
          municipalityCodes: ['297', '749'],
          termIds: [termId('need', 'omaishoito'), termId('support', 'vertaistuki'), termId('target', 'omaiset')],
          places: [{ id: stableId('dir-fixture-sal', 'peer'), locationId: F.branchLocation }],
          schedules: [
            { id: stableId('dir-fixture-sch', 'monthly'), freq: 'MONTHLY', byday: '1TU', opens_at: '17:00', closes_at: '19:00' },
            { id: stableId('dir-fixture-sch', 'weekly'), freq: 'WEEKLY', byday: 'TU', opens_at: '17:00', closes_at: '19:00', description_fi: 'Kahvit alkaen 16.30.' },
          ],
          contacts: [{ id: stableId('dir-fixture-contact', 'peer'), name: 'Testi Ryhmänohjaaja', email: 'ryhma@example.org' }],
        }),
        activity(F.chat, 'Omaisten chat', { activity: { remote: true, nationwide: true }, termIds: [termId('support', 'keskusteluapu')] }),
        activity(F.draftActivity, 'Luonnosryhmä', { activity: { status: 'draft' }, municipalityCodes: ['297'] }),
      ],
    }),
    org(F.zeta, 'Zeta-klubi ry', { organization: { municipality_code: '749', city: 'Siilinjärvi' } }),
    org(F.abo, 'Åbo Stödförening rf', { organization: { municipality_code: '853', city: 'Turku' } }),
    org(F.aane, 'Äänekosken Ystävät ry', { organization: { municipality_code: '992', city: 'Äänekoski', website: 'javascript:alert(1)' } }),
    org(F.over, 'Övernäsin Kyläyhdistys ry', { organization: { municipality_code: '478', city: 'Maarianhamina' } }),
    org(F.helsinki, 'Helsingin Tukiyhdistys ry', {
      organization: { municipality_code: '091', city: 'Helsinki' },
      activities: [activity(F.helsinkiGroup, 'Kuopion kävelyryhmä', { municipalityCodes: ['297'], termIds: [termId('support', 'liikunta')] })],
    }),
    org(F.draft, 'Luonnosjärjestö ry', {
      organization: { status: 'draft', municipality_code: '297' },
      activities: [activity(F.draftOrgActivity, 'Luonnosjärjestön ryhmä', { municipalityCodes: ['297'] })],
    }),
    org(F.archived, 'Arkistoitu Yhdistys ry', { organization: { status: 'archived', municipality_code: '297' } }),
  ];
}

export async function saveDirectoryFixture(db: Database): Promise<void> {
  const counts = emptyCounts();
  await db.transaction().execute(async (trx) => {
    for (const graph of directoryFixture()) await saveOrganizationGraph({ db: trx, graph, counts });
  });
}
