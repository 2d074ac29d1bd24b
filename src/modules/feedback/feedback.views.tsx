import type { FormState } from '../../platform/http/form.js';
import { formatDateTime, pick, type Lang } from '../../platform/i18n/i18n.js';
import { CsrfField, FormErrorSummary, TextArea, TextInput, fieldError, formTitle } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { FeedbackDetail } from './get-feedback.js';
import type { FeedbackListItem } from './list-feedback.js';
import { FEEDBACK_RETENTION_DAYS, HONEYPOT_FIELD, RETURN_FIELD } from './feedback.types.js';

const str = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? ''));
const named = (p: { nameFi: string; nameSv: string | null; nameEn: string | null }, lang: Lang) => pick(lang, p.nameFi, p.nameSv, p.nameEn);

/**
 * The fields of both forms: the message, the optional reply address, the page to go back to and the honeypot.
 * `idPrefix` keeps ids unique when the portal's form sits below another form on the same page.
 */
function FeedbackFields({ ctx, form, idPrefix, messageLabel, back }: { ctx: PageContext; form: FormState; idPrefix: string; messageLabel: string; back: string }) {
  const { t } = ctx;
  return (
    <>
      <TextArea
        ctx={ctx}
        name="message"
        id={`${idPrefix}message`}
        label={messageLabel}
        value={str(form.values.message)}
        hint={t('feedback.field.messageHint')}
        error={fieldError(ctx, form.errors, 'message')}
        required
        rows={4}
      />
      <TextInput
        ctx={ctx}
        name="replyEmail"
        id={`${idPrefix}replyEmail`}
        type="email"
        autocomplete="email"
        label={t('feedback.field.replyEmail')}
        hint={t('feedback.field.replyEmailHint', { days: FEEDBACK_RETENTION_DAYS })}
        value={str(form.values.replyEmail)}
        error={fieldError(ctx, form.errors, 'replyEmail')}
      />
      <input type="hidden" name={RETURN_FIELD} value={back} />
      <div class="visually-hidden" aria-hidden="true">
        <label for={`${idPrefix}${HONEYPOT_FIELD}`}>{t('feedback.honeypot')}</label>
        <input id={`${idPrefix}${HONEYPOT_FIELD}`} name={HONEYPOT_FIELD} type="text" tabIndex={-1} autocomplete="off" value="" />
      </div>
    </>
  );
}

/** "Anna palautetta" below every page of a region's portal (a PageAside: its heading carries `titleId`). */
export function PortalFeedbackAside({ ctx, slug, csrf }: { ctx: PageContext; slug: string; csrf: string }) {
  const { t } = ctx;
  return (
    <details class="page-feedback">
      <summary>
        <h2 id="feedback-aside-title">{t('feedback.aside.title')}</h2>
      </summary>
      <p>{t('feedback.aside.intro')}</p>
      <form method="post" action={ctx.href(`/regions/${slug}/feedback`)} novalidate>
        <CsrfField token={csrf} />
        <FeedbackFields ctx={ctx} form={{ values: {}, errors: {} }} idPrefix="fb-" messageLabel={t('feedback.field.message')} back={ctx.path} />
        <button type="submit">{t('feedback.send')}</button>
      </form>
    </details>
  );
}

/** The portal feedback form on its own page: where the form comes back with its errors and everything typed. */
export function PortalFeedbackPage({ ctx, csrf, region, slug, form }: { ctx: PageContext; csrf: string; region: string; slug: string; form: FormState }) {
  const { t } = ctx;
  const title = t('feedback.portal.title', { region });
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} stylesheet={`/regions/${slug}/theme.css`} breadcrumbs={[[region, `/regions/${slug}`], [t('feedback.aside.title'), ctx.path]]}>
      <h1>{title}</h1>
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>{t('feedback.aside.intro')}</p>
      <form method="post" action={ctx.href(`/regions/${slug}/feedback`)} novalidate>
        <CsrfField token={csrf} />
        <FeedbackFields ctx={ctx} form={form} idPrefix="" messageLabel={t('feedback.field.message')} back={str(form.values[RETURN_FIELD]) || `/regions/${slug}`} />
        <button type="submit">{t('feedback.send')}</button>
      </form>
    </Layout>
  );
}

/** "Huomasitko virheen?" below a card or an activity page: the link to the data-error form. */
export function DataErrorAside({ ctx, organizationId, activityId }: { ctx: PageContext; organizationId: string | null; activityId: string | null }) {
  const { t } = ctx;
  const query = new URLSearchParams({ [RETURN_FIELD]: ctx.path });
  const path = organizationId ? `/organisations/${organizationId}/report-error` : `/activities/${activityId}/report-error`;
  return (
    <>
      <h2 id="data-error-aside-title">{t('feedback.dataError.asideTitle')}</h2>
      <p>
        <a href={ctx.href(`${path}?${query.toString()}`)} rel="nofollow">
          {t('feedback.dataError.link')}
        </a>
      </p>
    </>
  );
}

export interface DataErrorPlace {
  organizationId: string;
  organization: string;
  activityId: string | null;
  activity: string | null;
}

