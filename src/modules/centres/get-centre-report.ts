import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import type { AgreementKind } from '../../platform/db/schema.js';
import { dateInput, instantOf } from '../events/helsinki-time.js';
import {
  countAgreementsByKind,
  countMaterialsByKind,
  countMeetings,
  countOrganizationsByTheme,
  listInvolvedOrganizations,
  type AgreementCountRow,
  type InvolvedOrganizationRow,
  type Period,
  type ThemeInvolvementRow,
} from './centre-report.repo.js';
import type { CentreRow } from './centres.repo.js';
import { AGREEMENT_KINDS, MATERIAL_KINDS } from './centres.schema.js';
import type { MaterialKind } from './materials.repo.js';
import { requireReportReader } from './meetings.policy.js';

export interface CentreReport {
  centre: CentreRow;
  from: string;
  until: string;
  materials: { kind: MaterialKind; n: number }[];
  /** Every kind, in the schema's order (zeros too), so tables and the CSV always have the same rows. */
  agreements: AgreementCountRow[];
  meetings: { held: number; recorded: number; people: number; organizations: number };
  organizations: InvolvedOrganizationRow[];
  themes: ThemeInvolvementRow[];
}

const DAY = 86_400_000;
const addDays = (day: string, n: number) => new Date(Date.parse(`${day}T12:00:00Z`) + n * DAY).toISOString().slice(0, 10);

/** The period asked for, or the last 12 months up to today (Helsinki dates, both included); reversed days are swapped. */
export function reportPeriod(query: { from?: string; until?: string }, now: Date): Period {
  const today = dateInput(now);
  let fromDay = query.from ?? (query.until ? addDays(query.until, -365) : addDays(today, -365));
  let untilDay = query.until ?? today;
  if (fromDay > untilDay) [fromDay, untilDay] = [untilDay, fromDay];
  return { fromDay, untilDay, from: instantOf(fromDay, '00:00')!, until: instantOf(addDays(untilDay, 1), '00:00')! };
}

/**
 * A centre's cooperation in a period, for its liaisons and its region's administrators: material shown (approved and
 * valid on some day of it), agreements by kind and how their follow-ups went, meetings held, the organisations
 * involved and their themes in the directory.
 */
export async function getCentreReport({ db, actor, centreId, query, now }: { db: Database; actor: SessionUser; centreId: string; query: { from?: string; until?: string }; now: Date }): Promise<CentreReport> {
  const centre = await requireReportReader(db, actor, centreId);
  const period = reportPeriod(query, now);
  const [materials, agreements, meetings, organizations] = await Promise.all([
    countMaterialsByKind(db, centreId, period),
    countAgreementsByKind(db, centreId, period),
    countMeetings(db, centreId, period, now),
    listInvolvedOrganizations(db, centreId, period, now),
  ]);
  const byKind = new Map(agreements.map((a) => [a.kind, a]));
  const zero = (kind: AgreementKind): AgreementCountRow => ({ kind, agreed: 0, happened: 0, notHappened: 0, cancelled: 0, awaiting: 0, attendance: 0, ratings: 0, ratingSum: 0 });
  return {
    centre,
    from: period.fromDay,
    until: period.untilDay,
    materials: MATERIAL_KINDS.map((kind) => ({ kind, n: materials.get(kind) ?? 0 })),
    agreements: AGREEMENT_KINDS.map((kind) => byKind.get(kind) ?? zero(kind)),
    meetings,
    organizations,
    themes: await countOrganizationsByTheme(db, organizations.map((o) => o.id)),
  };
}
