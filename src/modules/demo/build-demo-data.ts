import type { Status } from '../../platform/db/schema.js';
import { stableId } from '../../platform/ids.js';
import { businessIdCheckDigit } from '../directory/business-id.js';
import { helsinkiDate } from '../freshness/freshness-dates.js';
import type { ActivityGraph, ContactInput, LocationInput, OrganizationGraph, ScheduleInput } from '../directory/organization-graph.js';
import { termId } from '../reference/load-reference-data.js';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import type { ActivityTemplate, OrgArchetype } from './demo-catalogue.types.js';
import { fictionalPhone, makePerson } from './demo-people.js';
import { LOCAL_PLAN, SINGLE_HOMES } from './demo-plan.js';
import { NEIGHBOURS, TOWN_STREETS, VILLAGE_STREETS, demoPlace, type DemoPlace } from './demo-places.js';
import { asciiSlug, choose, compose, daysBefore, fill, scheduleText } from './demo-text.js';
import { LOCAL_ARCHETYPES } from './local-archetypes.js';
import { Random } from './random.js';
import { SINGLE_ORGANIZATIONS } from './single-organizations.js';

/**
 * How long before the load day each organisation was last checked, as shares of the demo data. The bands follow the
 * default freshness settings (src/config.ts): under 182 days nothing happens yet, from 182 days the maintainers are
 * reminded, from 365 days the data is marked "may be out of date", from 548 days it leaves search. Most organisations
 * are fresh, spread over the whole half year so their reminders fall due a few at a time; some are due now, so the
 * reminder flow is there to see; a few (about 5 % as drawn) carry the mark; none is hidden on first start.
 */
export const DEMO_CHECKED_BANDS = [
  { share: 0.6, days: [0, 181] },
  { share: 0.34, days: [182, 364] },
  { share: 0.06, days: [365, 547] },
] as const;

/** An activity was last checked up to this many days before its organisation. */
const ACTIVITY_CHECKED_LAG_DAYS = 20;

/**
 * Days before the load day an organisation was last checked: a band by `u` (in [0, 1)), then a day in it. The
 * organisation's activities are up to ACTIVITY_CHECKED_LAG_DAYS older, and the oldest date is what the freshness
 * rules see, so the day leaves room for them within the band.
 */
function checkedDaysAgoFor(u: number, rng: Random): number {
  let from = 0;
  for (const band of DEMO_CHECKED_BANDS) {
    from += band.share;
    if (u < from) return rng.int(band.days[0], band.days[1] - ACTIVITY_CHECKED_LAG_DAYS);
  }
  const last = DEMO_CHECKED_BANDS[DEMO_CHECKED_BANDS.length - 1]!;
  return rng.int(last.days[0], last.days[1] - ACTIVITY_CHECKED_LAG_DAYS);
}

/** The day the demo data is loaded, in Finnish time (YYYY-MM-DD): every date in it is counted back from this day. */
export function demoLoadDay(now: Date = new Date()): string {
  return helsinkiDate(now);
}

