import type { Translate } from '../../platform/i18n/i18n.js';
import { csvDocument } from '../../platform/http/csv.js';
import type { RegionAdminStatistics } from './get-region-admin-statistics.js';
import type { RegionStatistics } from './get-region-statistics.js';

/** CSV for Finnish spreadsheets (platform/http/csv.ts: semicolons, UTF-8 with BOM, CRLF), header in the page's language. */

export function regionStatisticsCsv(stats: RegionStatistics, t: Translate): string {
  return csvDocument([
    [t('regionStats.csv.section'), t('regionStats.csv.code'), t('regionStats.csv.name'), t('regionStats.col.organisations'), t('regionStats.col.activities')],
    ...stats.municipalities.map((m) => [t('regionStats.col.municipality'), m.code, m.name, m.n, m.activities]),
    ...stats.themes.map((m) => [t('regionStats.col.theme'), m.code, m.name, m.n, null]),
    [t('regionStats.checkedShare'), '', '', stats.checked.checked, stats.checked.all],
  ]);
}

export function regionMonthsCsv(stats: RegionAdminStatistics, t: Translate): string {
  return csvDocument([
    [t('regionStats.col.month'), t('regionStats.col.searches'), t('regionStats.col.zeroResults'), t('regionStats.col.news'), t('regionStats.col.announcements'), t('regionStats.col.feedback'), t('regionStats.col.newsletterIssues'), t('regionStats.col.newsletterMails')],
    ...stats.months.map((m) => [m.month, m.searches, m.zeroResultSearches, m.news, m.announcements, m.feedback, m.newsletterIssues, m.newsletterMails]),
  ]);
}
