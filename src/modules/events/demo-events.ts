import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { findEvent, insertEvent, listMaintainedOrganizations, termIdsOf, updateEventTimes, type EventFields } from './events.repo.js';
import { instantOf } from './helsinki-time.js';
import { lastEndOf, rruleFor, type Repeat } from './recurrence.js';

/**
 * The demo's events (issue 13 item 5): a few upcoming, fictional events in each demo region — one recurring and one
 * remote in each — with dates counted from the day the demo is loaded, so they stay upcoming; loading again moves
 * an event that is already over and leaves the rest (and any administrator's edits) alone. One event is sent by the
 * demo maintainer's organisation and awaits approval, so that the regional administrator's list has something in it.
 * Addresses are fictional (`.invalid`, `example.org`).
 */

interface DemoEvent {
  key: string;
  names: [string, string, string];
  descriptions: [string, string, string];
  day: number;
  start: string;
  end: string;
  repeat?: { kind: Repeat; days: number };
  attendance: EventFields['attendance'];
  place?: { name: string; street: string; postalCode: string; city: string };
  onlineUrl?: string;
  municipalities: string[];
  price?: string;
  languages: string[];
  audience: string[];
  needs: string[];
  accessibility?: string;
  registration?: { kind: 'link' | 'email'; value: string };
  organizer: string;
  contactEmail: string;
  /** Sent by the demo maintainer's organisation, awaiting approval. */
  pending?: boolean;
}