const ACCESSIBILITY = [
  'Esteetön sisäänkäynti, hissi ja esteetön wc. Kokoustilassa on induktiosilmukka.',
  'Sisäänkäynnillä kaksi porrasta; siirrettävä luiska saatavilla pyydettäessä. Esteetön wc samassa kerroksessa.',
  'Tila on toisessa kerroksessa ilman hissiä. Ota yhteyttä, niin järjestämme tapaamisen esteettömässä tilassa.',
  'Katutason tila, leveät ovet ja esteetön wc. Avustajakoirat ovat tervetulleita.',
  'Esteetön sisäänkäynti pihan puolelta. Liikkumisesteisten pysäköintipaikka oven vieressä.',
  'Esteetön tila. Hiljainen huone on käytettävissä, jos tarvitset taukoa.',
];
const REMOTE_ACCESSIBILITY = [
  'Osallistuminen onnistuu kotoa käsin puhelimella tai tietokoneella.',
  'Mukaan pääsee tietokoneella, tabletilla tai puhelimella. Ohjaaja auttaa yhteyden avaamisessa.',
  'Palvelua voi käyttää ruudunlukijalla. Puhelimessa voi pyytää hitaampaa puhetta.',
];
const JOIN_TEXT = {
  drop_in: ['Tule paikalle, ennakkoilmoittautumista ei tarvita.', 'Voit tulla mukaan milloin tahansa ilman ilmoittautumista.', 'Ovet ovat auki kaikille – tule sellaisena kuin olet.'],
  registration: [
    'Ilmoittaudu puhelimitse tai sähköpostilla.',
    'Ilmoittautuminen verkkosivujen lomakkeella tai puhelimitse.',
    'Varaa aika soittamalla tai jättämällä yhteydenottopyyntö; vastaamme kahden arkipäivän kuluessa.',
  ],
  referral: [
    'Toimintaan ohjaudutaan sosiaali- tai terveydenhuollon ammattilaisen kautta.',
    'Ammattilainen voi ohjata asiakkaan toimintaan lähettämällä yhteydenottopyynnön asiakkaan suostumuksella.',
  ],
} as const;
/** Registration texts for groups and courses, where places are limited. */
const GROUP_REGISTRATION = [
  'Ilmoittaudu ohjaajalle puhelimitse tai sähköpostilla. Ryhmään mahtuu rajallinen määrä osallistujia.',
  'Ilmoittautuminen verkkosivujen lomakkeella tai puhelimitse. Ohjaaja soittaa ennen alkua jokaiselle ilmoittautuneelle.',
];
const REMOTE_JOIN = {
  drop_in: ['Soita tai avaa chat aukioloaikana – ilmoittautumista ei tarvita.', 'Palveluun voi ottaa yhteyttä nimettömästi aukioloaikana.'],
  registration: ['Ilmoittaudu verkkosivujen lomakkeella; saat osallistumislinkin sähköpostiisi.', 'Ilmoittaudu puhelimitse tai sähköpostilla, niin lähetämme ohjeet osallistumiseen.'],
  referral: ['Toimintaan ohjaudutaan sosiaali- tai terveydenhuollon ammattilaisen kautta.'],
} as const;

function joinText(rng: Random, t: ActivityTemplate, remoteOnly: boolean): string {
  if (t.process) return choose(rng, t.process);
  if (remoteOnly) return rng.pick(REMOTE_JOIN[t.join]);
  const group = t.support.some((s) => s === 'vertaistuki' || s === 'ryhmatoiminta' || s === 'kurssit');
  if (t.join === 'registration' && group) return rng.pick([...JOIN_TEXT.registration, ...GROUP_REGISTRATION]);
  return rng.pick(JOIN_TEXT[t.join]);
}
const ACTIVITY_ACCESSIBILITY = [
  'Tilat ovat esteettömät.',
  'Avustaja tai tulkki pääsee mukaan maksutta; kerro tarpeestasi etukäteen.',
  'Ohjeet saa pyydettäessä selkokielellä tai isolla tekstillä.',
  'Tilassa on induktiosilmukka ja hyvä valaistus.',
];
const ACTIVITY_CONTACT_TITLES = ['ryhmänohjaaja', 'vertaisohjaaja', 'yhteyshenkilö', 'vastaava ohjaaja'];

const KNOWN_TERMS = new Map(TAXONOMIES.map((t) => [t.slug, new Set(t.terms.map((x) => x.code))]));

function terms(slug: 'need' | 'support' | 'target', codes: readonly string[], where: string): string[] {
  const known = KNOWN_TERMS.get(slug)!;
  return codes.map((code) => {
    if (!known.has(code)) throw new Error(`demo data: unknown ${slug} term "${code}" in ${where}`);
    return termId(slug, code);
  });
}

function sentence(s: string): string {
  return /[.!?]$/.test(s) ? s : `${s}.`;
}

