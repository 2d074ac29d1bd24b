import { stableId } from '../../platform/ids.js';
import { emptyActivity } from './draft.schema.js';
import type { ActivityDraft, OrganizationDraft } from './draft.types.js';

/**
 * A complete, valid draft of a fictional organisation in Kuopio (Pohjois-Savo), for tests. Every person, address
 * and number is made up. `key` varies the names and ids so several drafts can live in one database.
 */
export function validDraft(key = 'a'): OrganizationDraft {
  return {
    organization: {
      nameFi: `Testilän Vertaistuki ry ${key}`,
      nameSv: `Testilä Kamratstöd rf ${key}`,
      nameEn: '',
      businessId: '0112038-9',
      kind: 'association',
      descriptionFi: 'Yhdistys järjestää vertaistukea ja keskusteluapua Kuopion seudulla.',
      descriptionSv: '',
      descriptionEn: '',
      plainSummaryFi: 'Autamme, kun elämä on raskasta.',
      website: 'https://testila.example.org/',
      email: 'toimisto@testila.example.org',
      phone: '017 555 0100',
      streetAddress: 'Esimerkkikatu 1',
      postalCode: '70100',
      city: 'Kuopio',
      municipalityCode: '297',
      contactRequestEmail: 'yhteydenotot@testila.example.org',
      contactName: 'Toiminnanjohtaja Testi Henkilö',
      contactTitle: 'Toiminnanjohtaja',
      contactEmail: 'johtaja@testila.example.org',
      contactPhone: '040 555 0101',
      acceptsNewParticipants: true,
      maintainerEmails: [],
    },
    activities: [validActivity(key, 0)],
  };
}

export function validActivity(key: string, n: number): ActivityDraft {
  return {
    ...emptyActivity(stableId('test-draft-activity', `${key}:${n}`)),
    nameFi: `Mielenterveyden vertaisryhmä ${key}${n}`,
    descriptionFi: 'Ryhmä kokoontuu kerran viikossa. Mukaan voi tulla ilman ilmoittautumista.',
    needs: ['mielenterveys', 'masennus'],
    supports: ['vertaistuki'],
    targets: ['aikuiset'],
    municipalityCodes: ['297', '749'],
    languages: ['fi'],
    howToJoin: 'drop_in',
    applicationProcessFi: 'Tule paikalle.',
    scheduleFi: 'Tiistaisin klo 17–19.',
    placeName: 'Järjestötalo',
    streetAddress: 'Esimerkkikatu 1',
    postalCode: '70100',
    city: 'Kuopio',
    contactName: 'Ryhmänohjaaja',
    contactEmail: 'ryhma@testila.example.org',
    contactPhone: '040 555 0102',
  };
}
