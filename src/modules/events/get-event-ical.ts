import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { eventsCalendar, type IcalLabels } from './event-ical.js';
import { findEvent } from './events.repo.js';

/** The .ics of one approved event (null: no such approved event), past ones included: their pages stay too. */
export async function getEventIcal({ db, id, lang, url, labels }: { db: Database; id: string; lang: Lang; url: (id: string) => string; labels: IcalLabels }): Promise<string | null> {
  const event = await findEvent(db, id);
  if (!event || event.reviewStatus !== 'approved') return null;
  return eventsCalendar({ name: pick(lang, event.nameFi, event.nameSv, event.nameEn), events: [event], lang, url, labels });
}