/** Closing sentences some activity descriptions get, chosen to fit the activity. */
function closer(rng: Random, t: ActivityTemplate, place: DemoPlace, free: boolean): string | null {
  const options: string[] = [];
  if (t.support.includes('vertaistuki')) options.push('Ryhmässä noudatetaan vaitiolovelvollisuutta: mitä ryhmässä puhutaan, jää ryhmään.');
  if (free && !t.nationwide) options.push('Toimintaan voi osallistua maksutta, eikä jäsenyyttä vaadita.');
  if (t.join === 'drop_in' && !t.nationwide) options.push('Uudet osallistujat ovat aina tervetulleita – voit tulla yksin tai yhdessä läheisesi kanssa.');
  if (!t.nationwide && !t.perMunicipality && !t.municipalities) options.push(fill('{Kuntalaiset} ja lähikuntien asukkaat ovat tervetulleita.', place));
  if (t.join === 'registration') options.push('Kysy rohkeasti lisää – autamme mielellämme.');
  if (options.length === 0 || !rng.chance(0.4)) return null;
  return rng.pick(options);
}

class Builder {
  readonly graphs: OrganizationGraph[] = [];
  /** Organisations built from a local archetype, with the archetype key: the only ones whose status may vary. */
  readonly local: { graph: OrganizationGraph; archetypeKey: string; code: string }[] = [];
  private readonly usedBusinessIds = new Set<string>();

  /** @param today the load day (YYYY-MM-DD) the last-checked dates are counted back from. */
  constructor(private readonly today: string) {}

  businessId(key: string): string {
    const rng = new Random(`business-id:${key}`);
    // Bases from 9000000 up: far above the ranges issued so far, so they belong to no real company.
    let n = 9000000 + rng.int(0, 999999);
    for (;;) {
      const base = String(n);
      const check = businessIdCheckDigit(base);
      const id = `${base}-${check}`;
      if (check !== null && !this.usedBusinessIds.has(id)) {
        this.usedBusinessIds.add(id);
        return id;
      }
      n = n >= 9999999 ? 9000000 : n + 1;
    }
  }

