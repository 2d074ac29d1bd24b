import { formValue, type FormState, type FormValues } from '../../platform/http/form.js';
import { formatDate, type Lang } from '../../platform/i18n/i18n.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, SelectField, TextArea, TextInput, type Option } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { AnnouncementFormData } from './get-announcement-form.js';
import type { AnnouncementReview } from './get-announcement-review.js';
import type { NewsFormData } from './get-news-form.js';
import type { MyAnnouncements } from './list-my-announcements.js';
import type { RegionNewsAdmin } from './list-region-news-admin.js';
import type { RegionNewsPage } from './list-region-news.js';
import type { NewsItemView } from './news-item.js';
import type { Visibility } from './news-visibility.js';
import { dateInputValue } from './news.schema.js';

const themeHref = (slug: string) => `/regions/${slug}/theme.css`;
const otherLang = (ctx: PageContext, lang: Lang) => (lang !== ctx.lang ? lang : undefined);

function Notice({ text }: { text?: string }) {
  return text ? (
    <div class="notice notice-saved" role="status">
      <p>{text}</p>
    </div>
  ) : null;
}

/** "Uutinen · 4.12.2026 · Ilmoittaja: Yhdistys ry" */
function ItemMeta({ ctx, item, link = true }: { ctx: PageContext; item: NewsItemView; link?: boolean }) {
  const { t } = ctx;
  return (
    <p class="news-meta">
      <span class="news-kind">{t(`news.kind.${item.kind}`)}</span>
      {' · '}
      <time datetime={item.publishOn}>{formatDate(item.publishOn, ctx.lang)}</time>
      {item.organization ? (
        <>
          {' · '}
          {t('news.item.from')}{' '}
          {link ? <a href={ctx.href(`/organisations/${item.organization.id}`)}>{item.organization.name}</a> : item.organization.name}
        </>
      ) : null}
    </p>
  );
}

function FeedLink({ ctx, slug }: { ctx: PageContext; slug: string }) {
  return (
    <a href={ctx.href(`/regions/${slug}/news.xml`)} type="application/atom+xml">
      {ctx.t('news.feed.link')}
    </a>
  );
}

