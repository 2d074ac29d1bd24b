import type { Lang, Translate } from '../../platform/i18n/i18n.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import type { ScheduleRow } from './directory.types.js';

/**
 * Readable text for one schedule row (HSDS schedule: freq, byday, opens_at, closes_at), e.g. "tiistaisin 17.00–19.00"
 * or "kuukauden 1. tiistai 17.00–19.00". Pure presentation; the free-text note (Finnish only) is returned apart so
 * the view can mark its language.
 */
export interface ScheduleText {
  /** Days and times in the page language; empty when the row has neither. */
  when: string;
  /** "paikan päällä" / "verkossa" / "puhelimessa", or null. */
  attending: string | null;
  /** The row's free-text description (Finnish), or null. */
  noteFi: string | null;
}

const DAYS = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
type Day = (typeof DAYS)[number];

function isDay(value: string): value is Day {
  return (DAYS as readonly string[]).includes(value);
}

/** "17:00" → "17.00" in Finnish and Swedish, unchanged in English. */
export function formatTime(time: string, lang: Lang): string {
  return lang === 'en' ? time : time.replace(':', '.');
}

function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items[0] ?? '';
  return new Intl.ListFormat(lang === 'en' ? 'en-GB' : lang, { style: 'long', type: 'conjunction' }).format(items);
}

function ordinal(n: number, t: Translate): string {
  if (n === -1) return t('directory.ordinal.last');
  if (n >= 1 && n <= 5) return t(`directory.ordinal.${n}` as MessageKey);
  return `${n}.`;
}

/** "00:00"–"23:59" (or –"24:00", or "00:00"–"00:00"): open around the clock. */
function isAllDay(opensAt: string, closesAt: string): boolean {
  return minutesOf(opensAt) === 0 && [0, 23 * 60 + 59, 24 * 60].includes(minutesOf(closesAt) ?? -1);
}

/** "17:00", "17.30", "9" → minutes after midnight; null for anything else. */
function minutesOf(time: string): number | null {
  const m = /^(\d{1,2})(?:[.:](\d{2}))?(?::\d{2})?$/.exec(time.trim());
  if (!m) return null;
  const h = Number(m[1]);
  const min = m[2] ? Number(m[2]) : 0;
  return h <= 24 && min < 60 ? h * 60 + min : null;
}

export function scheduleText(row: ScheduleRow, lang: Lang, t: Translate): ScheduleText {
  const parts = (row.byday ?? '')
    .split(',')
    .map((p) => p.trim().toUpperCase())
    .map((p) => /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(p))
    .filter((m): m is RegExpExecArray => m !== null && isDay(m[2]!));
  const dayTexts = parts.map((m) => {
    const day = m[2] as Day;
    const position = m[1] ? Number(m[1]) : null;
    if (row.freq === 'MONTHLY' && position !== null && position !== 0) {
      return t('directory.schedule.monthlyDay', { ordinal: ordinal(position, t), day: t(`directory.day.${day}.monthly` as MessageKey) });
    }
    return t(`directory.day.${day}.weekly` as MessageKey);
  });
  const everyDay = row.freq !== 'MONTHLY' && DAYS.every((d) => parts.some((m) => m[2] === d && (!m[1] || Number(m[1]) === 0)));
  let days = everyDay ? t('directory.schedule.daily') : joinList(dayTexts, lang);
  const monthlyWithoutPosition = row.freq === 'MONTHLY' && parts.length > 0 && parts.every((m) => !m[1] || Number(m[1]) === 0);
  if (monthlyWithoutPosition) days = `${t('directory.schedule.monthly')}, ${days}`;
  if (!days && row.freq === 'WEEKLY') days = t('directory.schedule.weekly');
  if (!days && row.freq === 'MONTHLY') days = t('directory.schedule.monthly');

  let time = '';
  if (row.opensAt && row.closesAt && isAllDay(row.opensAt, row.closesAt)) time = t('directory.schedule.allDay');
  else if (row.opensAt && row.closesAt) time = `${formatTime(row.opensAt, lang)}–${formatTime(row.closesAt, lang)}`;
  else if (row.opensAt) time = formatTime(row.opensAt, lang);

  return {
    when: [days, time].filter(Boolean).join(' '),
    attending: row.attendingType ? t(`directory.attending.${row.attendingType}`) : null,
    noteFi: row.descriptionFi?.trim() || null,
  };
}

// ---- Does a Finnish free-text schedule say more than the schedule rows? --------------------------------------------

const DAY_STEMS: [RegExp, Day[]][] = [
  [/^maanantai/, ['MO']],
  [/^tiistai/, ['TU']],
  [/^keskiviik/, ['WE']],
  [/^torstai/, ['TH']],
  [/^perjantai/, ['FR']],
  [/^lauantai/, ['SA']],
  [/^sunnuntai/, ['SU']],
  [/^arki(päiv)?(isin|sin|in|inä|ina)$/, ['MO', 'TU', 'WE', 'TH', 'FR']],
  [/^viikonloppu(isin|na|ina|sin)$/, ['SA', 'SU']],
  [/^päivittäin$/, [...DAYS]],
];
const ORDINAL_STEMS: [RegExp, number][] = [
  [/^ensimmäi/, 1],
  [/^toise|^toinen$/, 2],
  [/^kolma/, 3],
  [/^neljä/, 4],
  [/^viide|^viides$/, 5],
  [/^viimei/, -1],
];
const ATTENDING_WORDS: [RegExp, NonNullable<ScheduleRow['attendingType']>][] = [
  [/^(verkossa|etänä|verkon|chatissa|videoyhteydellä)$/, 'online'],
  [/^(puhelimessa|puhelimitse)$/, 'phone'],
];
/** Words that only join the facts above ("klo", "ja", "joka päivä", "kuukauden", "paikan päällä" …). */
const FILLER = new Set([
  'klo', 'kello', 'ja', 'sekä', 'tai', 'välillä', 'joka', 'jokainen', 'päivä', 'viikko', 'viikon', 'viikoittain', 'kuukauden', 'kuukausittain',
  'kuukaudessa', 'ympäri', 'vuorokauden', 'paikan', 'päällä', 'aina', 'on', 'avoinna', 'auki', 'kokoontuu', 'kokoonnumme',
]);

