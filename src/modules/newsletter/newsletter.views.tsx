import type { FormState } from '../../platform/http/form.js';
import { formatNumber, pick, type Lang } from '../../platform/i18n/i18n.js';
import { ChoiceGroup, CsrfField, FormErrorSummary, SelectField, TextArea, TextInput, fieldError, formTitle } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { IssueDetail } from './get-issue.js';
import type { IssueForm } from './get-issue-form.js';
import type { NewsletterOverview } from './list-newsletter-issues.js';
import { eventWhen } from './newsletter-issue.mail.js';
import type { RegionNames } from './newsletter.repo.js';
import { CONFIRM_DAYS, HONEYPOT_FIELD } from './newsletter.types.js';

const localeTags: Record<Lang, string> = { fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' };
const dateTime = (d: Date | null, lang: Lang) => (d ? new Intl.DateTimeFormat(localeTags[lang], { dateStyle: 'short', timeStyle: 'short', timeZone: 'Europe/Helsinki' }).format(d) : '');
const str = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const list = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
const named = (r: RegionNames, lang: Lang) => pick(lang, r.nameFi, r.nameSv, r.nameEn);

function SubscribeFields({ ctx, form, idPrefix }: { ctx: PageContext; form: FormState; idPrefix: string }) {
  const { t } = ctx;
  return (
    <>
      <TextInput
        ctx={ctx}
        name="email"
        id={`${idPrefix}email`}
        type="email"
        autocomplete="email"
        label={t('newsletter.field.email')}
        hint={t('newsletter.field.emailHint', { days: CONFIRM_DAYS })}
        value={str(form.values.email)}
        error={fieldError(ctx, form.errors, 'email')}
        required
      />
      <div class="visually-hidden" aria-hidden="true">
        <label for={`${idPrefix}${HONEYPOT_FIELD}`}>{t('newsletter.honeypot')}</label>
        <input id={`${idPrefix}${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autocomplete="off" value="" />
      </div>
    </>
  );
}

/** "Tilaa uutiskirje" on a portal's front page (a PageAside: its heading carries `newsletter-aside-title`). */
export function NewsletterAside({ ctx, slug, csrf }: { ctx: PageContext; slug: string; csrf: string }) {
  const { t } = ctx;
  return (
    <section class="newsletter-subscribe">
      <h2 id="newsletter-aside-title">{t('newsletter.subscribe')}</h2>
      <p>{t('newsletter.aside.intro')}</p>
      <form method="post" action={ctx.href(`/regions/${slug}/newsletter`)} novalidate>
        <CsrfField token={csrf} />
        <SubscribeFields ctx={ctx} form={{ values: {}, errors: {} }} idPrefix="nl-" />
        <button type="submit">{t('newsletter.subscribe')}</button>
      </form>
      <p class="hint">{t('newsletter.aside.privacy', { days: CONFIRM_DAYS })}</p>
    </section>
  );
}

/** The subscribe form on its own page: where it comes back with its errors and the address typed. */
export function SubscribePage({ ctx, csrf, region, form }: { ctx: PageContext; csrf: string; region: RegionNames; form: FormState }) {
  const { t } = ctx;
  const name = named(region, ctx.lang);
  const title = t('newsletter.page.title', { region: name });
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} stylesheet={`/regions/${region.id}/theme.css`} breadcrumbs={[[name, `/regions/${region.id}`], [t('newsletter.subscribe'), ctx.path]]}>
      <h1>{title}</h1>
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>{t('newsletter.aside.intro')}</p>
      <form method="post" action={ctx.href(`/regions/${region.id}/newsletter`)} novalidate>
        <CsrfField token={csrf} />
        <SubscribeFields ctx={ctx} form={form} idPrefix="" />
        <button type="submit">{t('newsletter.subscribe')}</button>
      </form>
      <p class="hint">{t('newsletter.aside.privacy', { days: CONFIRM_DAYS })}</p>
    </Layout>
  );
}

/** After the form: the same answer whether or not the address was already subscribed. */
export function SubscribeSentPage({ ctx, region }: { ctx: PageContext; region: RegionNames }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('newsletter.sent.title')} stylesheet={`/regions/${region.id}/theme.css`}>
      <h1>{t('newsletter.sent.title')}</h1>
      <p role="status">{t('newsletter.sent.body', { days: CONFIRM_DAYS })}</p>
      <p>
        <a href={ctx.href(`/regions/${region.id}`)}>{t('newsletter.backToPortal', { region: named(region, ctx.lang) })}</a>
      </p>
    </Layout>
  );
}

/** The e-mailed confirmation link's page: a button (a GET changes nothing; mail scanners open links). */
export function ConfirmPage({ ctx, csrf, region, token }: { ctx: PageContext; csrf: string; region: RegionNames; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('newsletter.confirm.title')}>
      <h1>{t('newsletter.confirm.title')}</h1>
      <p>{t('newsletter.confirm.body', { region: named(region, ctx.lang) })}</p>
      <form method="post" action={ctx.href(`/newsletter/confirm/${token}`)}>
        <CsrfField token={csrf} />
        <button type="submit">{t('newsletter.confirm.button')}</button>
      </form>
    </Layout>
  );
}

export function ConfirmedPage({ ctx, region }: { ctx: PageContext; region: RegionNames | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('newsletter.confirmed.title')}>
      <h1>{t('newsletter.confirmed.title')}</h1>
      <p role="status">{t('newsletter.confirmed.body')}</p>
      {region ? (
        <p>
          <a href={ctx.href(`/regions/${region.id}`)}>{t('newsletter.backToPortal', { region: named(region, ctx.lang) })}</a>
        </p>
      ) : null}
    </Layout>
  );
}

/** The unsubscribe link's page: one button; or, when the link subscribes nobody any more, says so. */
export function UnsubscribePage({ ctx, region, token }: { ctx: PageContext; region: RegionNames | null; token: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('newsletter.unsubscribe.title')}>
      <h1>{t('newsletter.unsubscribe.title')}</h1>
      {region ? (
        <>
          <p>{t('newsletter.unsubscribe.body', { region: named(region, ctx.lang) })}</p>
          <form method="post" action={ctx.href(`/newsletter/unsubscribe/${token}`)}>
            <button type="submit">{t('newsletter.unsubscribe.button')}</button>
          </form>
        </>
      ) : (
        <p>{t('newsletter.unsubscribe.none')}</p>
      )}
    </Layout>
  );
}

export function UnsubscribedPage({ ctx }: { ctx: PageContext }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('newsletter.unsubscribed.title')}>
      <h1>{t('newsletter.unsubscribed.title')}</h1>
      <p role="status">{t('newsletter.unsubscribed.body')}</p>
      <p>
        <a href={ctx.href('/')}>{t('error.backHome')}</a>
      </p>
    </Layout>
  );
}

// ---- administrators ----

function Notice({ text }: { text?: string }) {
  return text ? (
    <div class="notice notice-saved" role="status">
      <p>{text}</p>
    </div>
  ) : null;
}

const adminCrumbs = (ctx: PageContext, region: RegionNames): [string, string][] => [[ctx.t('newsletter.admin.title', { region: named(region, ctx.lang) }), `/admin/regions/${region.id}/newsletter`]];

/** /admin/regions/{slug}/newsletter: figures (counts only) and the issues. */
export function NewsletterAdminPage({ ctx, data, notice }: { ctx: PageContext; data: NewsletterOverview; notice?: string }) {
  const { t, href, lang } = ctx;
  const title = t('newsletter.admin.title', { region: named(data.region, lang) });
  return (
    <Layout ctx={ctx} title={title}>
      <div class="admin-page">
        <h1>{title}</h1>
        <Notice text={notice} />
        <p>{t('newsletter.admin.subscribers', { confirmed: formatNumber(data.subscribers.confirmed, lang), unconfirmed: formatNumber(data.subscribers.unconfirmed, lang) })}</p>
        <p>
          <a class="button" href={href(`/admin/regions/${data.region.id}/newsletter/new`)}>
            {t('newsletter.admin.new')}
          </a>{' '}
          <a href={href(`/admin/regions/${data.region.id}/news`)}>{t('newsletter.admin.news')}</a>
        </p>
        <h2>{t('newsletter.admin.issues')}</h2>
        {data.issues.length === 0 ? (
          <p>{t('newsletter.admin.none')}</p>
        ) : (
          <div class="admin-table-wrap">
            <table class="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('newsletter.col.subject')}</th>
                  <th scope="col">{t('newsletter.col.status')}</th>
                  <th scope="col">{t('newsletter.col.created')}</th>
                  <th scope="col">{t('newsletter.col.sent')}</th>
                  <th scope="col">{t('newsletter.col.recipients')}</th>
                </tr>
              </thead>
              <tbody>
                {data.issues.map((i) => (
                  <tr>
                    <td>
                      <a href={href(`/admin/regions/${data.region.id}/newsletter/${i.id}`)} lang={i.lang === lang ? undefined : i.lang}>
                        {i.subject}
                      </a>
                    </td>
                    <td>{t(`newsletter.status.${i.status}`)}</td>
                    <td>{dateTime(i.createdAt, lang)}</td>
                    <td>{dateTime(i.sentAt ?? i.sendingAt, lang)}</td>
                    <td>{i.recipients === null ? '' : formatNumber(i.recipients, lang)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </div>
    </Layout>
  );
}

/** Compose or edit a draft: language, subject, own text (Markdown), news and upcoming events of the region. */
export function IssueFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: IssueForm; form: FormState }) {
  const { t, lang } = ctx;
  const title = data.issue ? t('newsletter.form.editTitle') : t('newsletter.form.newTitle');
  const posted = Object.keys(form.values).length > 0;
  const values = {
    lang: posted ? str(form.values.lang) : (data.issue?.lang ?? lang),
    subject: posted ? str(form.values.subject) : (data.issue?.subject ?? ''),
    intro: posted ? str(form.values.intro) : (data.issue?.intro ?? ''),
    news: posted ? list(form.values.news) : (data.issue?.newsIds ?? []),
    events: posted ? list(form.values.events) : (data.issue?.eventIds ?? []),
  };
  const action = data.issue ? `/admin/regions/${data.region.id}/newsletter/${data.issue.id}/edit` : `/admin/regions/${data.region.id}/newsletter`;
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[...adminCrumbs(ctx, data.region), [title, ctx.path]]}>
      <h1>{title}</h1>
      <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ news: 'news-group', events: 'events-group' }} />
      <form method="post" action={ctx.href(action)} novalidate>
        <CsrfField token={csrf} />
        <SelectField
          ctx={ctx}
          name="lang"
          label={t('newsletter.field.lang')}
          value={values.lang}
          options={[
            { value: 'fi', label: 'suomi' },
            { value: 'sv', label: 'svenska' },
            { value: 'en', label: 'English' },
          ]}
        />
        <TextInput ctx={ctx} name="subject" label={t('newsletter.field.subject')} value={values.subject} error={fieldError(ctx, form.errors, 'subject')} required lang={values.lang} />
        <TextArea ctx={ctx} name="intro" label={t('newsletter.field.intro')} hint={t('newsletter.field.introHint')} value={values.intro} error={fieldError(ctx, form.errors, 'intro')} rows={10} lang={values.lang} />
        {data.choices.news.length > 0 ? (
          <ChoiceGroup
            ctx={ctx}
            name="news"
            legend={t('newsletter.field.news')}
            options={data.choices.news.map((n) => ({ value: n.id, label: n.title }))}
            selected={values.news}
            error={fieldError(ctx, form.errors, 'news')}
          />
        ) : (
          <p>{t('newsletter.form.noNews')}</p>
        )}
        {data.choices.events.length > 0 ? (
          <ChoiceGroup
            ctx={ctx}
            name="events"
            legend={t('newsletter.field.events')}
            options={data.choices.events.map((e) => ({ value: e.id, label: `${pick(lang, e.nameFi, e.nameSv, e.nameEn)} (${eventWhen(e, lang)})` }))}
            selected={values.events}
            error={fieldError(ctx, form.errors, 'events')}
          />
        ) : (
          <p>{t('newsletter.form.noEvents')}</p>
        )}
        <button type="submit">{t('newsletter.form.save')}</button>
      </form>
    </Layout>
  );
}

/** One issue: preview (the e-mail's HTML part in a frame and its text part), test, send; or how sending went. */
export function IssuePage({ ctx, csrf, data, notice }: { ctx: PageContext; csrf: string; data: IssueDetail; notice?: string }) {
  const { t, href, lang } = ctx;
  const { issue, region } = data;
  const base = `/admin/regions/${region.id}/newsletter/${issue.id}`;
  return (
    <Layout ctx={ctx} title={issue.subject} breadcrumbs={[...adminCrumbs(ctx, region), [issue.subject, ctx.path]]}>
      <div class="admin-page newsletter-issue">
        <h1 lang={issue.lang === lang ? undefined : issue.lang}>{issue.subject}</h1>
        <Notice text={notice} />
        <p>
          {t('newsletter.col.status')}: <strong>{t(`newsletter.status.${issue.status}`)}</strong>
          {issue.status !== 'draft' ? ` · ${t('newsletter.issue.progress', { queued: formatNumber(data.deliveries.mailed, lang), total: formatNumber(data.deliveries.total, lang) })}` : null}
        </p>
        {issue.status === 'draft' ? (
          <p>
            <a href={href(`${base}/edit`)}>{t('newsletter.issue.edit')}</a>
          </p>
        ) : null}
        <h2>{t('newsletter.issue.preview')}</h2>
        <p>
          {t('newsletter.issue.subjectLine')}: {data.preview.subject}
        </p>
        <iframe class="newsletter-preview" title={t('newsletter.issue.previewHtml')} src={href(`${base}/preview`)} sandbox="" width="680" height="576" />
        <details>
          <summary>{t('newsletter.issue.previewText')}</summary>
          <pre class="newsletter-text">{data.preview.text}</pre>
        </details>
        <h2>{t('newsletter.issue.testTitle')}</h2>
        <form method="post" action={href(`${base}/test`)}>
          <CsrfField token={csrf} />
          <p>{t('newsletter.issue.testBody')}</p>
          <button type="submit">{t('newsletter.issue.testButton')}</button>
        </form>
        {issue.status === 'draft' ? (
          <>
            <h2>{t('newsletter.issue.sendTitle')}</h2>
            <form method="post" action={href(`${base}/send`)}>
              <CsrfField token={csrf} />
              <p>{t('newsletter.issue.sendBody', { n: formatNumber(data.subscribers, lang) })}</p>
              <button type="submit">{t('newsletter.issue.sendButton', { n: formatNumber(data.subscribers, lang) })}</button>
            </form>
          </>
        ) : null}
      </div>
    </Layout>
  );
}
