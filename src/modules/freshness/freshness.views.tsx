import { formatDate, formatNumber, pick } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { OrganizationNames } from './freshness.repo.js';
import type { FreshnessOverview } from './get-freshness-overview.js';

function nameOf(ctx: PageContext, names: OrganizationNames): string {
  return pick(ctx.lang, names.fi, names.sv, names.en);
}

function CsrfField({ token }: { token: string }) {
  return <input type="hidden" name="_csrf" value={token} />;
}

/** GET of a one-click link: one button (opening the link, as mail scanners do, changes nothing). */
export function ConfirmLinkPage({ ctx, csrf, token, names, organizationId }: { ctx: PageContext; csrf: string; token: string; names: OrganizationNames; organizationId: string }) {
  const { t } = ctx;
  const name = nameOf(ctx, names);
  return (
    <Layout ctx={ctx} title={t('freshness.confirm.title')}>
      <div class="auth-page">
        <h1>{t('freshness.confirm.title')}</h1>
        <p>{t('freshness.confirm.body', { name })}</p>
        <form method="post" action={ctx.href(`/freshness/confirm/${token}`)}>
          <CsrfField token={csrf} />
          <button type="submit">{t('freshness.confirm.submit')}</button>
        </form>
        <p>
          <a href={ctx.href(`/my/organisations/${organizationId}/edit`)}>{t('freshness.confirm.edit')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** A signed-in maintainer's page for one organisation: when it was checked, the button, the edit link. */
export function OwnOrganizationPage({
  ctx,
  csrf,
  organizationId,
  names,
  checkedOn,
  hidden,
}: {
  ctx: PageContext;
  csrf: string;
  organizationId: string;
  names: OrganizationNames;
  checkedOn: string;
  hidden: boolean;
}) {
  const { t } = ctx;
  const title = t('freshness.own.title', { name: nameOf(ctx, names) });
  return (
    <Layout ctx={ctx} title={title}>
      <div class="auth-page">
        <h1>{title}</h1>
        <p>{t('freshness.own.checked', { date: formatDate(checkedOn, ctx.lang) })}</p>
        {hidden ? <p class="stale-mark">{t('freshness.own.hidden')}</p> : null}
        <p>{t('freshness.own.body')}</p>
        <form method="post" action={ctx.href(`/my/organisations/${organizationId}/check`)}>
          <CsrfField token={csrf} />
          <button type="submit">{t('freshness.confirm.submit')}</button>
        </form>
        <p>
          <a href={ctx.href(`/my/organisations/${organizationId}/edit`)}>{t('freshness.confirm.edit')}</a>
        </p>
      </div>
    </Layout>
  );
}

function percent(n: number, of: number, lang: PageContext['lang']): string {
  return of === 0 ? '–' : formatNumber(Math.round((1000 * n) / of) / 10, lang);
}

/** /admin/freshness: per region, the share of activities checked lately and the organisations overdue. */
export function FreshnessOverviewPage({ ctx, overview }: { ctx: PageContext; overview: FreshnessOverview }) {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('freshness.admin.title')}>
      <div class="freshness-page">
        <h1>{t('freshness.admin.title')}</h1>
        <p>{t('freshness.admin.intro', { days: overview.remindAfterDays })}</p>
        <p class="no-print">{t('freshness.admin.print')}</p>
        {overview.regions.length === 0 ? <p>{t('freshness.admin.none')}</p> : null}
        {overview.regions.map((r) => (
          <section aria-labelledby={`region-${r.id}`}>
            <h2 id={`region-${r.id}`}>{pick(lang, r.names.fi, r.names.sv, r.names.en)}</h2>
            <dl class="freshness-figures">
              <div>
                <dt>{t('freshness.admin.activities')}</dt>
                <dd>{formatNumber(r.activities, lang)}</dd>
              </div>
              <div>
                <dt>{t('freshness.admin.within6')}</dt>
                <dd>{t('freshness.admin.share', { n: formatNumber(r.checkedWithin6, lang), percent: percent(r.checkedWithin6, r.activities, lang) })}</dd>
              </div>
              <div>
                <dt>{t('freshness.admin.within12')}</dt>
                <dd>{t('freshness.admin.share', { n: formatNumber(r.checkedWithin12, lang), percent: percent(r.checkedWithin12, r.activities, lang) })}</dd>
              </div>
            </dl>
            <h3 id={`overdue-${r.id}`}>{t('freshness.admin.overdue', { n: formatNumber(r.overdue.length, lang) })}</h3>
            {r.overdue.length === 0 ? (
              <p>{t('freshness.admin.noOverdue')}</p>
            ) : (
              <table class="freshness-table" aria-labelledby={`overdue-${r.id}`}>
                <thead>
                  <tr>
                    <th scope="col">{t('freshness.admin.col.name')}</th>
                    <th scope="col">{t('freshness.admin.col.checked')}</th>
                    <th scope="col">{t('freshness.admin.col.reminders')}</th>
                  </tr>
                </thead>
                <tbody>
                  {r.overdue.map((o) => {
                    const sent = [
                      o.firstReminderAt ? t('freshness.admin.reminders.first', { date: formatDate(o.firstReminderAt.toISOString(), lang) }) : null,
                      o.secondReminderAt ? t('freshness.admin.reminders.second', { date: formatDate(o.secondReminderAt.toISOString(), lang) }) : null,
                      o.adminsToldAt ? t('freshness.admin.reminders.admins', { date: formatDate(o.adminsToldAt.toISOString(), lang) }) : null,
                      o.hidden ? t('freshness.admin.hidden') : null,
                    ].filter((x): x is string => x !== null);
                    return (
                      <tr>
                        <th scope="row">
                          <a href={ctx.href(`/organisations/${o.id}`)}>{nameOf(ctx, o.names)}</a>
                        </th>
                        <td>{formatDate(o.checkedOn, lang)}</td>
                        <td>{sent.length > 0 ? sent.join('; ') : t('freshness.admin.reminders.none')}</td>
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        ))}
      </div>
    </Layout>
  );
}