  build(archetype: OrgArchetype, home: DemoPlace, orgKey: string, single: boolean): void {
    const rng = new Random(`org:${orgKey}`);
    const orgId = stableId('demo-org', orgKey);
    const year = rng.int(archetype.founded[0], archetype.founded[1]);
    const svFirst = archetype.languages?.[0] === 'sv';
    const withSv = archetype.nameSv !== undefined && (single || home.bilingual || svFirst || rng.chance(0.12));
    const withEn = archetype.nameEn !== undefined && (single || archetype.key === 'maahanmuutto' || rng.chance(0.3));
    const extra = { vuosi: String(year), slug: asciiSlug(home.fi) };
    const host = `${fill(archetype.domain, home, extra)}.example.org`;
    const website = `https://${host}`;
    // Two draws whatever the band, so everything drawn after them stays the same.
    const checkedDaysAgo = checkedDaysAgoFor(rng.float(), rng);

    const locations: LocationInput[] = [];
    const locationFor = (place: DemoPlace): LocationInput => {
      const id = stableId('demo-location', `${orgKey}:${place.code}`);
      const existing = locations.find((l) => l.id === id);
      if (existing) return existing;
      const lrng = new Random(`location:${orgKey}:${place.code}`);
      const rawName = choose(lrng, archetype.locationName);
      let name = fill(rawName, place);
      if (locations.length > 0 && !rawName.includes('{')) name = `${name} ${place.fi}`;
      const withCoordinates = lrng.chance(0.45);
      const location: LocationInput = {
        id,
        name,
        description_fi: lrng.chance(0.3) ? lrng.pick(['Sisäänkäynti sisäpihan puolelta.', 'Ovikello oven vasemmalla puolella.', 'Tila on kirjaston vieressä.', 'Ylä-aulassa opastaulu.']) : null,
        street_address: `${lrng.pick(place.town ? TOWN_STREETS : VILLAGE_STREETS)} ${lrng.int(1, 48)}`,
        postal_code: lrng.pick(place.postalCodes),
        city: svFirst ? place.sv : place.fi,
        municipality_code: place.code,
        latitude: withCoordinates ? Math.round((place.lat + (lrng.float() - 0.5) * 0.02) * 1e5) / 1e5 : null,
        longitude: withCoordinates ? Math.round((place.lon + (lrng.float() - 0.5) * 0.04) * 1e5) / 1e5 : null,
        accessibility_fi: lrng.pick(ACCESSIBILITY),
      };
      locations.push(location);
      return location;
    };
    const main = locationFor(home);

    const contacts: ContactInput[] = archetype.titles
      .filter((_, i) => i === 0 || (i === 1 && rng.chance(0.5)))
      .map((title, i) => {
        const person = makePerson(rng, archetype.people ?? 'fi');
        return { id: stableId('demo-contact', `${orgKey}:${i}`), name: person.name, title, email: `${person.local}@${host}`, phone: fictionalPhone(rng, 'mobile') };
      });

    const socialLinks: { label: string; url: string }[] = [];
    const handle = host.replace('.example.org', '').replace(/-/g, '');
    if (rng.chance(0.45)) socialLinks.push({ label: 'Facebook', url: `https://facebook.example.org/${handle}` });
    if (rng.chance(0.25)) socialLinks.push({ label: 'Instagram', url: `https://instagram.example.org/${handle}` });

    const graph: OrganizationGraph = {
      organization: {
        id: orgId,
        name_fi: fill(archetype.name, home, extra),
        name_sv: withSv ? fill(archetype.nameSv!, home, extra) : null,
        name_en: withEn ? fill(archetype.nameEn!, home, extra) : null,
        alternate_name: archetype.alternateName ?? null,
        business_id: archetype.noBusinessId ? null : this.businessId(orgKey),
        kind: archetype.kind,
        parent_id: archetype.parent ? stableId('demo-org', archetype.parent) : null,
        description_fi: compose(rng, archetype.description, home, extra),
        description_sv: withSv && archetype.descriptionSv ? fill(archetype.descriptionSv, home, extra) : null,
        description_en: withEn && archetype.descriptionEn ? fill(archetype.descriptionEn, home, extra) : null,
        plain_summary_fi: compose(rng, archetype.plain, home, extra),
        website,
        email: `${archetype.mailbox ?? 'info'}@${host}`,
        phone: fictionalPhone(rng, home.town || single ? home.area : 'mobile'),
        street_address: main.street_address ?? null,
        postal_code: main.postal_code ?? null,
        city: main.city ?? null,
        municipality_code: home.code,
        social_links: socialLinks,
        contact_request_email: rng.chance(0.9) ? `yhteydenotot@${host}` : null,
        accepts_new_participants: rng.chance(0.9),
        year_incorporated: year,
        status: 'published',
        last_checked: daysBefore(this.today, checkedDaysAgo),
      },
      contacts,
      locations,
      activities: [],
    };

    for (const template of this.chooseActivities(archetype, home, rng, single)) {
      const places = template.perMunicipality?.map(demoPlace) ?? [home];
      for (const place of places) {
        const actKey = `${orgKey}:${template.key}${template.perMunicipality ? `:${place.code}` : ''}`;
        graph.activities.push(this.activity({ template, archetype, home, place, actKey, single, website, host, checkedDaysAgo, locationFor }));
      }
    }
    this.graphs.push(graph);
    if (!single) this.local.push({ graph, archetypeKey: archetype.key, code: home.code });
  }

