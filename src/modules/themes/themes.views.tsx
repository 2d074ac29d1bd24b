import { formValue, formValueList, type FormState, type FormValues } from '../../platform/http/form.js';
import { formatNumber } from '../../platform/i18n/i18n.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ThemeFormData } from './get-theme-form.js';
import type { ThemePage, ThemeOrganization } from './get-theme-page.js';
import type { RegionThemesPage } from './list-region-themes.js';
import type { ThemeRow } from './themes.repo.js';

const regionStylesheet = (slug: string) => `/regions/${slug}/theme.css`;

/** /admin/themes: the themes with their slugs and number of terms, each with its edit link. */
export function ThemesAdminPage({ ctx, themes, notice }: { ctx: PageContext; themes: (ThemeRow & { terms: number })[]; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('themes.admin.title')}>
      <div class="admin-page">
        <h1>{t('themes.admin.title')}</h1>
        {notice ? (
          <div class="notice notice-saved" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        <p>{t('themes.admin.intro')}</p>
        <p>
          <a class="button" href={ctx.href('/admin/themes/new')}>
            {t('themes.admin.new')}
          </a>
        </p>
        {themes.length === 0 ? (
          <p>{t('themes.admin.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('themes.admin.name')}</th>
                <th scope="col">{t('themes.admin.slug')}</th>
                <th scope="col">{t('themes.admin.terms')}</th>
                <th scope="col">{t('themes.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {themes.map((th) => (
                <tr>
                  <th scope="row">{ctx.lang === 'sv' ? th.nameSv || th.nameFi : ctx.lang === 'en' ? th.nameEn || th.nameFi : th.nameFi}</th>
                  <td>{th.slug}</td>
                  <td>{formatNumber(th.terms, ctx.lang)}</td>
                  <td>
                    <a href={ctx.href(`/admin/themes/${th.id}/edit`)} aria-label={`${t('themes.admin.edit')}: ${th.nameFi}`}>
                      {t('themes.admin.edit')}
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </div>
    </Layout>
  );
}

function themeValues(theme: ThemeFormData['theme']): FormValues {
  if (!theme) return {};
  return { slug: theme.slug, nameFi: theme.nameFi, nameSv: theme.nameSv, nameEn: theme.nameEn, sortOrder: String(theme.sortOrder), terms: theme.termIds };
}

/** /admin/themes/new and /admin/themes/{id}/edit: names fi / sv / en, slug, order, and the needs and target groups. */
export function ThemeFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: ThemeFormData; form: FormState }) {
  const { t } = ctx;
  const theme = data.theme;
  const values = Object.keys(form.values).length > 0 ? form.values : themeValues(theme);
  const err = (field: string) => fieldError(ctx, form.errors, field);
  const title = theme ? t('themes.form.editTitle', { name: theme.nameFi }) : t('themes.form.newTitle');
  const chosen = new Set(formValueList(values, 'terms'));
  const termsError = err('terms');
  const list = (terms: { id: string; name: string }[]) => (
    <ul class="choices choices-columns">
      {terms.map((term) => (
        <li>
          <input type="checkbox" id={`term-${term.id}`} name="terms" value={term.id} checked={chosen.has(term.id)} aria-invalid={termsError ? 'true' : undefined} />
          <label for={`term-${term.id}`}>{term.name}</label>
        </li>
      ))}
    </ul>
  );
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('themes.admin.title'), '/admin/themes'], [title, ctx.path]]}>
      <div class="admin-page">
        <h1>{title}</h1>
        <FormErrorSummary ctx={ctx} errors={form.errors} />
        <form method="post" action={ctx.href(theme ? `/admin/themes/${theme.id}/edit` : '/admin/themes')} novalidate>
          <CsrfField token={csrf} />
          <fieldset>
            <legend>{t('themes.form.names')}</legend>
            <p class="hint">{t('themes.form.namesHint')}</p>
            <TextInput ctx={ctx} name="nameFi" label={t('themes.form.nameFi')} value={formValue(values, 'nameFi')} error={err('nameFi')} required lang="fi" />
            <TextInput ctx={ctx} name="nameSv" label={t('themes.form.nameSv')} value={formValue(values, 'nameSv')} error={err('nameSv')} lang="sv" />
            <TextInput ctx={ctx} name="nameEn" label={t('themes.form.nameEn')} value={formValue(values, 'nameEn')} error={err('nameEn')} lang="en" />
          </fieldset>
          <TextInput ctx={ctx} name="slug" label={t('themes.form.slug')} hint={t('themes.form.slugHint')} value={formValue(values, 'slug')} error={err('slug')} required autocomplete="off" />
          <TextInput ctx={ctx} name="sortOrder" label={t('themes.form.sortOrder')} hint={t('themes.form.sortOrderHint')} value={formValue(values, 'sortOrder')} error={err('sortOrder')} inputmode="numeric" autocomplete="off" />
          <fieldset id="terms" class={termsError ? 'field choice-group field-invalid' : 'field choice-group'} aria-describedby={['terms-hint', termsError ? 'terms-error' : ''].filter(Boolean).join(' ')}>
            <legend>
              {t('themes.admin.terms')}
              <span class="required"> {t('form.required')}</span>
            </legend>
            <p id="terms-hint" class="hint">
              {t('themes.form.termsHint')}
            </p>
            {termsError ? (
              <p id="terms-error" class="field-error">
                {termsError}
              </p>
            ) : null}
            <h2>{t('themes.form.needs')}</h2>
            {list(data.needs)}
            <h2>{t('themes.form.targets')}</h2>
            {list(data.targets)}
          </fieldset>
          <button type="submit" class="button">
            {theme ? t('themes.form.save') : t('themes.form.create')}
          </button>
        </form>
        <p>
          <a href={ctx.href('/admin/themes')}>{t('themes.form.back')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** "Järjestöt teemoittain" of a region: the themes, each with its number of organisations in the region. */
export function RegionThemesView({ ctx, page }: { ctx: PageContext; page: RegionThemesPage }) {
  const { t } = ctx;
  const title = t('themes.region.title');
  return (
    <Layout ctx={ctx} title={`${title} – ${page.regionName}`} stylesheet={regionStylesheet(page.slug)} breadcrumbs={[[page.regionName, `/regions/${page.slug}`], [title, ctx.path]]}>
      <div class="region-portal">
        <h1>{title}</h1>
        <p>{t('themes.region.intro', { region: page.regionName })}</p>
        {page.themes.length === 0 ? (
          <p>{t('themes.region.none')}</p>
        ) : (
          <ul class="theme-list">
            {page.themes.map((th) => (
              <li>
                <a href={ctx.href(`/regions/${page.slug}/themes/${th.slug}`)} lang={th.nameLang !== ctx.lang ? th.nameLang : undefined}>
                  {th.name}
                </a>{' '}
                <span class="facet-count">({t('themes.region.count', { n: formatNumber(th.organizations, ctx.lang) })})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
    </Layout>
  );
}

function OrganizationList({ ctx, organizations }: { ctx: PageContext; organizations: ThemeOrganization[] }) {
  const { t } = ctx;
  return (
    <ul class="theme-organizations">
      {organizations.map((o) => (
        <li>
          <a href={ctx.href(`/organisations/${o.id}`)} lang={o.nameLang !== ctx.lang ? o.nameLang : undefined}>
            {o.name}
          </a>
          <p class="hint">
            {t('themes.page.activities')}
            {o.activities.map((a, i) => (
              <>
                {i > 0 ? ', ' : ''}
                <a href={ctx.href(`/activities/${a.id}`)} lang={a.nameLang !== ctx.lang ? a.nameLang : undefined}>
                  {a.name}
                </a>
              </>
            ))}
          </p>
        </li>
      ))}
    </ul>
  );
}

/** A theme's page on a region's portal: the region's organisations under it, then the nationwide and remote ones. */
export function ThemePageView({ ctx, page }: { ctx: PageContext; page: ThemePage }) {
  const { t } = ctx;
  const themesTitle = t('themes.region.title');
  return (
    <Layout
      ctx={ctx}
      title={`${page.name} – ${page.regionName}`}
      stylesheet={regionStylesheet(page.slug)}
      breadcrumbs={[
        [page.regionName, `/regions/${page.slug}`],
        [themesTitle, `/regions/${page.slug}/themes`],
        [page.name, ctx.path],
      ]}
    >
      <div class="region-portal">
        <h1 lang={page.nameLang !== ctx.lang ? page.nameLang : undefined}>{page.name}</h1>
        {page.terms.length > 0 ? <p>{t('themes.page.terms', { terms: page.terms.join(', ') })}</p> : null}
        <section aria-labelledby="theme-local">
          <h2 id="theme-local">
            {t('themes.page.local')} <span class="facet-count">({formatNumber(page.local.length, ctx.lang)})</span>
          </h2>
          {page.local.length === 0 ? <p>{t('themes.page.localNone')}</p> : <OrganizationList ctx={ctx} organizations={page.local} />}
        </section>
        {page.nationwide.length > 0 ? (
          <section aria-labelledby="theme-nationwide">
            <h2 id="theme-nationwide">
              {t('themes.page.nationwide')} <span class="facet-count">({formatNumber(page.nationwide.length, ctx.lang)})</span>
            </h2>
            <p>{t('themes.page.nationwideIntro')}</p>
            <OrganizationList ctx={ctx} organizations={page.nationwide} />
          </section>
        ) : null}
        <p>
          <a href={ctx.href(`/regions/${page.slug}/themes`)}>{t('themes.page.allThemes')}</a>
        </p>
      </div>
    </Layout>
  );
}
