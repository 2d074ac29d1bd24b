import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { ComponentChildren } from 'preact';
import { formValue, type FormState } from '../../platform/http/form.js';
import { formatDateTime, formatDayOf, pick } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ChoiceGroup, CsrfField, fieldError, FormErrorSummary, formTitle, groupAnchor, SelectField, TextArea } from '../../platform/views/form.js';
import type { ContactRequestView } from './inbox.detail.js';
import type { Names } from './inbox.repo.js';
import { ACTION_STATUSES } from './inbox.schema.js';
import type { InboxPage as InboxData } from './list-inbox.js';
import { DECLINE_REASONS } from './referrals.types.js';

/**
 * The recipient organisation's pages: the signed link's first page (one button), one request with its status form
 * (through the link or the inbox; printable: the form and navigation do not print), and the maintainers' inbox.
 */




const name = (ctx: PageContext, n: Names) => pick(ctx.lang, n.fi, n.sv, n.en);

/** "3 päivää sitten", by calendar days in Finland. */
function age(ctx: PageContext, since: Date, now: Date): string {
  const day = (d: Date) => Date.parse(new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki' }).format(d));
  const days = Math.round((day(now) - day(since)) / 86_400_000);
  if (days <= 0) return ctx.t('inbox.age.today');
  return days === 1 ? ctx.t('inbox.age.one') : ctx.t('inbox.age.days', { days });
}

/** A phone number as people read it (+358 40 123 4567), or as stored when it does not parse. */
function phoneText(phone: string): string {
  return parsePhoneNumberFromString(phone)?.formatInternational() ?? phone;
}

/** The signed link's page: which organisation, which request, and the button. Following the link changes nothing. */
export function OpenLinkPage({ ctx, csrf, token, organization, reference }: { ctx: PageContext; csrf: string; token: string; organization: Names; reference: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('inbox.link.title')}>
      <div class="auth-page">
        <h1>{t('inbox.link.title')}</h1>
        <p>{t('inbox.link.body', { organization: name(ctx, organization), reference })}</p>
        <p>{t('inbox.link.hint')}</p>
        <form method="post" action={ctx.href(`/contact-requests/open/${token}`)}>
          <CsrfField token={csrf} />
          <button type="submit">{t('inbox.link.open')}</button>
        </form>
      </div>
    </Layout>
  );
}