  private chooseActivities(archetype: OrgArchetype, home: DemoPlace, rng: Random, single: boolean): readonly ActivityTemplate[] {
    if (single) return archetype.activities;
    const big = home.code === '297' || home.code === '091';
    let [min, max] = big ? [3, 4] : home.town ? [2, 3] : [2, 3];
    if (archetype.key === 'parish' && !home.town) [min, max] = [3, 4];
    const k = Math.min(archetype.activities.length, rng.int(min, max));
    const core = archetype.activities.filter((t) => t.core);
    const rest = rng.sample(
      archetype.activities.filter((t) => !t.core),
      Math.max(0, k - core.length),
    );
    return archetype.activities.filter((t) => core.includes(t) || rest.includes(t));
  }

  private activity(o: {
    template: ActivityTemplate;
    archetype: OrgArchetype;
    home: DemoPlace;
    place: DemoPlace;
    actKey: string;
    single: boolean;
    website: string;
    host: string;
    checkedDaysAgo: number;
    locationFor: (place: DemoPlace) => LocationInput;
  }): ActivityGraph {
    const { template: t, archetype, home, place, actKey, single } = o;
    const rng = new Random(`activity:${actKey}`);
    const id = stableId('demo-activity', actKey);
    const svFirst = archetype.languages?.[0] === 'sv';
    const withSv = t.sv !== undefined && (single || svFirst || home.bilingual || rng.chance(0.3));
    const withEn = t.en !== undefined && (single || archetype.key === 'maahanmuutto' || (home.bilingual && rng.chance(0.6)) || rng.chance(0.25));
    const free = t.fee === undefined;
    const nationwide = t.nationwide === true;
    const mode = nationwide ? 'online' : (t.mode ?? 'in_person');

    let municipalityCodes: string[] = [];
    let places: { id: string; locationId: string }[] = [];
    if (!nationwide) {
      municipalityCodes = t.municipalities ? [...t.municipalities] : [place.code];
      const neighbours = NEIGHBOURS[place.code] ?? [];
      if (!t.municipalities && !t.perMunicipality && neighbours.length > 0 && rng.chance(0.2)) municipalityCodes.push(rng.pick(neighbours));
      if (mode !== 'online') {
        const location = o.locationFor(place);
        places = [{ id: stableId('demo-place', `${actKey}:${location.id}`), locationId: location.id }];
      }
    }

    const schedules: ScheduleInput[] = (t.schedules ?? []).map((s, i) => {
      const [opens, closes] = choose(rng, s.times).split('-') as [string, string];
      return {
        id: stableId('demo-schedule', `${actKey}:${i}`),
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

    const description = compose(rng, t.description, place);
    const ending = closer(rng, t, place, free);
    const isPhoneLine = schedules.some((s) => s.attending_type === 'phone');
    const name = fill(choose(rng, t.name), place);

    let languages = [...(t.languages ?? archetype.languages ?? ['fi'])];
    if (withSv && home.bilingual && !languages.includes('sv')) languages.push('sv');
    if (withEn && archetype.key === 'maahanmuutto' && !languages.includes('en')) languages.push('en');
    languages = [...new Set(languages)];

    const contacts: ContactInput[] = [];
    if (!nationwide && rng.chance(0.25)) {
      const person = makePerson(rng, archetype.people ?? 'fi');
      contacts.push({
        id: stableId('demo-contact', `${actKey}:0`),
        name: person.name,
        title: rng.pick(ACTIVITY_CONTACT_TITLES),
        email: `${person.local}@${o.host}`,
        phone: fictionalPhone(rng, 'mobile'),
      });
    }

    return {
      activity: {
        id,
        name_fi: name,
        name_sv: withSv ? fill(t.sv!.name, place) : null,
        name_en: withEn ? fill(t.en!.name, place) : null,
        description_fi: ending ? `${description} ${ending}` : description,
        description_sv: withSv ? fill(t.sv!.description, place) : null,
        description_en: withEn ? fill(t.en!.description, place) : null,
        nationwide,
        remote: mode !== 'in_person',
        languages,
        how_to_join: t.join,
        application_process_fi: joinText(rng, t, mode === 'online'),
        fees_description_fi: t.fee ?? (rng.chance(0.4) ? 'Maksuton.' : null),
        free_of_charge: free,
        accessibility_fi: t.accessibility ?? (mode === 'online' ? rng.pick(REMOTE_ACCESSIBILITY) : rng.chance(0.5) ? rng.pick(ACTIVITY_ACCESSIBILITY) : null),
        schedule_fi: scheduleParts.length > 0 ? scheduleParts.map(sentence).join(' ') : null,
        url: nationwide || rng.chance(0.3) ? `${o.website}/${asciiSlug(name)}` : null,
        email: rng.chance(0.15) ? `${asciiSlug(t.key)}@${o.host}` : null,
        phone: isPhoneLine ? fictionalPhone(rng, nationwide ? '800' : home.area) : null,
        minimum_age: t.ages?.[0] ?? null,
        maximum_age: t.ages?.[1] ?? null,
        status: 'published',
        last_checked: daysBefore(this.today, o.checkedDaysAgo + rng.int(0, ACTIVITY_CHECKED_LAG_DAYS)),
      },
      municipalityCodes,
      termIds: [...terms('need', t.needs, actKey), ...terms('support', t.support, actKey), ...terms('target', t.target, actKey)],
      places,
      schedules,
      contacts,
    };
  }
}

/**
 * A handful of organisations (about 5 %) and single activities are not published, to show they stay hidden.
 * Only organisations in municipalities that keep several published ones are picked.
 */
function applyStatuses(builder: Builder): void {
  const rng = new Random('demo-statuses');
  const eligible = builder.local
    .filter((l) => l.archetypeKey !== 'parish' && l.archetypeKey !== 'kyla' && (LOCAL_PLAN[l.code]?.length ?? 0) >= 4)
    .map((l) => l.graph);
  const statuses: Status[] = ['draft', 'draft', 'draft', 'awaiting_review', 'awaiting_review', 'awaiting_review', 'returned', 'archived', 'archived'];
  const picked = rng.sample(eligible, statuses.length);
  const order = rng.sample(statuses, statuses.length);
  picked.forEach((g, i) => {
    const status = order[i]!;
    g.organization.status = status;
    for (const a of g.activities) a.activity.status = status;
  });
  const published = builder.graphs.filter((g) => g.organization.status === 'published' && g.activities.length >= 2);
  const activityStatuses: Status[] = ['archived', 'archived', 'archived', 'draft', 'draft', 'awaiting_review'];
  rng.sample(published, activityStatuses.length).forEach((g, i) => {
    const last = g.activities[g.activities.length - 1]!;
    last.activity.status = activityStatuses[i]!;
  });
}

/**
 * The whole demo directory as plain objects, its dates counted back from `today` (YYYY-MM-DD, the load day; default:
 * today in Finland). Pure and deterministic: the same on every call with the same day; another day moves every date
 * by the same number of days and changes nothing else.
 */
export function buildDemoData(today: string = demoLoadDay()): OrganizationGraph[] {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today) || Number.isNaN(Date.parse(`${today}T00:00:00Z`))) throw new Error(`demo data: bad load day "${today}"`);
  const builder = new Builder(today);
  const singles = new Map(SINGLE_ORGANIZATIONS.map((a) => [a.key, a]));
  for (const [key, code] of Object.entries(SINGLE_HOMES)) {
    const archetype = singles.get(key);
    if (!archetype) throw new Error(`demo data: no single organisation "${key}"`);
    builder.build(archetype, demoPlace(code), key, true);
  }
  const locals = new Map(LOCAL_ARCHETYPES.map((a) => [a.key, a]));
  for (const [code, keys] of Object.entries(LOCAL_PLAN)) {
    for (const key of keys) {
      const archetype = locals.get(key);
      if (!archetype) throw new Error(`demo data: no local archetype "${key}"`);
      builder.build(archetype, demoPlace(code), `${key}:${code}`, false);
    }
  }
  applyStatuses(builder);
  return builder.graphs;
}
