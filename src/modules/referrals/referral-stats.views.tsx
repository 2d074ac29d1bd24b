import { formatDayOf, formatNumber, localeTags, pick, type Lang } from '../../platform/i18n/i18n.js';
import { BarChart, type BarChartBar } from '../../platform/views/bar-chart.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { GroupCounts, Names, ReferralStats } from './get-referral-stats.js';
import { STATS_PERIODS } from './referral-stats.schema.js';

/**
 * The administrators' contact-request statistics: a GET filter form (period, region), the totals, outcomes and
 * deliveries per need as server-rendered SVG bar charts (role="img", <title>/<desc>, aria-labelledby) each with the
 * data table beside it, tables per organisation and municipality, the searches that found nothing, and the CSV link.
 * Works without JavaScript; no client details anywhere.
 */

const nameOf = (ctx: PageContext, n: Names) => pick(ctx.lang, n.fi, n.sv, n.en);

function percent(part: number, whole: number, lang: Lang): string {
  if (whole === 0) return '–';
  return new Intl.NumberFormat(localeTags[lang], { style: 'percent', maximumFractionDigits: 0 }).format(part / whole);
}

function hoursText(ctx: PageContext, h: number | null): string {
  if (h === null) return '–';
  return ctx.t('referralStats.hours', { hours: formatNumber(Math.round(h * 10) / 10, ctx.lang) });
}

/** The statistics query of the current view (for the CSV link and the chart ids), as a query string. */
export function statsQueryString(stats: Pick<ReferralStats, 'periodDays' | 'regionId'>): string {
  const q = new URLSearchParams({ period: String(stats.periodDays) });
  if (stats.regionId) q.set('region', stats.regionId);
  return q.toString();
}

