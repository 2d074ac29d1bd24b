import { formatNumber, pick, type Lang } from '../../platform/i18n/i18n.js';
import { BarChart } from '../../platform/views/bar-chart.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { centreName } from './centres.views.js';
import type { CentreReport } from './get-centre-report.js';

const day = (iso: string, lang: Lang) => new Intl.DateTimeFormat(lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${iso}T12:00:00Z`));

export function averageRating(ratings: number, sum: number, lang: Lang): string {
  return ratings === 0 ? '' : new Intl.NumberFormat(lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI', { maximumFractionDigits: 1, minimumFractionDigits: 1 }).format(sum / ratings);
}

/** /centres/{id}/report: the centre's cooperation in a period, charts beside tables, and the CSV. */
export function CentreReportPage({ ctx, report }: { ctx: PageContext; report: CentreReport }) {
  const { t, lang } = ctx;
  const c = report.centre;
  const title = t('meetings.report.title', { centre: centreName(ctx, c) });
  const n = (x: number) => formatNumber(x, lang);
  const total = report.agreements.reduce(
    (s, a) => ({ agreed: s.agreed + a.agreed, happened: s.happened + a.happened, notHappened: s.notHappened + a.notHappened, cancelled: s.cancelled + a.cancelled, awaiting: s.awaiting + a.awaiting, attendance: s.attendance + a.attendance, ratings: s.ratings + a.ratings, ratingSum: s.ratingSum + a.ratingSum }),
    { agreed: 0, happened: 0, notHappened: 0, cancelled: 0, awaiting: 0, attendance: 0, ratings: 0, ratingSum: 0 },
  );
  const query = `?from=${report.from}&until=${report.until}`;
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('centres.list.title'), '/centres'], [centreName(ctx, c), `/centres/${c.id}`], [t('meetings.list.report'), ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('meetings.report.intro', { from: day(report.from, lang), until: day(report.until, lang) })}</p>
      <form method="get" action={ctx.href(`/centres/${c.id}/report`)} class="filters">
        <fieldset class="field">
          <legend>{t('meetings.report.period')}</legend>
          <div class="field">
            <label for="from">{t('meetings.report.from')}</label>
            <input type="date" id="from" name="from" value={report.from} />
          </div>
          <div class="field">
            <label for="until">{t('meetings.report.until')}</label>
            <input type="date" id="until" name="until" value={report.until} />
          </div>
        </fieldset>
        <button type="submit" class="button button-secondary">
          {t('meetings.report.show')}
        </button>
      </form>
      <p>
        <a href={ctx.href(`/centres/${c.id}/report.csv${query}`)} download>
          {t('meetings.report.csv')}
        </a>
      </p>

      <section aria-labelledby="report-materials">
        <h2 id="report-materials">{t('meetings.report.materials')}</h2>
        <p>{t('meetings.report.materialsHint')}</p>
        <div class="stats-pair">
          <BarChart bars={report.materials.map((m) => ({ label: t(`centres.materialKind.${m.kind}`), value: m.n }))} format={(n) => formatNumber(n, lang)} />
          <table id="report-materials-table">
            <caption class="visually-hidden">{t('meetings.report.materials')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.report.kind')}</th>
                <th scope="col">{t('meetings.report.count')}</th>
              </tr>
            </thead>
            <tbody>
              {report.materials.map((m) => (
                <tr>
                  <th scope="row">{t(`centres.materialKind.${m.kind}`)}</th>
                  <td>{n(m.n)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-agreements">
        <h2 id="report-agreements">{t('meetings.report.agreements')}</h2>
        <p>{t('meetings.report.agreementsHint')}</p>
        <BarChart bars={report.agreements.map((a) => ({ label: t(`centres.agreementKind.${a.kind}`), value: a.happened }))} format={(n) => formatNumber(n, lang)} />
        <div class="table-scroll">
          <table id="report-agreements-table">
            <caption class="visually-hidden">{t('meetings.report.agreements')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('meetings.report.kind')}</th>
                <th scope="col">{t('meetings.report.agreed')}</th>
                <th scope="col">{t('meetings.report.happened')}</th>
                <th scope="col">{t('meetings.report.notHappened')}</th>
                <th scope="col">{t('meetings.report.cancelled')}</th>
                <th scope="col">{t('meetings.report.awaiting')}</th>
                <th scope="col">{t('meetings.report.attendance')}</th>
                <th scope="col">{t('meetings.report.rating')}</th>
              </tr>
            </thead>
            <tbody>
              {report.agreements.map((a) => (
                <tr>
                  <th scope="row">{t(`centres.agreementKind.${a.kind}`)}</th>
                  <td>{n(a.agreed)}</td>
                  <td>{n(a.happened)}</td>
                  <td>{n(a.notHappened)}</td>
                  <td>{n(a.cancelled)}</td>
                  <td>{n(a.awaiting)}</td>
                  <td>{n(a.attendance)}</td>
                  <td>{averageRating(a.ratings, a.ratingSum, lang)}</td>
                </tr>
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('meetings.report.total')}</th>
                <td>{n(total.agreed)}</td>
                <td>{n(total.happened)}</td>
                <td>{n(total.notHappened)}</td>
                <td>{n(total.cancelled)}</td>
                <td>{n(total.awaiting)}</td>
                <td>{n(total.attendance)}</td>
                <td>{averageRating(total.ratings, total.ratingSum, lang)}</td>
              </tr>
            </tfoot>
          </table>
        </div>
      </section>

      <section aria-labelledby="report-meetings">
        <h2 id="report-meetings">{t('meetings.report.meetings')}</h2>
        <dl class="stats-summary" id="report-meetings-figures">
          <dt>{t('meetings.report.meetingsHeld')}</dt>
          <dd>{n(report.meetings.held)}</dd>
          <dt>{t('meetings.report.meetingsRecorded')}</dt>
          <dd>{n(report.meetings.recorded)}</dd>
          <dt>{t('meetings.report.meetingsPeople')}</dt>
          <dd>{n(report.meetings.people)}</dd>
          <dt>{t('meetings.report.meetingsOrganizations')}</dt>
          <dd>{n(report.meetings.organizations)}</dd>
        </dl>
      </section>

      <section aria-labelledby="report-organizations">
        <h2 id="report-organizations">{t('meetings.report.organizations')}</h2>
        {report.organizations.length === 0 ? (
          <p>{t('meetings.report.noOrganizations')}</p>
        ) : (
          <>
            <p>{t('meetings.report.organizationsCount', { n: n(report.organizations.length) })}</p>
            <div class="table-scroll">
              <table id="report-organizations-table">
                <caption class="visually-hidden">{t('meetings.report.organizations')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('meetings.report.organization')}</th>
                    <th scope="col">{t('meetings.report.orgMaterials')}</th>
                    <th scope="col">{t('meetings.report.orgAgreements')}</th>
                    <th scope="col">{t('meetings.report.orgMeetings')}</th>
                  </tr>
                </thead>
                <tbody>
                  {report.organizations.map((o) => (
                    <tr>
                      <th scope="row">{o.nameFi}</th>
                      <td>{n(o.materials)}</td>
                      <td>{n(o.agreements)}</td>
                      <td>{n(o.meetings)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </>
        )}
      </section>

      <section aria-labelledby="report-themes">
        <h2 id="report-themes">{t('meetings.report.themes')}</h2>
        <p>{t('meetings.report.themesHint')}</p>
        {report.themes.length === 0 ? (
          <p>{t('meetings.report.noThemes')}</p>
        ) : (
          <div class="stats-pair">
            <BarChart bars={report.themes.map((th) => ({ label: pick(lang, th.nameFi, th.nameSv, th.nameEn), value: th.organizations }))} format={(n) => formatNumber(n, lang)} />
            <table id="report-themes-table">
              <caption class="visually-hidden">{t('meetings.report.themes')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('meetings.report.theme')}</th>
                  <th scope="col">{t('meetings.report.organizations')}</th>
                </tr>
              </thead>
              <tbody>
                {report.themes.map((th) => (
                  <tr>
                    <th scope="row">{pick(lang, th.nameFi, th.nameSv, th.nameEn)}</th>
                    <td>{n(th.organizations)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </Layout>
  );
}