function Row({ label, children }: { label: string; children: ComponentChildren }) {
  return (
    <div class="dl-row">
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The form's values: as typed after an error, else what is stored. */
function formState(view: ContactRequestView, form: FormState): FormState {
  if (Object.keys(form.values).length > 0 || Object.keys(form.errors).length > 0) return form;
  const acted = (ACTION_STATUSES as readonly string[]).includes(view.status);
  return { values: { status: acted ? view.status : '', declineReason: view.declineReason ?? '', note: view.note ?? '' }, errors: {} };
}

function StatusForm({ ctx, csrf, view, action, form }: { ctx: PageContext; csrf: string; view: ContactRequestView; action: string; form: FormState }) {
  const { t } = ctx;
  const statusOptions = ACTION_STATUSES.map((s) => ({ value: s, label: t(`inbox.form.${s}`) }));
  const state = formState(view, form);
  return (
    <section aria-labelledby="status-form-title" class="inbox-status-form">
      <h2 id="status-form-title">{t('inbox.form.title')}</h2>
      <FormErrorSummary ctx={ctx} errors={state.errors} anchors={{ status: groupAnchor('status', statusOptions) }} />
      <form method="post" action={ctx.href(action)} novalidate>
        <CsrfField token={csrf} />
        <ChoiceGroup
          ctx={ctx}
          name="status"
          type="radio"
          legend={t('inbox.form.status')}
          options={statusOptions}
          selected={[formValue(state.values, 'status')]}
          error={fieldError(ctx, state.errors, 'status')}
          hint={view.sender.kind === 'professional' ? t('inbox.form.followUpHint') : undefined}
          required
        />
        <SelectField
          ctx={ctx}
          name="declineReason"
          label={t('inbox.form.reason')}
          value={formValue(state.values, 'declineReason')}
          placeholder={t('inbox.form.reasonChoose')}
          options={DECLINE_REASONS.map((r) => ({ value: r, label: t(`inbox.reason.${r}`) }))}
          error={fieldError(ctx, state.errors, 'declineReason')}
        />
        {view.client ? (
          <TextArea
            ctx={ctx}
            name="note"
            label={t('inbox.form.note')}
            hint={t('inbox.form.noteHint')}
            value={formValue(state.values, 'note')}
            error={fieldError(ctx, state.errors, 'note')}
            rows={4}
          />
        ) : null}
        <div class="form-buttons">
          <button type="submit">{t('inbox.form.submit')}</button>
        </div>
      </form>
    </section>
  );
}

/**
 * One request as its recipient organisation sees it. `action`: where the status form posts (the signed link's
 * status URL, or the inbox's URL of this recipient). `viaLink`: the page was reached with the signed link.
 */
export function ContactRequestPage({
  ctx,
  csrf,
  view,
  action,
  form,
  saved,
  viaLink,
}: {
  ctx: PageContext;
  csrf: string;
  view: ContactRequestView;
  action: string;
  form: FormState;
  saved?: boolean;
  viaLink: boolean;
}) {
  const { t, lang } = ctx;
  const heading = t('inbox.request.title', { reference: view.reference });
  const client = view.client;
  const given = (v: string | null, render?: (v: string) => ComponentChildren) =>
    v ? (render ? render(v) : v) : <span class="hint">{t('inbox.request.notGiven')}</span>;
  return (
    <Layout
      ctx={ctx}
      title={formTitle(ctx, heading, form.errors)}
      breadcrumbs={viaLink ? undefined : [[t('inbox.title'), '/my/contact-requests'], [view.reference, `/my/contact-requests/${view.recipientId}`]]}
    >
      <article class="inbox-request">
        <p class="eyebrow">{name(ctx, view.organization)}</p>
        <h1>{heading}</h1>
        {saved ? (
          <p class="notice notice-saved" role="status">
            {t('inbox.form.saved')}
          </p>
        ) : null}
        <dl class="details">
          <Row label={t('inbox.request.to')}>{name(ctx, view.organization)}</Row>
          {view.activity ? <Row label={t('inbox.request.activity')}>{name(ctx, view.activity)}</Row> : null}
          <Row label={t('inbox.request.received')}>{formatDateTime(view.createdAt, lang)}</Row>
          <Row label={t('inbox.request.status')}>
            {t(`inbox.status.${view.status}`)}
            {view.status === 'declined' && view.declineReason ? ` – ${t(`inbox.reason.${view.declineReason}`)}` : ''}
            {view.closedAt ? <span class="hint"> ({t('inbox.request.closed')})</span> : null}
          </Row>
        </dl>

        <h2>{t('inbox.request.client')}</h2>
        {client ? (
          <>
            <dl class="details">
              <Row label={t('inbox.request.firstName')}>{given(client.firstName)}</Row>
              <Row label={t('inbox.request.phone')}>{given(client.phone, (p) => <a href={`tel:${p}`}>{phoneText(p)}</a>)}</Row>
              <Row label={t('inbox.request.email')}>{given(client.email, (e) => <a href={`mailto:${e}`}>{e}</a>)}</Row>
              <Row label={t('inbox.request.preferredTime')}>{given(client.preferredTime)}</Row>
              <Row label={t('inbox.request.contactLang')}>{t(`inbox.contactLang.${view.contactLang}`)}</Row>
              <Row label={t('inbox.request.message')}>{given(client.message, (m) => <span class="preserve-lines">{m}</span>)}</Row>
            </dl>
            <p class="hint">{t('inbox.request.privacy')}</p>
          </>
        ) : (
          <p class="notice">{t('inbox.request.erased')}</p>
        )}

        <h2>{t('inbox.request.sender')}</h2>
        <dl class="details">
          <Row label={t('inbox.request.sender')}>{t(view.sender.kind === 'professional' ? 'inbox.request.sender.professional' : 'inbox.request.sender.self')}</Row>
          {view.sender.kind === 'professional' && view.sender.unit ? <Row label={t('inbox.request.sender.unit')}>{view.sender.unit}</Row> : null}
        </dl>

        <h2>{t('inbox.request.others')}</h2>
        {view.otherOrganizations.length > 0 ? (
          <ul>
            {view.otherOrganizations.map((o) => (
              <li>{name(ctx, o)}</li>
            ))}
          </ul>
        ) : (
          <p>{t('inbox.request.onlyYou')}</p>
        )}

        {view.note ? (
          <div class="print-only">
            <h2>{t('inbox.request.note')}</h2>
            <p class="preserve-lines">{view.note}</p>
          </div>
        ) : null}

        <StatusForm ctx={ctx} csrf={csrf} view={view} action={action} form={form} />

        <p class="hint no-print">{t('inbox.request.print')}</p>
        {viaLink ? <p class="hint">{t('inbox.request.linkValid', { date: formatDayOf(view.linkExpiresAt, lang) })}</p> : null}
        {viaLink ? null : (
          <p class="no-print">
            <a href={ctx.href('/my/contact-requests')}>{t('inbox.back')}</a>
          </p>
        )}
      </article>
    </Layout>
  );
}

/** The maintainers' inbox: reference, organisation, activity, date, age and status; no client details. */
export function InboxListPage({ ctx, inbox, now }: { ctx: PageContext; inbox: InboxData; now: Date }) {
  const { t, lang } = ctx;
  const title = t('inbox.title');
  const pages = Math.max(1, Math.ceil(inbox.total / inbox.pageSize));
  const pageHref = (p: number) => ctx.href(p === 1 ? '/my/contact-requests' : `/my/contact-requests?page=${p}`);
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[title, '/my/contact-requests']]}>
      <div class="my-page inbox-page">
        <h1>{title}</h1>
        {inbox.organizations === 0 ? (
          <p>{t('inbox.noOrganizations')}</p>
        ) : inbox.total === 0 ? (
          <p>{t('inbox.none')}</p>
        ) : (
          <>
            <p>{t('inbox.lead')}</p>
            <p>{t('inbox.count', { count: inbox.total })}</p>
            <div class="table-scroll">
              <table class="contacts inbox-table">
                <thead>
                  <tr>
                    <th scope="col">{t('inbox.col.reference')}</th>
                    <th scope="col">{t('inbox.col.organization')}</th>
                    <th scope="col">{t('inbox.col.activity')}</th>
                    <th scope="col">{t('inbox.col.received')}</th>
                    <th scope="col">{t('inbox.col.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {inbox.items.map((r) => (
                    <tr>
                      <th scope="row">
                        <a href={ctx.href(`/my/contact-requests/${r.recipientId}`)}>{r.reference}</a>
                      </th>
                      <td>{name(ctx, r.organization)}</td>
                      <td>{r.activity ? name(ctx, r.activity) : ''}</td>
                      <td>
                        {formatDayOf(r.createdAt, lang)} <span class="hint">({age(ctx, r.createdAt, now)})</span>
                      </td>
                      <td>
                        {r.status === 'new' ? <strong>{t('inbox.status.new')}</strong> : t(`inbox.status.${r.status}`)}
                        {r.closed ? <span class="hint">{`, ${t('inbox.closed')}`}</span> : null}
                        {r.erased ? <span class="hint">{`, ${t('inbox.erased')}`}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            {pages > 1 ? (
              <nav aria-label={t('inbox.page.label')} class="pagination">
                <ul>
                  {inbox.page > 1 ? (
                    <li>
                      <a href={pageHref(inbox.page - 1)} rel="prev">
                        {t('inbox.page.previous')}
                      </a>
                    </li>
                  ) : null}
                  <li aria-current="page">{`${inbox.page} / ${pages}`}</li>
                  {inbox.page < pages ? (
                    <li>
                      <a href={pageHref(inbox.page + 1)} rel="next">
                        {t('inbox.page.next')}
                      </a>
                    </li>
                  ) : null}
                </ul>
              </nav>
            ) : null}
          </>
        )}
      </div>
    </Layout>
  );
}
