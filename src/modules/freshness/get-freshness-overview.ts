import type { FreshnessSettings } from '../../config.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { daysBefore, helsinkiDate } from './freshness-dates.js';
import { requireFreshnessScope } from './freshness.policy.js';
import { countRegionActivities, listOverdue, listRegions, type OverdueRow, type RegionRow } from './freshness.repo.js';

export interface RegionFreshness extends RegionRow {
  activities: number;
  checkedWithin6: number;
  checkedWithin12: number;
  overdue: OverdueRow[];
}

export interface FreshnessOverview {
  remindAfterDays: number;
  regions: RegionFreshness[];
}

/**
 * The administrators' freshness view: per region of the actor's scope (every region for a platform administrator,
 * the own ones for a regional administrator), published activities and how many were checked within 6 and 12
 * months, and the organisations due for a check (remindAfterDays). Throws FORBIDDEN for anyone else.
 */
export async function getFreshnessOverview(options: {
  db: Database;
  actor: SessionUser;
  settings: FreshnessSettings;
  now?: Date;
}): Promise<FreshnessOverview> {
  const scope = requireFreshnessScope(options.actor);
  const today = helsinkiDate(options.now ?? new Date());
  const regions = await listRegions(options.db, { ids: scope.regionIds ?? undefined });
  const ids = regions.map((r) => r.id);
  const [stats, overdue] = await Promise.all([
    countRegionActivities(options.db, { regionIds: ids, since6: daysBefore(today, 182), since12: daysBefore(today, 365) }),
    listOverdue(options.db, { regionIds: ids, dueOn: daysBefore(today, options.settings.remindAfterDays) }),
  ]);
  const byRegion = new Map(stats.map((s) => [s.regionId, s]));
  return {
    remindAfterDays: options.settings.remindAfterDays,
    regions: regions.map((r) => ({
      ...r,
      activities: byRegion.get(r.id)?.activities ?? 0,
      checkedWithin6: byRegion.get(r.id)?.checkedWithin6 ?? 0,
      checkedWithin12: byRegion.get(r.id)?.checkedWithin12 ?? 0,
      overdue: overdue.filter((o) => o.regionId === r.id),
    })),
  };
}
