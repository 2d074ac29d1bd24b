import type { Translate } from '../../platform/i18n/i18n.js';
import { csvCell } from '../referrals/referral-stats.csv.js';
import type { RegionAdminStatistics } from './get-region-admin-statistics.js';
import type { RegionStatistics } from './get-region-statistics.js';

/** CSV for Finnish spreadsheets (as the referral statistics): semicolons, UTF-8 with BOM, CRLF, header in the page's language. */
const BOM = '\uFEFF';
const lines = (rows: (string | number | null)[][]) => BOM + rows.map((r) => r.map(csvCell).join(';')).join('\r\n') + '\r\n';

export function regionStatisticsCsv(stats: RegionStatistics, t: Translate): string {
  return lines([
    [t('regionStats.csv.section'), t('regionStats.csv.code'), t('regionStats.csv.name'), t('regionStats.col.organisations'), t('regionStats.col.activities')],
    ...stats.municipalities.map((m) => [t('regionStats.col.municipality'), m.code, m.name, m.n, m.activities]),
    ...stats.themes.map((m) => [t('regionStats.col.theme'), m.code, m.name, m.n, null]),
    [t('regionStats.checkedShare'), '', '', stats.checked.checked, stats.checked.all],
  ]);
}

export function regionMonthsCsv(stats: RegionAdminStatistics, t: Translate): string {
  return lines([
    [t('regionStats.col.month'), t('regionStats.col.zeroResults'), t('regionStats.col.news'), t('regionStats.col.announcements'), t('regionStats.col.feedback'), t('regionStats.col.newsletterIssues'), t('regionStats.col.newsletterMails')],
    ...stats.months.map((m) => [m.month, m.zeroResultSearches, m.news, m.announcements, m.feedback, m.newsletterIssues, m.newsletterMails]),
  ]);
}
