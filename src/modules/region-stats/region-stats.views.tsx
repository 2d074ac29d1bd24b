import { formatNumber, type Lang } from '../../platform/i18n/i18n.js';
import { BarChart } from '../../platform/views/bar-chart.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { RegionAdminStatistics } from './get-region-admin-statistics.js';
import type { RegionStatistics } from './get-region-statistics.js';

const monthName = (month: string, lang: Lang) => {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(lang === 'sv' ? 'sv-FI' : lang === 'en' ? 'en-GB' : 'fi-FI', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, 15)));
};

function Figures({ ctx, stats }: { ctx: PageContext; stats: RegionStatistics }) {
  const { t, lang } = ctx;
  return (
    <>
      <section aria-labelledby="stats-summary-title">
        <h2 id="stats-summary-title">{t('regionStats.summary')}</h2>
        <dl class="stats-summary">
          <dt>{t('regionStats.checkedShare')}</dt>
          <dd>
            {t('regionStats.checkedValue', { percent: stats.checked.percent, checked: formatNumber(stats.checked.checked, lang), all: formatNumber(stats.checked.all, lang) })}
          </dd>
          <dt>{t('regionStats.eventsThisMonth', { month: monthName(stats.month, lang) })}</dt>
          <dd>{formatNumber(stats.eventsThisMonth, lang)}</dd>
        </dl>
      </section>
      <section aria-labelledby="stats-municipalities-title">
        <h2 id="stats-municipalities-title">{t('regionStats.byMunicipality')}</h2>
        <div class="stats-pair">
          <BarChart bars={stats.municipalities.map((m) => ({ label: m.name, value: m.n }))} format={(n) => formatNumber(n, lang)} />
          <table>
            <caption class="visually-hidden">{t('regionStats.byMunicipality')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regionStats.col.municipality')}</th>
                <th scope="col">{t('regionStats.col.organisations')}</th>
                <th scope="col">{t('regionStats.col.activities')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.municipalities.map((m) => (
                <tr>
                  <th scope="row">{m.name}</th>
                  <td>{formatNumber(m.n, lang)}</td>
                  <td>{formatNumber(m.activities, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
      <section aria-labelledby="stats-themes-title">
        <h2 id="stats-themes-title">{t('regionStats.byTheme')}</h2>
        {stats.themes.length === 0 ? (
          <p>{t('regionStats.noThemes')}</p>
        ) : (
          <div class="stats-pair">
            <BarChart bars={stats.themes.map((m) => ({ label: m.name, value: m.n }))} format={(n) => formatNumber(n, lang)} />
            <table>
              <caption class="visually-hidden">{t('regionStats.byTheme')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('regionStats.col.theme')}</th>
                  <th scope="col">{t('regionStats.col.organisations')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.themes.map((m) => (
                  <tr>
                    <th scope="row">{m.name}</th>
                    <td>{formatNumber(m.n, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}

/** /regions/{slug}/statistics: the public figures of a region. */
export function RegionStatisticsPage({ ctx, stats }: { ctx: PageContext; stats: RegionStatistics }) {
  const { t } = ctx;
  const title = t('regionStats.title', { region: stats.name });
  return (
    <Layout ctx={ctx} title={title} stylesheet={`/regions/${stats.slug}/theme.css`} breadcrumbs={[[stats.name, `/regions/${stats.slug}`], [t('regionStats.nav'), ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('regionStats.intro')}</p>
      <p>
        <a href={ctx.href(`/regions/${stats.slug}/statistics.csv`)} download>
          {t('regionStats.csv')}
        </a>
      </p>
      <Figures ctx={ctx} stats={stats} />
    </Layout>
  );
}

/** /admin/regions/{slug}/statistics: the public figures and, per month, searches that found nothing, news, feedback. */
export function RegionAdminStatisticsPage({ ctx, stats }: { ctx: PageContext; stats: RegionAdminStatistics }) {
  const { t, lang } = ctx;
  const title = t('regionStats.adminTitle', { region: stats.name });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('regionStats.adminTitle', { region: stats.name }), ctx.path]]}>
      <h1>{title}</h1>
      <p>{t('regionStats.adminIntro')}</p>
      <p>
        <a href={ctx.href(`/admin/regions/${stats.slug}/statistics.csv`)} download>
          {t('regionStats.csvMonths')}
        </a>
      </p>
      <section aria-labelledby="stats-zero-title">
        <h2 id="stats-zero-title">{t('regionStats.zeroResults')}</h2>
        <div class="stats-pair">
          <BarChart bars={stats.months.map((m) => ({ label: monthName(m.month, lang), value: m.zeroResultSearches }))} format={(n) => formatNumber(n, lang)} />
          <table>
            <caption class="visually-hidden">{t('regionStats.perMonth')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('regionStats.col.month')}</th>
                <th scope="col">{t('regionStats.col.searches')}</th>
                <th scope="col">{t('regionStats.col.zeroResults')}</th>
                <th scope="col">{t('regionStats.col.news')}</th>
                <th scope="col">{t('regionStats.col.announcements')}</th>
                <th scope="col">{t('regionStats.col.feedback')}</th>
                <th scope="col">{t('regionStats.col.newsletterIssues')}</th>
                <th scope="col">{t('regionStats.col.newsletterMails')}</th>
              </tr>
            </thead>
            <tbody>
              {stats.months.map((m) => (
                <tr>
                  <th scope="row">{monthName(m.month, lang)}</th>
                  <td>{formatNumber(m.searches, lang)}</td>
                  <td>{formatNumber(m.zeroResultSearches, lang)}</td>
                  <td>{formatNumber(m.news, lang)}</td>
                  <td>{formatNumber(m.announcements, lang)}</td>
                  <td>{formatNumber(m.feedback, lang)}</td>
                  <td>{formatNumber(m.newsletterIssues, lang)}</td>
                  <td>{formatNumber(m.newsletterMails, lang)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
        <p class="hint">{t('regionStats.zeroResultsHint')}</p>
      </section>
      <section aria-labelledby="stats-news-title">
        <h2 id="stats-news-title">{t('regionStats.newsPerMonth')}</h2>
        <BarChart bars={stats.months.map((m) => ({ label: monthName(m.month, lang), value: m.news + m.announcements }))} format={(n) => formatNumber(n, lang)} />
      </section>
      <section aria-labelledby="stats-newsletter-title">
        <h2 id="stats-newsletter-title">{t('regionStats.newsletter')}</h2>
        <p>{t('regionStats.newsletterSubscribers', { n: formatNumber(stats.newsletterSubscribers, lang) })}</p>
        <BarChart bars={stats.months.map((m) => ({ label: monthName(m.month, lang), value: m.newsletterMails }))} format={(n) => formatNumber(n, lang)} />
      </section>
      <Figures ctx={ctx} stats={stats} />
    </Layout>
  );
}
