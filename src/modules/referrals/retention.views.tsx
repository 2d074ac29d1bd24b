import { formValue, type FormState } from '../../platform/http/form.js';
import { formatDayOf, formatNumber } from '../../platform/i18n/i18n.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ErasureMatch } from './list-erasure-matches.js';

/**
 * The right to erasure for administrators: a phone number or e-mail address typed exactly, the requests holding it
 * (references and dates only: administrators never see client details), and a button that erases them. The typed
 * value travels only in form bodies (never in a URL); the pages are not cached.
 */


export interface EraseResult {
  /** The normalised value searched for (shown back, and posted again by the confirm button). */
  contact: string;
  matches: ErasureMatch[];
}

export function ErasePage({
  ctx,
  csrf,
  form,
  regional,
  result,
  erased,
}: {
  ctx: PageContext;
  csrf: string;
  form: FormState;
  /** The viewer is a regional administrator: only requests to their regions' organisations are found. */
  regional: boolean;
  result?: EraseResult;
  /** How many requests were just erased (after the confirm button). */
  erased?: number;
}) {
  const { t, href, lang } = ctx;
  const title = t('retention.erase.title');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('referralStats.title'), '/admin/contact-requests/stats'], [title, '/admin/contact-requests/erase']]}>
      <div class="admin-page">
        <h1>{title}</h1>
        {erased !== undefined ? (
          <div class="notice notice-saved" role="status">
            <p>{erased === 0 ? t('retention.erase.doneNone') : erased === 1 ? t('retention.erase.done.one') : t('retention.erase.done', { count: formatNumber(erased, lang) })}</p>
          </div>
        ) : null}
        <FormErrorSummary ctx={ctx} errors={form.errors} />
        <p>{t('retention.erase.intro')}</p>
        <p>{t(regional ? 'retention.erase.scopeRegional' : 'retention.erase.scopePlatform')}</p>
        <form method="post" action={href('/admin/contact-requests/erase')} novalidate>
          <CsrfField token={csrf} />
          <TextInput
            ctx={ctx}
            name="contact"
            label={t('retention.erase.contact')}
            hint={t('retention.erase.contactHint')}
            value={formValue(form.values, 'contact')}
            error={fieldError(ctx, form.errors, 'contact')}
            autocomplete="off"
            required
          />
          <div class="form-buttons">
            <button type="submit">{t('retention.erase.find')}</button>
          </div>
        </form>

        {result ? (
          <section aria-labelledby="erase-matches-title">
            <h2 id="erase-matches-title" tabindex={-1}>
              {result.matches.length === 0
                ? t('retention.erase.noMatches')
                : result.matches.length === 1
                  ? t('retention.erase.matches.one')
                  : t('retention.erase.matches', { count: formatNumber(result.matches.length, lang) })}
            </h2>
            {result.matches.length === 0 ? (
              <p>{t('retention.erase.noMatchesHint')}</p>
            ) : (
              <>
                <div class="table-scroll">
                  <table class="admin-table">
                    <caption class="visually-hidden">{t('retention.erase.tableCaption')}</caption>
                    <thead>
                      <tr>
                        <th scope="col">{t('retention.erase.col.reference')}</th>
                        <th scope="col">{t('retention.erase.col.sent')}</th>
                        <th scope="col">{t('retention.erase.col.state')}</th>
                      </tr>
                    </thead>
                    <tbody>
                      {result.matches.map((m) => (
                        <tr>
                          <td>{m.reference}</td>
                          <td>{formatDayOf(m.createdAt, lang)}</td>
                          <td>{m.closedAt ? t('retention.erase.closedOn', { date: formatDayOf(m.closedAt, lang) }) : t('retention.erase.open')}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
                <p>{t('retention.erase.warning')}</p>
                <form method="post" action={href('/admin/contact-requests/erase/confirm')}>
                  <CsrfField token={csrf} />
                  <input type="hidden" name="contact" value={result.contact} />
                  <div class="form-buttons">
                    <button type="submit">
                      {result.matches.length === 1 ? t('retention.erase.confirm.one') : t('retention.erase.confirm', { count: formatNumber(result.matches.length, lang) })}
                    </button>
                  </div>
                </form>
              </>
            )}
          </section>
        ) : null}
      </div>
    </Layout>
  );
}