function Filter({ ctx, stats }: { ctx: PageContext; stats: ReferralStats }) {
  const { t, href } = ctx;
  const showRegions = stats.regions.length > 1 || (stats.everywhere && stats.regions.length > 0);
  return (
    <form method="get" action={href('/admin/contact-requests/stats')} class="audit-filter">
      <div class="field">
        <label for="stats-period">{t('referralStats.filter.period')}</label>
        <select id="stats-period" name="period">
          {STATS_PERIODS.map((p) => (
            <option value={String(p)} selected={p === stats.periodDays}>
              {t('referralStats.filter.days', { days: p })}
            </option>
          ))}
        </select>
      </div>
      {showRegions ? (
        <div class="field">
          <label for="stats-region">{t('referralStats.filter.region')}</label>
          <select id="stats-region" name="region">
            <option value="" selected={!stats.regionId}>
              {t(stats.everywhere ? 'referralStats.filter.allRegions' : 'referralStats.filter.ownRegions')}
            </option>
            {stats.regions.map((r) => (
              <option value={r.id} selected={r.id === stats.regionId}>
                {nameOf(ctx, r.names)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <button type="submit">{t('referralStats.filter.show')}</button>
    </form>
  );
}

function CountsTable({ ctx, caption, first, rows, none }: { ctx: PageContext; caption: string; first: string; rows: GroupCounts[]; none: string }) {
  const { t, lang } = ctx;
  return (
    <div class="table-scroll">
      <table class="admin-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{first}</th>
            <th scope="col">{t('referralStats.col.deliveries')}</th>
            <th scope="col">{t('referralStats.outcome.contacted')}</th>
            <th scope="col">{t('referralStats.outcome.unreachable')}</th>
            <th scope="col">{t('referralStats.outcome.declined')}</th>
            <th scope="col">{t('referralStats.outcome.noAction')}</th>
            <th scope="col">{t('referralStats.col.median')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((g) => (
            <tr>
              <th scope="row">{g.names ? nameOf(ctx, g.names) : none}</th>
              <td>{formatNumber(g.total, lang)}</td>
              <td>{formatNumber(g.contacted, lang)}</td>
              <td>{formatNumber(g.unreachable, lang)}</td>
              <td>{formatNumber(g.declined, lang)}</td>
              <td>{formatNumber(g.noAction, lang)}</td>
              <td>{hoursText(ctx, g.medianHours)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

const OUTCOMES = ['contacted', 'unreachable', 'declined', 'noAction'] as const;

export function StatsPage({ ctx, stats }: { ctx: PageContext; stats: ReferralStats }) {
  const { t, href, lang } = ctx;
  const title = t('referralStats.title');
  const total = stats.totals;
  const outcomeBars: BarChartBar[] = OUTCOMES.map((o) => ({
    label: t(`referralStats.outcome.${o}`),
    value: total[o],
    text: `${formatNumber(total[o], lang)} (${percent(total[o], total.total, lang)})`,
  }));
  const needRows = stats.byNeed.filter((g) => g.key !== '');
  const needBars: BarChartBar[] = needRows.slice(0, 10).map((g) => ({ label: nameOf(ctx, g.names!), value: g.total, text: formatNumber(g.total, lang) }));
  const period = t('referralStats.period', { days: stats.periodDays, from: formatDayOf(stats.since, lang), to: formatDayOf(stats.until, lang) });
  const regionName = stats.regionId ? stats.regions.find((r) => r.id === stats.regionId) : undefined;
  const scopeText = regionName
    ? t('referralStats.scope.region', { region: nameOf(ctx, regionName.names) })
    : t(stats.everywhere ? 'referralStats.scope.everywhere' : 'referralStats.scope.own');

  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, '/admin/contact-requests/stats']]}>
      <div class="admin-page stats-page">
        <h1>{title}</h1>
        <p>{t('referralStats.intro')}</p>
        <Filter ctx={ctx} stats={stats} />
        <p>
          {period} {scopeText}
        </p>
        <p>
          <a href={href(`/admin/contact-requests/stats.csv?${statsQueryString(stats)}`)} download>
            {t('referralStats.csv.link')}
          </a>{' '}
          <span class="hint">{t('referralStats.csv.hint')}</span>
        </p>

        <h2>{t('referralStats.summary.title')}</h2>
        {total.total === 0 ? <p>{t('referralStats.none')}</p> : null}
        <dl class="details details-compact">
          <div class="dl-row">
            <dt>{t('referralStats.col.requests')}</dt>
            <dd>{formatNumber(total.requests, lang)}</dd>
          </div>
          <div class="dl-row">
            <dt>{t('referralStats.col.deliveries')}</dt>
            <dd>{formatNumber(total.total, lang)}</dd>
          </div>
          <div class="dl-row">
            <dt>{t('referralStats.summary.sender')}</dt>
            <dd>{t('referralStats.summary.senderValue', { self: formatNumber(stats.sender.self, lang), professional: formatNumber(stats.sender.professional, lang) })}</dd>
          </div>
          <div class="dl-row">
            <dt>{t('referralStats.summary.firstAction')}</dt>
            <dd>{t('referralStats.summary.firstActionValue', { median: hoursText(ctx, total.medianHours), p90: hoursText(ctx, total.p90Hours) })}</dd>
          </div>
          <div class="dl-row">
            <dt>{t('referralStats.col.reminded')}</dt>
            <dd>{formatNumber(total.reminded, lang)}</dd>
          </div>
          <div class="dl-row">
            <dt>{t('referralStats.col.adminsTold')}</dt>
            <dd>{formatNumber(total.adminsTold, lang)}</dd>
          </div>
        </dl>
        <p class="hint">{t('referralStats.summary.firstActionHint')}</p>

        <h2 id="outcomes">{t('referralStats.outcomes.title')}</h2>
        <div class="stats-pair">
          <BarChart described={{ id: 'chart-outcomes', title: t('referralStats.outcomes.chartTitle'), description: t('referralStats.outcomes.chartDesc', { period }) }} bars={outcomeBars} />
          <div class="table-scroll">
            <table class="admin-table">
              <caption>{t('referralStats.outcomes.tableCaption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('referralStats.col.outcome')}</th>
                  <th scope="col">{t('referralStats.col.deliveries')}</th>
                  <th scope="col">{t('referralStats.col.share')}</th>
                </tr>
              </thead>
              <tbody>
                {OUTCOMES.map((o) => (
                  <tr>
                    <th scope="row">{t(`referralStats.outcome.${o}`)}</th>
                    <td>{formatNumber(total[o], lang)}</td>
                    <td>{percent(total[o], total.total, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </div>

        <h2 id="needs">{t('referralStats.needs.title')}</h2>
        <p class="hint">{t('referralStats.needs.hint')}</p>
        {needBars.length > 0 ? (
          <div class="stats-pair">
            <BarChart described={{ id: 'chart-needs', title: t('referralStats.needs.chartTitle'), description: t('referralStats.needs.chartDesc', { period }) }} bars={needBars} />
            <CountsTable ctx={ctx} caption={t('referralStats.needs.tableCaption')} first={t('referralStats.col.need')} rows={stats.byNeed} none={t('referralStats.need.none')} />
          </div>
        ) : (
          <CountsTable ctx={ctx} caption={t('referralStats.needs.tableCaption')} first={t('referralStats.col.need')} rows={stats.byNeed} none={t('referralStats.need.none')} />
        )}

        <h2 id="organizations">{t('referralStats.organizations.title')}</h2>
        <CountsTable ctx={ctx} caption={t('referralStats.organizations.tableCaption')} first={t('referralStats.col.organization')} rows={stats.byOrganization} none="" />

        <h2 id="municipalities">{t('referralStats.municipalities.title')}</h2>
        <p class="hint">{t('referralStats.municipalities.hint')}</p>
        <CountsTable ctx={ctx} caption={t('referralStats.municipalities.tableCaption')} first={t('referralStats.col.municipality')} rows={stats.byMunicipality} none={t('referralStats.municipality.none')} />

        <h2 id="searches">{t('referralStats.searches.title')}</h2>
        <p class="hint">{t('referralStats.searches.hint')}</p>
        <h3>{t('referralStats.searchedNeeds.title')}</h3>
        {stats.searchedNeeds.length === 0 ? (
          <p>{t('referralStats.searches.none')}</p>
        ) : (
          <div class="table-scroll">
            <table class="admin-table">
              <caption class="visually-hidden">{t('referralStats.searchedNeeds.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('referralStats.col.need')}</th>
                  <th scope="col">{t('referralStats.col.searches')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.searchedNeeds.map((n) => (
                  <tr>
                    <th scope="row">{nameOf(ctx, n.names)}</th>
                    <td>{formatNumber(n.searches, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <h3>{t('referralStats.zeroResults.title')}</h3>
        {stats.zeroResults.length === 0 ? (
          <p>{t('referralStats.searches.none')}</p>
        ) : (
          <div class="table-scroll">
            <table class="admin-table">
              <caption class="visually-hidden">{t('referralStats.zeroResults.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('referralStats.col.query')}</th>
                  <th scope="col">{t('referralStats.col.need')}</th>
                  <th scope="col">{t('referralStats.col.municipality')}</th>
                  <th scope="col">{t('referralStats.col.searches')}</th>
                  <th scope="col">{t('referralStats.col.lastSeen')}</th>
                </tr>
              </thead>
              <tbody>
                {stats.zeroResults.map((z) => (
                  <tr>
                    <td lang={z.lang}>{z.query || <span class="muted">{t('referralStats.zeroResults.filtersOnly')}</span>}</td>
                    <td>{z.needs.map((n) => nameOf(ctx, n)).join(', ')}</td>
                    <td>
                      {z.municipality === null ? t('referralStats.zeroResults.allAreas') : z.municipality === 'remote' ? t('referralStats.zeroResults.remote') : nameOf(ctx, z.municipality)}
                    </td>
                    <td>{formatNumber(z.count, lang)}</td>
                    <td>{formatDayOf(z.lastSeen, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}

        <h2>{t('referralStats.privacy.title')}</h2>
        <p>{t('referralStats.privacy.body')}</p>
        <p>
          <a href={href('/admin/contact-requests/erase')}>{t('retention.erase.title')}</a>
        </p>
      </div>
    </Layout>
  );
}