const EVENTS: DemoEvent[] = [
  {
    key: 'pohjois-savo:omaishoitajat',
    names: ['Omaishoitajien vertaisryhmä', 'Kamratgrupp för närståendevårdare', 'Peer group for family carers'],
    descriptions: [
      'Kokoonnumme joka tiistai jakamaan kokemuksia ja vinkkejä arjen jaksamiseen. Ryhmää ohjaa koulutettu vertaisohjaaja. Mukaan voi tulla kesken kauden.',
      'Vi träffas varje tisdag för att dela erfarenheter och tips för att orka i vardagen. Gruppen leds av en utbildad kamratledare.',
      'We meet every Tuesday to share experiences and tips for coping in everyday life. A trained peer leader guides the group.',
    ],
    day: 2,
    start: '17:30',
    end: '19:00',
    repeat: { kind: 'weekly', days: 150 },
    attendance: 'on_site',
    place: { name: 'Järjestötalo Kaari', street: 'Kauppakatu 40', postalCode: '70110', city: 'Kuopio' },
    municipalities: ['297'],
    languages: ['fi'],
    audience: ['omaiset'],
    needs: ['omaishoito'],
    accessibility: 'Esteetön sisäänkäynti sisäpihalta, hissi toiseen kerrokseen, induktiosilmukka.',
    organizer: 'Savon omaishoitajat (kuvitteellinen)',
    contactEmail: 'ryhmat@demo.tarjotin.invalid',
  },
  {
    key: 'pohjois-savo:uniluento',
    names: ['Etäluento: Uni ja jaksaminen', 'Distansföreläsning: Sömn och ork', 'Online talk: Sleep and coping'],
    descriptions: [
      'Unitutkija kertoo, miten stressi vaikuttaa uneen ja mitä itse voi tehdä paremman unen eteen. Luennon jälkeen on aikaa kysymyksille chatissa.',
      'En sömnforskare berättar hur stress påverkar sömnen och vad man själv kan göra. Efter föreläsningen finns tid för frågor i chatten.',
      'A sleep researcher explains how stress affects sleep and what you can do yourself. Questions in the chat afterwards.',
    ],
    day: 9,
    start: '18:00',
    end: '19:30',
    attendance: 'remote',
    onlineUrl: 'https://tapahtumat.example.org/uni-ja-jaksaminen',
    municipalities: ['297', '140', '915', '749'],
    languages: ['fi'],
    audience: [],
    needs: ['masennus', 'mielenterveys'],
    registration: { kind: 'link', value: 'https://tapahtumat.example.org/ilmoittaudu/uni' },
    organizer: 'Pohjois-Savon mielenterveysseura (kuvitteellinen)',
    contactEmail: 'luennot@demo.tarjotin.invalid',
  },
  {
    key: 'pohjois-savo:jarjestotori',
    names: ['Järjestötori Iisalmessa', 'Organisationstorg i Idensalmi', 'NGO fair in Iisalmi'],
    descriptions: [
      'Alueen yhdistykset esittäytyvät torilla: vertaistukea, harrastuksia ja vapaaehtoistyötä. Kahvitarjoilu ja lapsille omaa ohjelmaa.',
      'Regionens föreningar presenterar sig på torget: kamratstöd, fritid och frivilligarbete.',
      'The region’s associations present themselves at the market square: peer support, hobbies and volunteering.',
    ],
    day: 23,
    start: '10:00',
    end: '14:00',
    attendance: 'on_site',
    place: { name: 'Kauppatori', street: 'Savonkatu 20', postalCode: '74100', city: 'Iisalmi' },
    municipalities: ['140'],
    languages: ['fi', 'en'],
    audience: ['perheet'],
    needs: [],
    accessibility: 'Ulkotapahtuma, tasainen kiveys.',
    organizer: 'Ylä-Savon järjestöverkosto (kuvitteellinen)',
    contactEmail: 'tori@demo.tarjotin.invalid',
  },
  {
    key: 'pohjois-savo:avoimet-ovet',
    names: ['Avoimet ovet kohtaamispaikassa', 'Öppet hus på mötesplatsen', 'Open house at the drop-in centre'],
    descriptions: ['Tule tutustumaan kohtaamispaikan toimintaan ja vapaaehtoisiin. Pullakahvit.', '', ''],
    day: 16,
    start: '12:00',
    end: '15:00',
    attendance: 'on_site',
    place: { name: 'Kohtaamispaikka Tupa', street: 'Minna Canthin katu 10', postalCode: '70100', city: 'Kuopio' },
    municipalities: ['297'],
    languages: ['fi'],
    audience: [],
    needs: [],
    organizer: 'Demoyhdistys',
    contactEmail: 'yhdistys@demo.tarjotin.invalid',
    pending: true,
  },
  {
    key: 'kanta-hame:muistikahvila',
    names: ['Muistikahvila', 'Minneskafé', 'Memory café'],
    descriptions: [
      'Muistisairaiden ihmisten ja heidän läheistensä kohtaamispaikka kerran kuussa. Jokaisella kerralla lyhyt alustus ja aikaa keskustella.',
      'En mötesplats för personer med minnessjukdom och deras närstående en gång i månaden.',
      'A monthly meeting place for people with memory disorders and their families.',
    ],
    day: 6,
    start: '13:00',
    end: '15:00',
    repeat: { kind: 'monthly', days: 200 },
    attendance: 'on_site',
    place: { name: 'Kulttuurikeskus Verkatehdas, kokoushuone', street: 'Paasikiventie 2', postalCode: '13200', city: 'Hämeenlinna' },
    municipalities: ['109'],
    languages: ['fi', 'sv'],
    audience: ['ikaihmiset', 'omaiset'],
    needs: ['muistisairaus'],
    accessibility: 'Esteetön, pyörätuolipaikkoja, induktiosilmukka.',
    organizer: 'Hämeen muistiyhdistys (kuvitteellinen)',
    contactEmail: 'muisti@demo.tarjotin.invalid',
  },
  {
    key: 'kanta-hame:vanhempainilta',
    names: ['Etäilta nuorten vanhemmille', 'Distanskväll för föräldrar till unga', 'Online evening for parents of teenagers'],
    descriptions: [
      'Miten tukea nuorta, joka vetäytyy? Nuorisotyöntekijä ja kokemusasiantuntija keskustelevat, ja voit kysyä nimettömästi.',
      'Hur stöder man en ung som drar sig undan? Samtal mellan en ungdomsarbetare och en erfarenhetsexpert.',
      'How to support a teenager who withdraws? A youth worker and an expert by experience talk; ask anonymously.',
    ],
    day: 12,
    start: '18:30',
    end: '20:00',
    attendance: 'remote',
    onlineUrl: 'https://tapahtumat.example.org/nuorten-vanhemmat',
    municipalities: ['109', '061', '694', '165', '082', '086', '103', '169', '433', '834', '981'],
    languages: ['fi'],
    audience: ['perheet', 'nuoret'],
    needs: [],
    registration: { kind: 'email', value: 'ilmoittautumiset@demo.tarjotin.invalid' },
    organizer: 'Kanta-Hämeen perhejärjestöt (kuvitteellinen)',
    contactEmail: 'perheet@demo.tarjotin.invalid',
  },
  {
    key: 'kanta-hame:ulkoilupaiva',
    names: ['Yhteinen ulkoilupäivä Forssassa', 'Gemensam friluftsdag i Forssa', 'Outdoor day in Forssa'],
    descriptions: [
      'Kävelemme rauhallisesti järven ympäri (3 km), ja matkan varrella on makkaranpaistoa. Sopii kaikenikäisille.',
      'Vi promenerar lugnt runt sjön (3 km). Passar alla åldrar.',
      'A gentle 3 km walk around the lake with a barbecue on the way. For all ages.',
    ],
    day: 19,
    start: '11:00',
    end: '14:00',
    attendance: 'on_site',
    place: { name: 'Saksanlammen uimaranta', street: 'Saksankatu 1', postalCode: '30100', city: 'Forssa' },
    municipalities: ['061'],
    price: '2 € (makkara ja mehu)',
    languages: ['fi'],
    audience: [],
    needs: [],
    organizer: 'Forssan seudun liikuntaystävät (kuvitteellinen)',
    contactEmail: 'ulkoilu@demo.tarjotin.invalid',
  },
];

