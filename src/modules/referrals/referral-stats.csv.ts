import { csvDocument, type CsvValue } from '../../platform/http/csv.js';
import { pick, type Lang, type Translate } from '../../platform/i18n/i18n.js';
import type { GroupCounts, ReferralStats } from './get-referral-stats.js';

/**
 * The statistics as a CSV file for spreadsheets (platform/http/csv.ts: Finnish Excel, semicolons, BOM, CRLF, no
 * formulas), with a decimal comma and a header row in the page's language. One rectangular table: a row per group
 * of each section (everything, organisation, need, municipality).
 */

/** Hours with one decimal and a decimal comma ("12,5"). */
function hours(h: number | null): string | null {
  return h === null ? null : (Math.round(h * 10) / 10).toFixed(1).replace('.', ',');
}

export function statsCsv(stats: ReferralStats, t: Translate, lang: Lang): string {
  const header = [
    t('referralStats.csv.section'),
    t('referralStats.csv.code'),
    t('referralStats.csv.name'),
    t('referralStats.col.deliveries'),
    t('referralStats.col.requests'),
    t('referralStats.outcome.contacted'),
    t('referralStats.outcome.unreachable'),
    t('referralStats.outcome.declined'),
    t('referralStats.outcome.noAction'),
    t('referralStats.csv.medianHours'),
    t('referralStats.csv.p90Hours'),
    t('referralStats.col.reminded'),
    t('referralStats.col.adminsTold'),
  ];
  const row = (section: string, g: GroupCounts, none: string) => [
    section,
    g.key,
    g.names ? pick(lang, g.names.fi, g.names.sv, g.names.en) : none,
    g.total,
    g.requests,
    g.contacted,
    g.unreachable,
    g.declined,
    g.noAction,
    hours(g.medianHours),
    hours(g.p90Hours),
    g.reminded,
    g.adminsTold,
  ];
  const rows: CsvValue[][] = [
    header,
    row(t('referralStats.csv.total'), stats.totals, t('referralStats.csv.all')),
    ...stats.byOrganization.map((g) => row(t('referralStats.csv.organization'), g, '')),
    ...stats.byNeed.map((g) => row(t('referralStats.csv.need'), g, t('referralStats.need.none'))),
    ...stats.byMunicipality.map((g) => row(t('referralStats.csv.municipality'), g, t('referralStats.municipality.none'))),
  ];
  return csvDocument(rows);
}

/** "yhteydenottopyynnot-90-paivaa-2026-12-01.csv" in the page's language. */
export function statsCsvFileName(stats: ReferralStats, t: Translate): string {
  const date = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(stats.until);
  return t('referralStats.csv.fileName', { days: stats.periodDays, date });
}
