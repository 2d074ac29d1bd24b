import type { Database } from '../../platform/db/database.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import { findRegionNames } from '../regions/regions.repo.js';
import { listCalendarEventIds, listRegionMunicipalityChoices, listThemeChoices, loadEvents, type EventRecord } from './events.repo.js';
import type { CalendarQuery } from './events.schema.js';
import { instantOf } from './helsinki-time.js';
import { occurrencesBetween, type Occurrence } from './recurrence.js';

export const PAGE_SIZE = 20;
/** How many events a calendar's query reads at most before expanding their occurrences. */
const CANDIDATES = 1000;

export interface CalendarItem {
  event: EventRecord;
  occurrence: Occurrence;
}

export interface RegionCalendar {
  region: { slug: string; name: string };
  items: CalendarItem[];
  total: number;
  page: number;
  pages: number;
  municipalities: { code: string; name: string }[];
  /** The themes (issue 13 item 2) that have terms; empty: the filter is not offered. */
  themes: { slug: string; name: string }[];
}

/**
 * A region's calendar: the occurrences of its approved events (held in, or for, one of its municipalities) that have
 * not ended, from the chosen date (default now) up to the end of the chosen date (default a year ahead), by start;
 * a recurring event once per occurrence. Filters: municipality, theme (the themes' need / target-group terms),
 * remote or hybrid only. Past events leave it; their pages stay.
 */
export async function listRegionCalendar({ db, slug, query, lang, now }: { db: Database; slug: string; query: CalendarQuery; lang: Lang; now: Date }): Promise<RegionCalendar | null> {
  const region = await findRegionNames(db, slug);
  if (!region) return null;
  const chosenFrom = query.from ? instantOf(query.from, '00:00') : null;
  const from = chosenFrom && chosenFrom.getTime() > now.getTime() ? chosenFrom : now;
  const chosenTo = query.to ? instantOf(query.to, '23:59') : null;
  const to = chosenTo ?? new Date(now.getTime() + 366 * 86_400_000);
  const ids = await listCalendarEventIds(db, { regionId: slug, from, to, municipality: query.municipality, themeSlug: query.theme, remoteOnly: query.remote === 'yes' }, CANDIDATES);
  const events = await loadEvents(db, ids);
  const items = events
    .flatMap((event) => occurrencesBetween(event, from, to).map((occurrence) => ({ event, occurrence })))
    .sort((a, b) => a.occurrence.start.getTime() - b.occurrence.start.getTime() || a.event.id.localeCompare(b.event.id));
  const pages = Math.max(1, Math.ceil(items.length / PAGE_SIZE));
  const page = Math.min(query.page ?? 1, pages);
  const compare = collator(lang).compare;
  const municipalities = (await listRegionMunicipalityChoices(db, [slug])).map((m) => ({ code: m.code, name: lang === 'sv' ? m.nameSv : m.nameFi })).sort((a, b) => compare(a.name, b.name));
  const themes = (await listThemeChoices(db)).map((t) => ({ slug: t.slug, name: pick(lang, t.nameFi, t.nameSv, t.nameEn) }));
  return {
    region: { slug, name: pick(lang, region.nameFi, region.nameSv, region.nameEn) },
    items: items.slice((page - 1) * PAGE_SIZE, page * PAGE_SIZE),
    total: items.length,
    page,
    pages,
    municipalities,
    themes,
  };
}
