import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { municipalityDistanceKm } from './peer-help-places.js';
import { canSeeRequest } from './peer-help.policy.js';
import { findProfileByUser, listGroupIdsOfUser, listOpenRequests as openRequests, type ProfileRow, type RequestRow } from './peer-help.repo.js';
import type { ListFilters } from './peer-help.schema.js';

export interface OpenRequest extends RequestRow {
  /** km from the helper's home to an on-site request, when both places are known. */
  distanceKm: number | null;
}

export interface OpenRequestList {
  requests: OpenRequest[];
  profile: ProfileRow | null;
  /** Whether the list is narrowed to the helper's interests and distance (a profile exists and `all` is off). */
  matching: boolean;
}

/**
 * Whether an open request suits a helper: a category they are interested in, and either remote (then regardless of
 * distance, as the pilot recommends) or on site within their distance of home.
 */
export function matchesProfile(request: Pick<RequestRow, 'category' | 'remote' | 'municipalityCode'>, profile: Pick<ProfileRow, 'categories' | 'municipalityCode' | 'distanceKm'>): boolean {
  if (!profile.categories.includes(request.category)) return false;
  if (request.remote) return true;
  const km = municipalityDistanceKm(profile.municipalityCode, request.municipalityCode);
  return km !== null && km <= profile.distanceKm;
}

/**
 * The open requests a signed-in person can see (group requests only for the group's members), narrowed to their
 * profile's matches unless they ask for all, then by the filters: category, remote only, municipality.
 */
export async function listOpenRequests({ db, user, filters }: { db: Database; user: SessionUser; filters: ListFilters }): Promise<OpenRequestList> {
  const [profile, groupIds, rows] = await Promise.all([findProfileByUser(db, user.id), listGroupIdsOfUser(db, user.id, user.email), openRequests(db)]);
  const matching = !!profile && !filters.all;
  const requests = rows
    .filter((r) => canSeeRequest(user, r, groupIds))
    .filter((r) => !matching || matchesProfile(r, profile!))
    .filter((r) => !filters.category || r.category === filters.category)
    .filter((r) => !filters.remote || r.remote)
    .filter((r) => !filters.municipality || r.municipalityCode === filters.municipality)
    .map((r) => ({ ...r, distanceKm: !r.remote && profile ? municipalityDistanceKm(profile.municipalityCode, r.municipalityCode) : null }));
  return { requests, profile, matching };
}
