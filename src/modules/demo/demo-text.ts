import type { DemoPlace } from './demo-places.js';
import type { Random } from './random.js';

/** A piece of template text: one string, or variants of which one is picked. */
export type Text = string | readonly string[];

/**
 * Fills {tokens} from the place: {kunta} Kuopio, {kunnan} Kuopion, {kunnassa} Kuopiossa, {kuntaan} Kuopioon,
 * {kunnasta} Kuopiosta, {kuntalaiset} kuopiolaiset, {kuntalaisille} kuopiolaisille, {kuntalaisten} kuopiolaisten, {kommun} Kuopio (Swedish name),
 * {vuosi} the year of incorporation. A token written with a capital letter ({Kuntalaiset}) is capitalised.
 * Unknown tokens throw, so a typo in a template fails the tests.
 */
export function fill(text: string, place: DemoPlace | undefined, extra: Record<string, string> = {}): string {
  return text.replace(/\{([A-Za-zÄÖäö]+)\}/g, (_, token: string) => {
    const key = token.toLowerCase();
    let value: string | undefined = extra[key];
    if (value === undefined && place) {
      value = {
        kunta: place.fi,
        kunnan: place.gen,
        kunnassa: place.loc,
        kuntaan: place.ill,
        kunnasta: place.ela,
        kuntalaiset: `${place.demonym}et`,
        kuntalaisille: `${place.demonym}ille`,
        kuntalaisten: `${place.demonym}ten`,
        kommun: place.sv,
      }[key];
    }
    if (value === undefined) throw new Error(`demo data: unknown token {${token}} in "${text}"`);
    return token[0] === token[0]!.toUpperCase() ? capitalize(value) : value;
  });
}

export function capitalize(s: string): string {
  return s.length === 0 ? s : s[0]!.toUpperCase() + s.slice(1);
}

export function choose(rng: Random, text: Text): string {
  return typeof text === 'string' ? text : rng.pick(text);
}

/** Picks one variant of each sentence slot (an empty variant leaves the slot out) and joins them. */
export function compose(rng: Random, slots: readonly Text[], place: DemoPlace | undefined, extra: Record<string, string> = {}): string {
  return slots
    .map((slot) => choose(rng, slot))
    .filter((s) => s.length > 0)
    .map((s) => fill(s, place, extra))
    .join(' ');
}

/** Lower-case ASCII for host names and e-mail local parts: "Siilinjärvi" → "siilinjarvi". */
export function asciiSlug(s: string): string {
  return s
    .toLowerCase()
    .replace(/[äå]/g, 'a')
    .replace(/ö/g, 'o')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const DAY_ESSIVE_PLURAL: Record<string, string> = {
  MO: 'maanantaisin', TU: 'tiistaisin', WE: 'keskiviikkoisin', TH: 'torstaisin', FR: 'perjantaisin', SA: 'lauantaisin', SU: 'sunnuntaisin',
};
const DAY_ESSIVE: Record<string, string> = {
  MO: 'maanantaina', TU: 'tiistaina', WE: 'keskiviikkona', TH: 'torstaina', FR: 'perjantaina', SA: 'lauantaina', SU: 'sunnuntaina',
};
const DAY_ELATIVE: Record<string, string> = {
  MO: 'maanantaista', TU: 'tiistaista', WE: 'keskiviikosta', TH: 'torstaista', FR: 'perjantaista', SA: 'lauantaista', SU: 'sunnuntaista',
};
const DAY_ILLATIVE: Record<string, string> = {
  MO: 'maanantaihin', TU: 'tiistaihin', WE: 'keskiviikkoon', TH: 'torstaihin', FR: 'perjantaihin', SA: 'lauantaihin', SU: 'sunnuntaihin',
};
const ORDINAL_ESSIVE: Record<string, string> = {
  '1': 'ensimmäisenä', '2': 'toisena', '3': 'kolmantena', '4': 'neljäntenä', '-1': 'viimeisenä',
};
const WEEK = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** "17:00" → "17", "17:30" → "17.30" (Finnish time style). */
function clock(t: string): string {
  const [h, m] = t.split(':');
  return m === '00' ? String(Number(h)) : `${Number(h)}.${m}`;
}

/** Finnish text for one schedule row: "Tiistaisin klo 17–19", "Kuukauden ensimmäisenä tiistaina klo 17–18.30". */
export function scheduleText(s: { freq: 'WEEKLY' | 'MONTHLY'; byday: string; opens_at: string; closes_at: string }): string {
  const time = s.opens_at === '00:00' && s.closes_at === '23:59' ? 'ympäri vuorokauden' : `klo ${clock(s.opens_at)}–${clock(s.closes_at)}`;
  if (s.freq === 'MONTHLY') {
    const m = /^(-?\d)([A-Z]{2})$/.exec(s.byday);
    if (!m) throw new Error(`demo data: bad monthly byday ${s.byday}`);
    return `Kuukauden ${ORDINAL_ESSIVE[m[1]!]} ${DAY_ESSIVE[m[2]!]} ${time}`;
  }
  const days = s.byday.split(',');
  const idx = days.map((d) => WEEK.indexOf(d));
  if (idx.some((i) => i < 0)) throw new Error(`demo data: bad weekly byday ${s.byday}`);
  let when: string;
  if (days.length === 7) when = 'joka päivä';
  else if (days.length === 1) when = DAY_ESSIVE_PLURAL[days[0]!]!;
  else if (days.length >= 3 && idx.every((v, i) => i === 0 || v === idx[i - 1]! + 1)) {
    when = `${DAY_ELATIVE[days[0]!]} ${DAY_ILLATIVE[days[days.length - 1]!]}`;
  } else {
    const names = days.map((d) => DAY_ESSIVE_PLURAL[d]!);
    when = `${names.slice(0, -1).join(', ')} ja ${names[names.length - 1]}`;
  }
  return `${capitalize(when)} ${time}`;
}

/** A date `daysBefore` days before the reference date, as 'YYYY-MM-DD'. */
export function daysBefore(reference: string, days: number): string {
  const d = new Date(`${reference}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}