/** The portal front page's "Ajankohtaista": the latest public items, a link to all of them and to the feed. */
export function LatestNewsSection({ ctx, slug, items }: { ctx: PageContext; slug: string; items: NewsItemView[] }) {
  const { t } = ctx;
  return (
    <section class="region-news" aria-labelledby="region-news-title">
      <h2 id="region-news-title">{t('news.latest.title')}</h2>
      {items.length === 0 ? (
        <p>{t('news.latest.none')}</p>
      ) : (
        <ul class="news-list">
          {items.map((item) => (
            <li>
              <h3 lang={otherLang(ctx, item.lang)}>
                <a href={ctx.href(`/regions/${slug}/news/${item.id}`)}>{item.title}</a>
              </h3>
              <ItemMeta ctx={ctx} item={item} link={false} />
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={ctx.href(`/regions/${slug}/news`)}>{t('news.latest.all')}</a>
        {' · '}
        <FeedLink ctx={ctx} slug={slug} />
      </p>
    </section>
  );
}

/** /regions/{slug}/news: every public item, newest first, 20 a page. */
export function NewsListPage({ ctx, page }: { ctx: PageContext; page: RegionNewsPage }) {
  const { t } = ctx;
  const title = t('news.list.title');
  return (
    <Layout ctx={ctx} title={`${title} – ${page.regionName}`} stylesheet={themeHref(page.slug)} breadcrumbs={[[page.regionName, `/regions/${page.slug}`], [title, ctx.path]]}>
      <div class="region-portal">
        <h1>{title}</h1>
        <p>{t('news.list.intro', { region: page.regionName })}</p>
        <p>
          <FeedLink ctx={ctx} slug={page.slug} /> <span class="hint">{t('news.feed.hint')}</span>
        </p>
        {page.items.length === 0 ? (
          <p>{t('news.list.none')}</p>
        ) : (
          <ul class="news-list">
            {page.items.map((item) => (
              <li>
                <article aria-labelledby={`news-${item.id}`} lang={otherLang(ctx, item.lang)}>
                  <h2 id={`news-${item.id}`}>
                    <a href={ctx.href(`/regions/${page.slug}/news/${item.id}`)}>{item.title}</a>
                  </h2>
                  <ItemMeta ctx={ctx} item={item} link={false} />
                  {item.summary ? <p>{item.summary}</p> : null}
                </article>
              </li>
            ))}
          </ul>
        )}
        {page.pages > 1 ? (
          <nav aria-label={t('news.list.pages')} class="pagination">
            <ul>
              {page.page > 1 ? (
                <li>
                  <a href={ctx.href(`/regions/${page.slug}/news?page=${page.page - 1}`)} rel="prev">
                    {t('news.list.previous')}
                  </a>
                </li>
              ) : null}
              <li>{t('news.list.pageOf', { page: page.page, pages: page.pages })}</li>
              {page.page < page.pages ? (
                <li>
                  <a href={ctx.href(`/regions/${page.slug}/news?page=${page.page + 1}`)} rel="next">
                    {t('news.list.next')}
                  </a>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
        <h2>{t('news.list.forOrganisations')}</h2>
        <p>
          {t('news.list.sendIntro')} <a href={ctx.href('/my/announcements')}>{t('news.list.sendLink')}</a>
        </p>
      </div>
    </Layout>
  );
}

function ItemImage({ item }: { item: NewsItemView }) {
  return item.imageUrl ? (
    <figure class="news-image">
      <img src={item.imageUrl} alt={item.imageAlt} referrerpolicy="no-referrer" loading="lazy" />
    </figure>
  ) : null;
}

/** /regions/{slug}/news/{id}: one item, its text rendered from Markdown and sanitised (markdown.ts). */
export function NewsItemPage({ ctx, slug, regionName, item }: { ctx: PageContext; slug: string; regionName: string; item: NewsItemView }) {
  const { t } = ctx;
  const list = t('news.list.title');
  return (
    <Layout ctx={ctx} title={`${item.title} – ${regionName}`} description={item.summary || undefined} stylesheet={themeHref(slug)} breadcrumbs={[[regionName, `/regions/${slug}`], [list, `/regions/${slug}/news`], [item.title, ctx.path]]}>
      <div class="region-portal">
        <article class="news-item" lang={otherLang(ctx, item.lang)}>
          <h1>{item.title}</h1>
          <ItemMeta ctx={ctx} item={item} />
          <ItemImage item={item} />
          <div class="news-body" dangerouslySetInnerHTML={{ __html: item.html }} />
          {item.expiresOn ? <p class="hint">{t('news.item.expires', { date: formatDate(item.expiresOn, ctx.lang) })}</p> : null}
        </article>
        <p>
          <a href={ctx.href(`/regions/${slug}/news`)}>{t('news.item.back')}</a>
        </p>
      </div>
    </Layout>
  );
}

function visibilityLabel(ctx: PageContext, v: Visibility): string {
  return ctx.t(`news.state.${v}`);
}

/** /admin/regions/{slug}/news: every item of the region with its state, edit and unpublish / publish again. */
export function NewsAdminPage({ ctx, csrf, data, notice }: { ctx: PageContext; csrf: string; data: RegionNewsAdmin; notice?: string }) {
  const { t, href } = ctx;
  const title = t('news.admin.title', { region: data.regionName });
  return (
    <Layout ctx={ctx} title={title}>
      <div class="admin-page">
        <h1>{title}</h1>
        <Notice text={notice} />
        <p>{t('news.admin.intro')}</p>
        <p>
          <a class="button" href={href(`/admin/regions/${data.slug}/news/new`)}>
            {t('news.admin.new')}
          </a>{' '}
          <a href={href(`/regions/${data.slug}/news`)}>{t('news.admin.public')}</a>
          {' · '}
          <a href={href(`/admin/regions/${data.slug}/newsletter`)}>{t('newsletter.admin.link')}</a>
        </p>
        {data.items.length === 0 ? (
          <p>{t('news.admin.none')}</p>
        ) : (
          <div class="admin-table-wrap">
            <table class="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('news.admin.item')}</th>
                  <th scope="col">{t('news.admin.kind')}</th>
                  <th scope="col">{t('news.admin.state')}</th>
                  <th scope="col">{t('news.admin.publishOn')}</th>
                  <th scope="col">{t('news.admin.expiresOn')}</th>
                  <th scope="col">{t('news.admin.actions')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr>
                    <th scope="row" lang={otherLang(ctx, item.lang)}>
                      {item.title}
                      {item.organization ? <span class="hint"> ({item.organization.name})</span> : null}
                    </th>
                    <td>{t(`news.kind.${item.kind}`)}</td>
                    <td>{visibilityLabel(ctx, item.visibility)}</td>
                    <td>{formatDate(item.publishOn, ctx.lang)}</td>
                    <td>{item.expiresOn ? formatDate(item.expiresOn, ctx.lang) : t('news.admin.noExpiry')}</td>
                    <td>
                      {item.status === 'awaiting_review' ? (
                        <a href={href(`/admin/review/announcements/${item.id}`)}>
                          {t('news.admin.review')}
                          <span class="visually-hidden">: {item.title}</span>
                        </a>
                      ) : (
                        <a href={href(`/admin/regions/${data.slug}/news/${item.id}/edit`)}>
                          {t('news.admin.edit')}
                          <span class="visually-hidden">: {item.title}</span>
                        </a>
                      )}
                      {item.status === 'published' || item.status === 'unpublished' ? (
                        <form method="post" action={href(`/admin/regions/${data.slug}/news/${item.id}/${item.status === 'published' ? 'unpublish' : 'publish'}`)} class="inline-form">
                          <CsrfField token={csrf} />{' '}
                          <button type="submit" class="button-secondary">
                            {item.status === 'published' ? t('news.admin.unpublish') : t('news.admin.publish')}
                            <span class="visually-hidden">: {item.title}</span>
                          </button>
                        </form>
                      ) : null}
                    </td>
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

const langOptions = (ctx: PageContext): Option[] => [
  { value: 'fi', label: ctx.t('news.form.langFi') },
  { value: 'sv', label: ctx.t('news.form.langSv') },
  { value: 'en', label: ctx.t('news.form.langEn') },
];

/** The fields news and announcements share: language, title, Markdown text, image with its alt text, dates. */
function ItemFields({ ctx, values, form, today }: { ctx: PageContext; values: FormValues; form: FormState; today: string }) {
  const { t } = ctx;
  const err = (f: string) => fieldError(ctx, form.errors, f);
  return (
    <>
      <SelectField ctx={ctx} name="lang" label={t('news.form.lang')} value={formValue(values, 'lang') || ctx.lang} options={langOptions(ctx)} error={err('lang')} />
      <TextInput ctx={ctx} name="title" label={t('news.form.title')} value={formValue(values, 'title')} error={err('title')} required />
      <TextArea ctx={ctx} name="body" label={t('news.form.body')} hint={t('news.form.bodyHint')} value={formValue(values, 'body')} error={err('body')} required rows={12} />
      <fieldset>
        <legend>{t('news.form.image')}</legend>
        <p class="hint">{t('news.form.imageHint')}</p>
        <TextInput ctx={ctx} name="imageUrl" type="url" label={t('news.form.imageUrl')} hint={t('news.form.imageUrlHint')} value={formValue(values, 'imageUrl')} error={err('imageUrl')} autocomplete="off" />
        <TextInput ctx={ctx} name="imageAlt" label={t('news.form.imageAlt')} hint={t('news.form.imageAltHint')} value={formValue(values, 'imageAlt')} error={err('imageAlt')} />
      </fieldset>
      <fieldset>
        <legend>{t('news.form.dates')}</legend>
        <TextInput ctx={ctx} name="publishOn" label={t('news.form.publishOn')} hint={t('news.form.dateHint')} value={formValue(values, 'publishOn') || dateInputValue(today)} error={err('publishOn')} required autocomplete="off" />
        <TextInput ctx={ctx} name="expiresOn" label={t('news.form.expiresOn')} hint={t('news.form.expiresHint')} value={formValue(values, 'expiresOn')} error={err('expiresOn')} autocomplete="off" />
      </fieldset>
    </>
  );
}

function savedValues(item: NewsItemView | null, body: string): FormValues {
  if (!item) return {};
  return {
    lang: item.lang,
    title: item.title,
    body,
    imageUrl: item.imageUrl ?? '',
    imageAlt: item.imageAlt,
    publishOn: dateInputValue(item.publishOn),
    expiresOn: dateInputValue(item.expiresOn),
  };
}

/** /admin/regions/{slug}/news/new and …/{id}/edit. */
export function NewsFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: NewsFormData; form: FormState }) {
  const { t } = ctx;
  const values = Object.keys(form.values).length > 0 ? form.values : savedValues(data.item, data.body);
  const title = data.item ? t('news.form.editTitle') : t('news.form.newTitle');
  const list = t('news.admin.title', { region: data.regionName });
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[list, `/admin/regions/${data.slug}/news`], [title, ctx.path]]}>
      <div class="admin-page">
        <h1>{title}</h1>
        <p>{t('news.form.region', { region: data.regionName })}</p>
        <FormErrorSummary ctx={ctx} errors={form.errors} />
        <form method="post" action={ctx.href(data.item ? `/admin/regions/${data.slug}/news/${data.item.id}/edit` : `/admin/regions/${data.slug}/news`)} novalidate>
          <CsrfField token={csrf} />
          <ItemFields ctx={ctx} values={values} form={form} today={data.today} />
          <button type="submit" class="button">
            {data.item ? t('news.form.save') : t('news.form.publish')}
          </button>
        </form>
        <p>
          <a href={ctx.href(`/admin/regions/${data.slug}/news`)}>{t('news.form.back')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** /my/announcements: the maintainer's organisations with their "send" links, and what they sent with its state. */
export function MyAnnouncementsPage({ ctx, data, notice }: { ctx: PageContext; data: MyAnnouncements; notice?: string }) {
  const { t, href } = ctx;
  return (
    <Layout ctx={ctx} title={t('news.my.title')}>
      <div class="admin-page">
        <h1>{t('news.my.title')}</h1>
        <Notice text={notice} />
        <p>{t('news.my.intro')}</p>
        {data.organizations.length === 0 ? (
          <p>{t('news.my.noOrganisations')}</p>
        ) : (
          <ul>
            {data.organizations.map((o) => (
              <li>
                <a href={href(`/my/organisations/${o.id}/announcements/new`)}>{t('news.my.send', { organisation: o.name })}</a>
              </li>
            ))}
          </ul>
        )}
        <h2>{t('news.my.sent')}</h2>
        {data.items.length === 0 ? (
          <p>{t('news.my.none')}</p>
        ) : (
          <div class="admin-table-wrap">
            <table class="admin-table">
              <thead>
                <tr>
                  <th scope="col">{t('news.admin.item')}</th>
                  <th scope="col">{t('news.my.region')}</th>
                  <th scope="col">{t('news.admin.state')}</th>
                  <th scope="col">{t('news.admin.publishOn')}</th>
                </tr>
              </thead>
              <tbody>
                {data.items.map((item) => (
                  <tr>
                    <th scope="row" lang={otherLang(ctx, item.lang)}>
                      {item.status === 'published' ? <a href={href(`/regions/${item.regionId}/news/${item.id}`)}>{item.title}</a> : item.title}
                      {item.organization ? <span class="hint"> ({item.organization.name})</span> : null}
                    </th>
                    <td>{item.regionName}</td>
                    <td>
                      {t(`news.status.${item.status}`)}
                      {item.status === 'rejected' && item.decisionMessage ? <p class="hint">{t('news.my.reason', { message: item.decisionMessage })}</p> : null}
                    </td>
                    <td>{formatDate(item.publishOn, ctx.lang)}</td>
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

/** /my/organisations/{id}/announcements/new: the maintainer's form, for a region where the organisation is active. */
export function AnnouncementFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: AnnouncementFormData; form: FormState }) {
  const { t } = ctx;
  const title = t('news.send.title');
  const values = form.values;
  const regionValue = formValue(values, 'regionId') || (data.regions.length === 1 ? data.regions[0]!.id : '');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('news.my.title'), '/my/announcements'], [title, ctx.path]]}>
      <div class="admin-page">
        <h1>{title}</h1>
        <p>{t('news.send.intro', { organisation: data.organization.name })}</p>
        {data.regions.length === 0 ? (
          <p>{t('news.send.noRegions')}</p>
        ) : (
          <>
            <FormErrorSummary ctx={ctx} errors={form.errors} />
            <form method="post" action={ctx.href(`/my/organisations/${data.organization.id}/announcements`)} novalidate>
              <CsrfField token={csrf} />
              <SelectField
                ctx={ctx}
                name="regionId"
                label={t('news.send.region')}
                hint={t('news.send.regionHint')}
                value={regionValue}
                options={data.regions.map((r) => ({ value: r.id, label: r.name }))}
                placeholder={data.regions.length > 1 ? t('news.send.choose') : undefined}
                error={fieldError(ctx, form.errors, 'regionId')}
                required
              />
              <ItemFields ctx={ctx} values={values} form={form} today={data.today} />
              <button type="submit" class="button">
                {t('news.send.submit')}
              </button>
            </form>
          </>
        )}
        <p>
          <a href={ctx.href('/my/announcements')}>{t('news.send.back')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** /admin/review/announcements/{id}: the announcement as it would show, and the decision (approve / reject with a message). */
export function AnnouncementReviewPage({ ctx, csrf, review, form, notice }: { ctx: PageContext; csrf: string; review: AnnouncementReview; form: FormState; notice?: string }) {
  const { t } = ctx;
  const { item } = review;
  const title = t('news.review.title', { title: item.title });
  const err = (f: string) => fieldError(ctx, form.errors, f);
  const decision = formValue(form.values, 'decision');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('review.queue.title'), '/admin/review'], [title, ctx.path]]}>
      <div class="admin-page">
        <h1>{title}</h1>
        <Notice text={notice} />
        <dl class="facts">
          <dt>{t('news.review.organisation')}</dt>
          <dd>{item.organization?.name ?? ''}</dd>
          <dt>{t('news.my.region')}</dt>
          <dd>{review.regionName}</dd>
          <dt>{t('news.admin.state')}</dt>
          <dd>{t(`news.status.${item.status}`)}</dd>
          <dt>{t('news.admin.publishOn')}</dt>
          <dd>{formatDate(item.publishOn, ctx.lang)}</dd>
          <dt>{t('news.admin.expiresOn')}</dt>
          <dd>{item.expiresOn ? formatDate(item.expiresOn, ctx.lang) : t('news.admin.noExpiry')}</dd>
        </dl>
        <h2>{t('news.review.preview')}</h2>
        <div class="news-preview" lang={otherLang(ctx, item.lang)}>
          <p class="news-preview-title">
            <strong>{item.title}</strong>
          </p>
          {item.imageUrl ? (
            <p>
              {t('news.review.image')} <a href={item.imageUrl}>{item.imageUrl}</a> — {t('news.review.alt', { alt: item.imageAlt })}
            </p>
          ) : null}
          <div class="news-body" dangerouslySetInnerHTML={{ __html: item.html }} />
        </div>
        {item.status === 'awaiting_review' ? (
          <>
            <h2>{t('news.review.decision')}</h2>
            <FormErrorSummary ctx={ctx} errors={form.errors} anchors={{ decision: 'decision-approve' }} />
            <form method="post" action={ctx.href(`/admin/review/announcements/${item.id}`)} novalidate>
              <CsrfField token={csrf} />
              <fieldset id="decision" class={err('decision') ? 'field choice-group field-invalid' : 'field choice-group'}>
                <legend>{t('news.review.decision')}</legend>
                {err('decision') ? (
                  <p id="decision-error" class="field-error">
                    {err('decision')}
                  </p>
                ) : null}
                <ul class="choices">
                  <li>
                    <input type="radio" id="decision-approve" name="decision" value="approve" checked={decision === 'approve'} />
                    <label for="decision-approve">{t('news.review.approve')}</label>
                  </li>
                  <li>
                    <input type="radio" id="decision-reject" name="decision" value="reject" checked={decision === 'reject'} />
                    <label for="decision-reject">{t('news.review.reject')}</label>
                  </li>
                </ul>
              </fieldset>
              <TextArea ctx={ctx} name="message" label={t('news.review.message')} hint={t('news.review.messageHint')} value={formValue(form.values, 'message')} error={err('message')} rows={4} />
              <button type="submit" class="button">
                {t('news.review.submit')}
              </button>
            </form>
          </>
        ) : null}
        <p>
          <a href={ctx.href('/admin/review')}>{t('news.review.back')}</a> · <a href={ctx.href(`/admin/regions/${item.regionId}/news`)}>{t('news.review.regionNews')}</a>
        </p>
      </div>
    </Layout>
  );
}

