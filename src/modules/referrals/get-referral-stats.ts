import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { isPlatformAdmin } from '../../platform/auth/access.policy.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { listZeroResultQueries } from '../search/list-zero-result-queries.js';
import {
  countByMunicipality,
  countByNeed,
  countByOrganization,
  countBySender,
  countTotals,
  listLabels,
  listRegionMunicipalities,
  listRegions,
  type GroupCounts,
  type Names,
  type RegionRow,
} from './referral-stats.repo.js';
import { regionsToShow, requireReferralAdminScope } from './retention.policy.js';
import type { StatsPeriod } from './referral-stats.schema.js';

const DAY_MS = 86_400_000;
/** How many zero-result searches and searched needs the page lists. */
const SEARCH_LIST = 20;

export type { GroupCounts, Names };

export interface SearchedNeed {
  code: string;
  names: Names;
  /** Searches with this need chosen that found nothing. */
  searches: number;
}

export interface ZeroResultSearch {
  query: string;
  lang: Lang;
  needs: Names[];
  /** null: all of Finland; 'remote' is shown as such. */
  municipality: Names | 'remote' | null;
  count: number;
  lastSeen: Date;
}

export interface ReferralStats {
  periodDays: StatsPeriod;
  since: Date;
  until: Date;
  /** The region chosen, or null for the whole scope. */
  regionId: string | null;
  /** The regions the viewer may choose between. */
  regions: RegionRow[];
  /** A platform administrator may see everything at once, also organisations in no region. */
  everywhere: boolean;
  totals: GroupCounts;
  sender: { self: number; professional: number };
  byOrganization: GroupCounts[];
  byNeed: GroupCounts[];
  byMunicipality: GroupCounts[];
  searchedNeeds: SearchedNeed[];
  zeroResults: ZeroResultSearch[];
}

/**
 * The contact-request statistics for an administrator (FORBIDDEN for anyone else): deliveries made in the last
 * `periodDays` days to organisations in the viewer's regions (a platform administrator: everywhere, or the region
 * chosen; a regional administrator: their regions, or one of them), per organisation, need and municipality, with
 * outcomes and the time to first action; and, from the search module's log of searches that found nothing
 * (listZeroResultQueries), the most frequent ones and the needs most often chosen in them, limited to the scope's
 * municipalities plus searches not limited to any (all of Finland, remote). No client details are read.
 */
export async function getReferralStats(options: { db: Database; actor: SessionUser; periodDays: StatsPeriod; regionId: string | null; now?: Date }): Promise<ReferralStats> {
  const { db } = options;
  const scope = requireReferralAdminScope(options.actor);
  const regionIds = regionsToShow(scope, options.regionId);
  const until = options.now ?? new Date();
  const since = new Date(until.getTime() - options.periodDays * DAY_MS);
  const filter = { since, regionIds };

  const [totals, sender, byOrganization, byNeed, byMunicipality, regions, labels, zero] = await Promise.all([
    countTotals(db, filter),
    countBySender(db, filter),
    countByOrganization(db, filter),
    countByNeed(db, filter),
    countByMunicipality(db, filter),
    listRegions(db, scope.regionIds),
    listLabels(db),
    listZeroResultQueries({ db, since, limit: 1000 }),
  ]);

  const municipalities = regionIds === null ? null : new Set(await listRegionMunicipalities(db, regionIds));
  const inScope = zero.filter((z) => municipalities === null || z.municipality === '' || z.municipality === 'remote' || municipalities.has(z.municipality));
  const needCounts = new Map<string, number>();
  for (const z of inScope) for (const code of z.needs) needCounts.set(code, (needCounts.get(code) ?? 0) + z.count);
  const searchedNeeds = [...needCounts]
    .filter(([code]) => labels.needs.has(code))
    .map(([code, searches]) => ({ code, names: labels.needs.get(code)!, searches }))
    .sort((a, b) => b.searches - a.searches || a.names.fi.localeCompare(b.names.fi, 'fi'))
    .slice(0, SEARCH_LIST);
  const zeroResults = inScope.slice(0, SEARCH_LIST).map((z) => ({
    query: z.query,
    lang: z.lang,
    needs: z.needs.map((c) => labels.needs.get(c)).filter((n): n is Names => n !== undefined),
    municipality: z.municipality === '' ? null : z.municipality === 'remote' ? ('remote' as const) : (labels.municipalities.get(z.municipality) ?? { fi: z.municipality, sv: null, en: null }),
    count: z.count,
    lastSeen: z.lastSeen,
  }));

  return {
    periodDays: options.periodDays,
    since,
    until,
    regionId: options.regionId,
    regions,
    everywhere: isPlatformAdmin(options.actor),
    totals,
    sender,
    byOrganization,
    byNeed,
    byMunicipality,
    searchedNeeds,
    zeroResults,
  };
}