function dayAfter(today: string, days: number): string {
  const d = new Date(`${today}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Adds the demo events (idempotent; an event already over is moved ahead again). `today`: YYYY-MM-DD in Finland. */
export async function addDemoEvents(db: Database, today: string): Promise<void> {
  const maintained = await listMaintainedOrganizations(db, stableId('demo-user', 'yhdistys'));
  for (const e of EVENTS) {
    const id = stableId('demo-event', e.key);
    const startsAt = instantOf(dayAfter(today, e.day), e.start)!;
    const endsAt = instantOf(dayAfter(today, e.day), e.end)!;
    const rrule = e.repeat ? rruleFor(e.repeat.kind, startsAt, instantOf(dayAfter(today, e.day + e.repeat.days), '23:59')!) : null;
    const timed = { startsAt, endsAt, rrule, lastEndsAt: lastEndOf({ startsAt, endsAt, rrule }) };
    const existing = await findEvent(db, id);
    if (existing) {
      if (existing.lastEndsAt.getTime() < Date.now()) await updateEventTimes(db, id, timed);
      continue;
    }
    const organizationId = e.pending ? (maintained[0]?.id ?? null) : null;
    if (e.pending && !organizationId) continue;
    await insertEvent(db, {
      id,
      organizationId,
      nameFi: e.names[0],
      nameSv: e.names[1],
      nameEn: e.names[2],
      descriptionFi: e.descriptions[0],
      descriptionSv: e.descriptions[1],
      descriptionEn: e.descriptions[2],
      ...timed,
      attendance: e.attendance,
      placeName: e.place?.name ?? '',
      streetAddress: e.place?.street ?? '',
      postalCode: e.place?.postalCode ?? '',
      city: e.place?.city ?? '',
      onlineUrl: e.onlineUrl ?? null,
      freeOfCharge: !e.price,
      price: e.price ?? '',
      languages: e.languages,
      accessibility: e.accessibility ?? '',
      registration: e.registration?.kind ?? 'none',
      registrationUrl: e.registration?.kind === 'link' ? e.registration.value : null,
      registrationEmail: e.registration?.kind === 'email' ? e.registration.value : null,
      organizerName: e.pending ? (maintained[0]?.nameFi ?? e.organizer) : e.organizer,
      contactEmail: e.contactEmail,
      contactPhone: null,
      status: 'scheduled',
      reviewStatus: e.pending ? 'pending' : 'approved',
      createdBy: null,
      reviewedBy: null,
      municipalityCodes: e.municipalities,
      termIds: await termIdsOf(db, [
        { slug: 'need', codes: e.needs },
        { slug: 'target', codes: e.audience },
      ]),
    });
  }
}
