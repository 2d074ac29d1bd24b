import { adminScope } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { listSearchOptions } from '../search/list-search-options.js';
import { requireEditableEvent } from './events.policy.js';
import { listMaintainedOrganizations, listRegionMunicipalityChoices, type EventRecord } from './events.repo.js';

export interface Choice {
  value: string;
  label: string;
}

export interface EventFormData {
  /** The event being edited, or null for a new one. */
  event: EventRecord | null;
  /** Who writes: a maintainer sends (organisation chosen, approval follows), an administrator publishes. */
  by: 'maintainer' | 'administrator';
  organizations: Choice[];
  /** Municipalities by region: the administrator's regions, or every region for maintainers. */
  municipalityGroups: { region: string; municipalities: Choice[] }[];
  needs: Choice[];
  audience: Choice[];
}

/**
 * The choices of the event form. A new event: `by` says whose form it is. An edit: the event must be the actor's to
 * edit (events.policy.ts); its form is the administrators' when they review it, else the maintainers'.
 */
export async function getEventForm({ db, actor, lang, by, eventId }: { db: Database; actor: SessionUser; lang: Lang; by: 'maintainer' | 'administrator'; eventId?: string }): Promise<EventFormData> {
  const event = eventId ? await requireEditableEvent(db, actor, eventId) : null;
  const scope = adminScope(actor);
  const regionIds = by === 'administrator' && scope ? scope.regionIds : null;
  const [organizations, municipalities, options] = await Promise.all([listMaintainedOrganizations(db, actor.id), listRegionMunicipalityChoices(db, regionIds), listSearchOptions({ db, lang })]);
  const groups = new Map<string, Choice[]>();
  const chosen = new Set(event?.municipalities.map((m) => m.code) ?? []);
  for (const m of municipalities) {
    if (by === 'administrator' && regionIds !== null && !regionIds.includes(m.regionId) && !chosen.has(m.code)) continue;
    const region = pick(lang, m.regionFi, m.regionSv, m.regionEn);
    groups.set(region, [...(groups.get(region) ?? []), { value: m.code, label: lang === 'sv' ? m.nameSv : m.nameFi }]);
  }
  return {
    event,
    by,
    organizations: organizations.map((o) => ({ value: o.id, label: o.nameFi })),
    municipalityGroups: [...groups].map(([region, list]) => ({ region, municipalities: list })),
    needs: options.need.map((o) => ({ value: o.code, label: o.label })),
    audience: options.target.map((o) => ({ value: o.code, label: o.label })),
  };
}
