import { csvDocument, type CsvValue } from '../../platform/http/csv.js';
import { pick, type Lang, type Translate } from '../../platform/i18n/i18n.js';
import type { CentreReport } from './get-centre-report.js';

/**
 * The centre's report as one CSV file for Finnish spreadsheets (platform/http/csv.ts: semicolons, UTF-8 with BOM,
 * CRLF), header in the page's language: one row per figure, with its section, its name and its numbers. Agreement
 * rows have every column (agreed, happened, not happened, cancelled, not recorded, attendance, ratings, sum of ratings).
 */
export function centreReportCsv(report: CentreReport, t: Translate, lang: Lang): string {
  const rows: CsvValue[][] = [
    [t('meetings.csv.section'), t('meetings.csv.name'), t('meetings.report.count'), t('meetings.report.happened'), t('meetings.report.notHappened'), t('meetings.report.cancelled'), t('meetings.report.awaiting'), t('meetings.report.attendance'), t('meetings.report.rating')],
    [t('meetings.report.period'), `${report.from}–${report.until}`, null, null, null, null, null, null, null],
    ...report.materials.map((m) => [t('meetings.report.materials'), t(`centres.materialKind.${m.kind}`), m.n, null, null, null, null, null, null]),
    ...report.agreements.map((a) => [t('meetings.report.agreements'), t(`centres.agreementKind.${a.kind}`), a.agreed, a.happened, a.notHappened, a.cancelled, a.awaiting, a.attendance, a.ratings === 0 ? null : (a.ratingSum / a.ratings).toFixed(1).replace('.', ',')]),
    [t('meetings.report.meetings'), t('meetings.report.meetingsHeld'), report.meetings.held, null, null, null, null, null, null],
    [t('meetings.report.meetings'), t('meetings.report.meetingsRecorded'), report.meetings.recorded, null, null, null, null, null, null],
    [t('meetings.report.meetings'), t('meetings.report.meetingsPeople'), report.meetings.people, null, null, null, null, null, null],
    [t('meetings.report.meetings'), t('meetings.report.meetingsOrganizations'), report.meetings.organizations, null, null, null, null, null, null],
    ...report.organizations.map((o) => [t('meetings.report.organizations'), o.nameFi, o.materials + o.agreements + o.meetings, null, null, null, null, null, null]),
    ...report.themes.map((th) => [t('meetings.report.themes'), pick(lang, th.nameFi, th.nameSv, th.nameEn), th.organizations, null, null, null, null, null, null]),
  ];
  return csvDocument(rows);
}
