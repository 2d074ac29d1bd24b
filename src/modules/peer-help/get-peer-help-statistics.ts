import type { Database } from '../../platform/db/database.js';
import { listMunicipalities } from '../reference/municipalities.js';
import { listRequestFigures, listUmbrellaFigures } from './peer-help.repo.js';
import { CATEGORIES } from './peer-help.schema.js';

export interface StatRow {
  key: string;
  requests: number;
  hours: number;
  approved: number;
  /** A region's Swedish name (its key is the Finnish one). */
  nameSv?: string;
}

/** An umbrella organisation's members' figures (organisations whose parent it is in the directory). */
export interface UmbrellaRow {
  id: string;
  nameFi: string;
  nameSv: string | null;
  nameEn: string | null;
  /** Member organisations that had requests. */
  members: number;
  requests: number;
  hours: number;
  approved: number;
}

export interface PeerHelpStatistics {
  byCategory: StatRow[];
  byMonth: StatRow[];
  /** By region (maakunta, Finnish name as the key, `nameSv` beside it) of on-site requests; remote ones under the key "remote". */
  byRegion: StatRow[];
  /** Umbrella organisations' members' requests, hours and approved, per umbrella organisation (most requests first). */
  byUmbrella: UmbrellaRow[];
  /** Median hours from publishing to the first application, or null when nothing was applied to. */
  medianHoursToFirstApplication: number | null;
}

function add(map: Map<string, StatRow>, key: string, hours: number, approved: boolean) {
  const row = map.get(key) ?? { key, requests: 0, hours: 0, approved: 0 };
  row.requests += 1;
  row.hours += hours;
  if (approved) row.approved += 1;
  map.set(key, row);
}

/**
 * Where help has been needed and how much (seed: "missä tehtävissä on ollut avuntarvetta ja kuinka paljon"):
 * published requests, their hours and how many were completed (approved), by category, month and region, and the
 * median time to the first application. Counts only: no request, organisation or person is named.
 */
export async function getPeerHelpStatistics({ db }: { db: Database }): Promise<PeerHelpStatistics> {
  const [figures, byUmbrella] = await Promise.all([listRequestFigures(db), listUmbrellaFigures(db)]);
  const regionOf = new Map(listMunicipalities().map((m) => [m.code, m.maakuntaFi]));
  const swedishName = new Map(listMunicipalities().map((m) => [m.maakuntaFi, m.maakuntaSv]));
  const byCategory = new Map<string, StatRow>(CATEGORIES.map((c) => [c, { key: c, requests: 0, hours: 0, approved: 0 }]));
  const byMonth = new Map<string, StatRow>();
  const byRegion = new Map<string, StatRow>();
  for (const f of figures) {
    const approved = f.status === 'approved';
    add(byCategory, f.category, f.hours, approved);
    add(byMonth, f.month, f.hours, approved);
    add(byRegion, f.remote || !f.municipalityCode ? 'remote' : (regionOf.get(f.municipalityCode) ?? 'remote'), f.hours, approved);
  }
  const delays = figures.map((f) => f.firstApplicationHours).filter((h): h is number => h !== null).sort((a, b) => a - b);
  const median = delays.length === 0 ? null : delays.length % 2 === 1 ? delays[(delays.length - 1) / 2]! : (delays[delays.length / 2 - 1]! + delays[delays.length / 2]!) / 2;
  return {
    byCategory: [...byCategory.values()],
    byMonth: [...byMonth.values()].sort((a, b) => a.key.localeCompare(b.key)),
    byRegion: [...byRegion.values()].sort((a, b) => b.requests - a.requests || a.key.localeCompare(b.key, 'fi')).map((r) => ({ ...r, nameSv: swedishName.get(r.key) || undefined })),
    byUmbrella,
    medianHoursToFirstApplication: median === null ? null : Math.round(median * 10) / 10,
  };
}
