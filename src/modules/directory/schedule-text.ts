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
  let days = joinList(dayTexts, lang);
  const monthlyWithoutPosition = row.freq === 'MONTHLY' && parts.length > 0 && parts.every((m) => !m[1] || Number(m[1]) === 0);
  if (monthlyWithoutPosition) days = `${t('directory.schedule.monthly')}, ${days}`;
  if (!days && row.freq === 'WEEKLY') days = t('directory.schedule.weekly');
  if (!days && row.freq === 'MONTHLY') days = t('directory.schedule.monthly');

  let time = '';
  if (row.opensAt && row.closesAt) time = `${formatTime(row.opensAt, lang)}–${formatTime(row.closesAt, lang)}`;
  else if (row.opensAt) time = formatTime(row.opensAt, lang);

  return {
    when: [days, time].filter(Boolean).join(' '),
    attending: row.attendingType ? t(`directory.attending.${row.attendingType}`) : null,
    noteFi: row.descriptionFi?.trim() || null,
  };
}