/** "Ilmoita virheestä": the form of one organisation's card (and maybe one of its activities). */
export function DataErrorPage({ ctx, csrf, place, form, back }: { ctx: PageContext; csrf: string; place: DataErrorPlace; form: FormState; back: string }) {
  const { t } = ctx;
  const title = t('feedback.dataError.title', { organisation: place.organization });
  const action = `/organisations/${place.organizationId}/report-error${place.activityId ? `?activity=${place.activityId}` : ''}`;
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[place.organization, `/organisations/${place.organizationId}`], [t('feedback.dataError.link'), ctx.path]]}>
      <h1>{title}</h1>
      <FormErrorSummary ctx={ctx} errors={form.errors} />
      <p>{t('feedback.dataError.intro')}</p>
      {place.activity ? <p>{t('feedback.dataError.about', { activity: place.activity })}</p> : null}
      <form method="post" action={ctx.href(action)} novalidate>
        <CsrfField token={csrf} />
        <FeedbackFields ctx={ctx} form={form} idPrefix="" messageLabel={t('feedback.dataError.field')} back={str(form.values[RETURN_FIELD]) || back} />
        <button type="submit">{t('feedback.dataError.send')}</button>
      </form>
    </Layout>
  );
}

export function FeedbackSentPage({ ctx, back }: { ctx: PageContext; back: string | null }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('feedback.sent.title')}>
      <h1>{t('feedback.sent.title')}</h1>
      <p role="status">{t('feedback.sent.body')}</p>
      <p>
        <a href={ctx.href(back ?? '/')}>{back ? t('feedback.sent.back') : t('error.backHome')}</a>
      </p>
    </Layout>
  );
}

const placeOf = (ctx: PageContext, f: Pick<FeedbackListItem, 'kind' | 'region' | 'organization'>) =>
  f.kind === 'portal' ? (f.region ? named(f.region, ctx.lang) : '') : f.organization ? named(f.organization, ctx.lang) : '';

/** /feedback: what the signed-in reader may read, newest first. */
export function FeedbackListPage({ ctx, items }: { ctx: PageContext; items: FeedbackListItem[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('feedback.list.title')}>
      <h1>{t('feedback.list.title')}</h1>
      <p>{t('feedback.list.intro', { days: FEEDBACK_RETENTION_DAYS })}</p>
      {items.length === 0 ? (
        <p>{t('feedback.list.empty')}</p>
      ) : (
        <table class="feedback-table">
          <thead>
            <tr>
              <th scope="col">{t('feedback.col.sent')}</th>
              <th scope="col">{t('feedback.col.kind')}</th>
              <th scope="col">{t('feedback.col.place')}</th>
              <th scope="col">{t('feedback.col.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((f) => (
              <tr>
                <td>
                  <a href={ctx.href(`/feedback/${f.id}`)}>{formatDateTime(f.createdAt, ctx.lang)}</a>
                </td>
                <td>{t(f.kind === 'portal' ? 'feedback.kind.portal' : 'feedback.kind.data_error')}</td>
                <td>{placeOf(ctx, f)}</td>
                <td>{t(f.handledAt ? 'feedback.status.handled' : 'feedback.status.open')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </Layout>
  );
}

/** One message, with its reply address and "Merkitse käsitellyksi". */
export function FeedbackDetailPage({ ctx, csrf, item }: { ctx: PageContext; csrf: string; item: FeedbackDetail }) {
  const { t } = ctx;
  const kind = t(item.kind === 'portal' ? 'feedback.kind.portal' : 'feedback.kind.data_error');
  const title = t('feedback.detail.title', { kind, date: formatDateTime(item.createdAt, ctx.lang) });
  return (
    <Layout ctx={ctx} title={title} breadcrumbs={[[t('feedback.list.title'), '/feedback'], [title, ctx.path]]}>
      <h1>{title}</h1>
      <dl class="feedback-detail">
        <dt>{t('feedback.col.place')}</dt>
        <dd>
          {item.kind === 'data_error' && item.organizationId ? <a href={ctx.href(`/organisations/${item.organizationId}`)}>{placeOf(ctx, item)}</a> : placeOf(ctx, item)}
        </dd>
        {item.activity && item.activityId ? (
          <>
            <dt>{t('feedback.detail.activity')}</dt>
            <dd>
              <a href={ctx.href(`/activities/${item.activityId}`)}>{named(item.activity, ctx.lang)}</a>
            </dd>
          </>
        ) : null}
        {item.pagePath ? (
          <>
            <dt>{t('feedback.detail.page')}</dt>
            <dd>
              <a href={item.pagePath}>{item.pagePath}</a>
            </dd>
          </>
        ) : null}
        <dt>{t('feedback.detail.lang')}</dt>
        <dd>{item.lang}</dd>
        <dt>{t('feedback.detail.replyEmail')}</dt>
        <dd>{item.replyEmail ? <a href={`mailto:${item.replyEmail}`}>{item.replyEmail}</a> : t('feedback.detail.noReply')}</dd>
      </dl>
      <h2>{t('feedback.detail.message')}</h2>
      <p class="feedback-message">{item.message}</p>
      {item.handledAt ? (
        <p>{t('feedback.detail.handled', { date: formatDateTime(item.handledAt, ctx.lang) })}</p>
      ) : (
        <form method="post" action={ctx.href(`/feedback/${item.id}/handled`)}>
          <CsrfField token={csrf} />
          <button type="submit">{t('feedback.detail.handle')}</button>
        </form>
      )}
      <p>
        <a href={ctx.href('/feedback')}>{t('feedback.detail.back')}</a>
      </p>
    </Layout>
  );
}