interface Mentioned {
  days: Set<Day>;
  times: Set<number>;
  ordinals: Set<number>;
  attending: Set<string>;
  monthly: boolean;
  /** Words that are none of the above: the sentence says something more. */
  rest: string[];
}

function mentionsOf(sentence: string): Mentioned {
  const m: Mentioned = { days: new Set(), times: new Set(), ordinals: new Set(), attending: new Set(), monthly: false, rest: [] };
  let text = sentence.toLocaleLowerCase('fi');
  if (/ympäri\s+vuorokauden/.test(text)) {
    m.times.add(0);
    m.times.add(24 * 60);
  }
  if (/joka\s+päivä|jokaisena\s+päivänä|kaikkina\s+päivinä/.test(text)) DAYS.forEach((d) => m.days.add(d));
  // "1. tiistai" (an ordinal), then times "17", "17.30", "9:00" (alone or in ranges "17–19").
  text = text.replace(/(^|\s)([1-5])\.(?=\s+\p{L})/gu, (_, pre: string, n: string) => {
    m.ordinals.add(Number(n));
    return `${pre} `;
  });
  text = text.replace(/(\d{1,2}(?:[.:]\d{2})?)/g, (t: string) => {
    const minutes = minutesOf(t);
    if (minutes === null) m.rest.push(t);
    else m.times.add(minutes === 23 * 60 + 59 ? 24 * 60 : minutes);
    return ' ';
  });
  for (const word of text.split(/[^\p{L}]+/u).filter(Boolean)) {
    const days = DAY_STEMS.find(([re]) => re.test(word))?.[1];
    if (days) {
      days.forEach((d) => m.days.add(d));
      continue;
    }
    const ordinal = ORDINAL_STEMS.find(([re]) => re.test(word))?.[1];
    if (ordinal !== undefined) {
      m.ordinals.add(ordinal);
      continue;
    }
    const attending = ATTENDING_WORDS.find(([re]) => re.test(word))?.[1];
    if (attending) {
      m.attending.add(attending);
      continue;
    }
    if (word.startsWith('kuukau')) m.monthly = true;
    if (!FILLER.has(word)) m.rest.push(word);
  }
  return m;
}

/** Sentences of a free text: split after . ! ? before a capital letter or digit, and at line breaks. */
function sentencesOf(text: string): string[] {
  return text
    .split(/\n+|(?<=[.!?])\s+(?=[\p{Lu}\d])/u)
    .map((s) => s.trim())
    .filter(Boolean);
}

function normalized(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase('fi').replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** Whether a sentence states nothing but days, times, weeks of the month and ways of attending that the rows have. */
function saidByRows(sentence: string, rows: ScheduleRow[]): boolean {
  const m = mentionsOf(sentence);
  if (m.rest.length > 0 || (m.days.size === 0 && m.times.size === 0)) return false;
  const days = new Set<string>();
  const times = new Set<number>();
  const ordinals = new Set<number>();
  const attending = new Set<string>();
  for (const r of rows) {
    for (const part of (r.byday ?? '').split(',')) {
      const x = /^([+-]?\d{1,2})?([A-Z]{2})$/.exec(part.trim().toUpperCase());
      if (!x) continue;
      days.add(x[2]!);
      if (x[1] && Number(x[1]) !== 0) ordinals.add(Number(x[1]));
    }
    for (const t of [r.opensAt, r.closesAt]) {
      const minutes = t ? minutesOf(t) : null;
      if (minutes !== null) times.add(minutes === 23 * 60 + 59 ? 24 * 60 : minutes);
    }
    if (r.attendingType) attending.add(r.attendingType);
  }
  const within = <T,>(said: Set<T>, known: Set<T>) => [...said].every((x) => known.has(x));
  if (m.monthly && !rows.some((r) => r.freq === 'MONTHLY')) return false;
  return within(m.days, days) && within(m.times, times) && within(m.ordinals, ordinals) && within(m.attending, attending);
}

/**
 * The part of a Finnish free-text schedule that the schedule rows (shown as computed text) do not already say, or null
 * when it adds nothing. A sentence is left out when it names only days, times, weeks of the month and ways of
 * attending that the rows have ("Tiistaisin klo 17–19.", "Joka päivä ympäri vuorokauden."), or when it repeats one of
 * `shown` (e.g. a row's own note). "Ei kokoontumisia heinäkuussa." stays. The text is returned unchanged when every
 * sentence stays.
 */
export function scheduleTextAddsTo(text: string | null | undefined, rows: ScheduleRow[], shown: string[] = []): string | null {
  const trimmed = text?.trim();
  if (!trimmed) return null;
  const repeated = new Set(shown.map(normalized).filter(Boolean));
  const sentences = sentencesOf(trimmed);
  const kept = sentences.filter((s) => !repeated.has(normalized(s)) && !(rows.length > 0 && saidByRows(s, rows)));
  if (kept.length === 0) return null;
  return kept.length === sentences.length ? trimmed : kept.join(' ');
}
