import { formValue, formValueList, type FormState, type FormValues } from '../../platform/http/form.js';
import { formatNumber } from '../../platform/i18n/i18n.js';
import { CsrfField, fieldError, FormErrorSummary, formTitle, TextArea, TextInput } from '../../platform/views/form.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { SearchForm } from '../search/search.views.js';
import { UpcomingEventsSection } from '../events/events.views.js';
import type { CalendarItem } from '../events/list-region-calendar.js';
import type { NewsItemView } from '../news/news-item.js';
import { LatestNewsSection } from '../news/news.views.js';
import type { SearchPageState } from '../search/search.schema.js';
import { contrastRatio, normaliseHexColour, WHITE } from './contrast.js';
import type { RegionFormData } from './get-region-form.js';
import type { RegionPortal } from './get-region-portal.js';
import type { RegionMunicipalitiesPage } from './list-region-municipalities.js';
import type { RegionMunicipalityPage } from './get-region-municipality.js';
import type { RegionRow } from './regions.repo.js';

const themeHref = (slug: string) => `/regions/${slug}/theme.css`;

/** /admin/regions: the regions, each with its edit and portal links; where the regions' administrators are appointed. */
export function RegionsAdminPage({ ctx, regions, notice }: { ctx: PageContext; regions: (RegionRow & { municipalities: number })[]; notice?: string }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('regions.admin.title')}>
      <div class="admin-page">
        <h1>{t('regions.admin.title')}</h1>
        {notice ? (
          <div class="notice notice-saved" role="status">
            <p>{notice}</p>
          </div>
        ) : null}
        <p>{t('regions.admin.intro')}</p>
        <p>
          {t('regions.admin.administrators')} <a href={ctx.href('/admin/users')}>{t('regions.admin.administratorsLink')}</a>.
        </p>
        <p>
          <a class="button" href={ctx.href('/admin/regions/new')}>
            {t('regions.admin.new')}
          </a>
        </p>
        {regions.length === 0 ? (
          <p>{t('regions.admin.none')}</p>
        ) : (
          <table>
            <thead>
              <tr>
                <th scope="col">{t('regions.admin.name')}</th>
                <th scope="col">{t('regions.admin.slug')}</th>
                <th scope="col">{t('regions.admin.municipalities')}</th>
                <th scope="col">{t('regions.admin.accent')}</th>
                <th scope="col">{t('regions.admin.actions')}</th>
              </tr>
            </thead>
            <tbody>
              {regions.map((r) => (
                <tr>
                  <th scope="row">{ctx.lang === 'sv' ? r.nameSv : ctx.lang === 'en' ? r.nameEn : r.nameFi}</th>
                  <td>{r.id}</td>
                  <td>{formatNumber(r.municipalities, ctx.lang)}</td>
                  <td>{r.accentColor ?? t('regions.admin.noAccent')}</td>
                  <td>
                    <a href={ctx.href(`/admin/regions/${r.id}/edit`)} aria-label={`${t('regions.admin.edit')}: ${r.nameFi}`}>
                      {t('regions.admin.edit')}
                    </a>
                    {' · '}
                    <a href={ctx.href(`/regions/${r.id}`)} aria-label={`${t('regions.admin.portal')}: ${r.nameFi}`}>
                      {t('regions.admin.portal')}
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

/** The form's values from a saved region. */
function regionValues(region: RegionFormData['region']): FormValues {
  if (!region) return {};
  return {
    nameFi: region.nameFi,
    nameSv: region.nameSv,
    nameEn: region.nameEn,
    introFi: region.introFi,
    introSv: region.introSv,
    introEn: region.introEn,
    accentColor: region.accentColor ?? '',
    logoText: region.logoText,
    municipalities: region.municipalityCodes,
  };
}

/** /admin/regions/new and /admin/regions/{slug}/edit: names, introduction, look and municipalities by maakunta. */
export function RegionFormPage({ ctx, csrf, data, form }: { ctx: PageContext; csrf: string; data: RegionFormData; form: FormState }) {
  const { t } = ctx;
  const region = data.region;
  const values = Object.keys(form.values).length > 0 ? form.values : regionValues(region);
  const err = (field: string) => fieldError(ctx, form.errors, field);
  const title = region ? t('regions.form.editTitle', { name: region.nameFi }) : t('regions.form.newTitle');
  const chosen = new Set(formValueList(values, 'municipalities'));
  const typedColour = normaliseHexColour(formValue(values, 'accentColor'));
  const ratio = typedColour ? contrastRatio(typedColour, WHITE).toLocaleString(ctx.lang === 'en' ? 'en-GB' : ctx.lang === 'sv' ? 'sv-FI' : 'fi-FI', { maximumFractionDigits: 2 }) : null;
  const municipalitiesError = err('municipalities');
  return (
    <Layout ctx={ctx} title={formTitle(ctx, title, form.errors)} breadcrumbs={[[t('regions.admin.title'), '/admin/regions'], [title, ctx.path]]}>
      <div class="admin-page">
        <h1>{title}</h1>
        <FormErrorSummary ctx={ctx} errors={form.errors} />
        <form method="post" action={ctx.href(region ? `/admin/regions/${region.id}/edit` : '/admin/regions')} novalidate>
          <CsrfField token={csrf} />
          {region ? (
            <p>{t('regions.form.slugFixed', { slug: region.id })}</p>
          ) : (
            <TextInput ctx={ctx} name="slug" label={t('regions.form.slug')} hint={t('regions.form.slugHint')} value={formValue(values, 'slug')} error={err('slug')} required autocomplete="off" />
          )}
          <fieldset>
            <legend>{t('regions.form.names')}</legend>
            <p class="hint">{t('regions.form.namesHint')}</p>
            <TextInput ctx={ctx} name="nameFi" label={t('regions.form.nameFi')} value={formValue(values, 'nameFi')} error={err('nameFi')} required lang="fi" />
            <TextInput ctx={ctx} name="nameSv" label={t('regions.form.nameSv')} value={formValue(values, 'nameSv')} error={err('nameSv')} lang="sv" />
            <TextInput ctx={ctx} name="nameEn" label={t('regions.form.nameEn')} value={formValue(values, 'nameEn')} error={err('nameEn')} lang="en" />
          </fieldset>
          <fieldset>
            <legend>{t('regions.form.intro')}</legend>
            <p class="hint">{t('regions.form.introHint')}</p>
            <TextArea ctx={ctx} name="introFi" label={t('regions.form.introFi')} value={formValue(values, 'introFi')} error={err('introFi')} rows={4} lang="fi" />
            <TextArea ctx={ctx} name="introSv" label={t('regions.form.introSv')} value={formValue(values, 'introSv')} error={err('introSv')} rows={4} lang="sv" />
            <TextArea ctx={ctx} name="introEn" label={t('regions.form.introEn')} value={formValue(values, 'introEn')} error={err('introEn')} rows={4} lang="en" />
          </fieldset>
          <fieldset>
            <legend>{t('regions.form.look')}</legend>
            <TextInput
              ctx={ctx}
              name="accentColor"
              label={t('regions.form.accent')}
              hint={ratio ? `${t('regions.form.accentHint')} ${t('regions.form.accentRatio', { colour: typedColour!, ratio })}` : t('regions.form.accentHint')}
              value={formValue(values, 'accentColor')}
              error={err('accentColor')}
              autocomplete="off"
            />
            <TextInput ctx={ctx} name="logoText" label={t('regions.form.logoText')} hint={t('regions.form.logoTextHint')} value={formValue(values, 'logoText')} error={err('logoText')} />
          </fieldset>
          <fieldset
            id="municipalities"
            class={municipalitiesError ? 'field choice-group field-invalid' : 'field choice-group'}
            aria-describedby={['municipalities-hint', municipalitiesError ? 'municipalities-error' : ''].filter(Boolean).join(' ')}
          >
            <legend>
              {t('regions.form.municipalities')}
              <span class="required"> {t('form.required')}</span>
            </legend>
            <p id="municipalities-hint" class="hint">
              {t('regions.form.municipalitiesHint')}
            </p>
            {municipalitiesError ? (
              <p id="municipalities-error" class="field-error">
                {municipalitiesError}
              </p>
            ) : null}
            {data.groups.map((g) => {
              const n = g.municipalities.filter((m) => chosen.has(m.code)).length;
              return (
                <details class="region-municipality-group" open={n > 0}>
                  <summary>
                    {g.name}
                    {n > 0 ? ` (${t('regions.form.chosen', { n })})` : ''}
                  </summary>
                  <ul class="choices choices-columns">
                    {g.municipalities.map((m) => (
                      <li>
                        <input
                          type="checkbox"
                          id={`municipality-${m.code}`}
                          name="municipalities"
                          value={m.code}
                          checked={chosen.has(m.code) && !m.otherRegion}
                          disabled={m.otherRegion !== null}
                          aria-invalid={municipalitiesError ? 'true' : undefined}
                        />
                        <label for={`municipality-${m.code}`}>
                          {m.name}
                          {m.otherRegion ? <span class="region-taken"> ({t('regions.form.inRegion', { region: m.otherRegion })})</span> : null}
                        </label>
                      </li>
                    ))}
                  </ul>
                </details>
              );
            })}
          </fieldset>
          <button type="submit" class="button">
            {region ? t('regions.form.save') : t('regions.form.create')}
          </button>
        </form>
        <p>
          <a href={ctx.href('/admin/regions')}>{t('regions.form.back')}</a>
        </p>
      </div>
    </Layout>
  );
}

/** A region's portal: its name and logo text, introduction, the search within the region, and its browse links. */
export function RegionPortalPage({ ctx, portal, events, news }: { ctx: PageContext; portal: RegionPortal; events?: CalendarItem[]; news?: NewsItemView[] }) {
  const { t } = ctx;
  const state: SearchPageState = { q: '', need: [], support: [], target: [], municipality: '', sort: 'relevance', page: 1, region: portal.slug };
  return (
    <Layout ctx={ctx} title={portal.name} description={portal.intro || undefined} stylesheet={themeHref(portal.slug)}>
      <div class="region-portal">
        <p class="region-banner">{portal.logoText}</p>
        <h1>{portal.name}</h1>
        {portal.intro ? <p class="region-intro">{portal.intro}</p> : null}
        <section aria-labelledby="region-search-title">
          <h2 id="region-search-title">{t('regions.portal.search')}</h2>
          <p class="hint">{t('regions.portal.nationwide')}</p>
          <SearchForm ctx={ctx} options={portal.options} state={state} />
        </section>
        {news ? <LatestNewsSection ctx={ctx} slug={portal.slug} items={news} /> : null}
        {events ? <UpcomingEventsSection ctx={ctx} slug={portal.slug} items={events} /> : null}
        <nav class="region-browse" aria-labelledby="region-browse-title">
          <h2 id="region-browse-title">{t('regions.portal.browse')}</h2>
          <ul>
            <li>
              <a href={ctx.href(`/regions/${portal.slug}/municipalities`)}>{t('regions.portal.byMunicipality')}</a>
            </li>
            <li>
              <a href={ctx.href(`/regions/${portal.slug}/themes`)}>{t('themes.portal.link')}</a>
            </li>
            <li>
              <a href={ctx.href(`/regions/${portal.slug}/statistics`)}>{t('regionStats.nav')}</a>
            </li>
            <li>
              <a href={ctx.href(`/regions/${portal.slug}/networks`)}>{t('networks.portal.link')}</a>
            </li>
          </ul>
        </nav>
      </div>
    </Layout>
  );
}

/** "Järjestöt kunnittain": the region's municipalities A–Ö, each with its organisations. */
export function RegionMunicipalitiesView({ ctx, page }: { ctx: PageContext; page: RegionMunicipalitiesPage }) {
  const { t } = ctx;
  const title = t('regions.municipalities.title');
  return (
    <Layout ctx={ctx} title={`${title} – ${page.name}`} stylesheet={themeHref(page.slug)} breadcrumbs={[[page.name, `/regions/${page.slug}`], [title, ctx.path]]}>
      <div class="region-portal">
        <h1>{title}</h1>
        <p>{t('regions.municipalities.intro', { region: page.name })}</p>
        <nav aria-labelledby="region-jump-title" class="region-jump">
          <h2 id="region-jump-title" class="visually-hidden">
            {t('regions.municipalities.jump')}
          </h2>
          <ul>
            {page.municipalities.map((m) => (
              <li>
                <a href={`#kunta-${m.code}`}>{m.name}</a>
              </li>
            ))}
          </ul>
        </nav>
        {page.municipalities.map((m) => (
          <section aria-labelledby={`kunta-${m.code}`}>
            <h2 id={`kunta-${m.code}`}>
              <a href={ctx.href(`/regions/${page.slug}/municipalities/${m.code}`)}>{m.name}</a> <span class="facet-count">({formatNumber(m.organizations.length, ctx.lang)})</span>
            </h2>
            {m.organizations.length === 0 ? (
              <p>{t('regions.municipalities.none')}</p>
            ) : (
              <ul>
                {m.organizations.map((o) => (
                  <li>
                    <a href={ctx.href(`/organisations/${o.id}`)} lang={o.nameLang !== ctx.lang ? o.nameLang : undefined}>
                      {o.name}
                    </a>
                  </li>
                ))}
              </ul>
            )}
          </section>
        ))}
      </div>
    </Layout>
  );
}

/** One municipality of a region: its organisations A–Ö, and the search within the municipality. */
export function RegionMunicipalityView({ ctx, page }: { ctx: PageContext; page: RegionMunicipalityPage }) {
  const { t } = ctx;
  const m = page.municipality;
  const listTitle = t('regions.municipalities.title');
  return (
    <Layout
      ctx={ctx}
      title={`${t('regions.municipality.title', { municipality: m.name })} – ${page.regionName}`}
      stylesheet={themeHref(page.slug)}
      breadcrumbs={[
        [page.regionName, `/regions/${page.slug}`],
        [listTitle, `/regions/${page.slug}/municipalities`],
        [m.name, ctx.path],
      ]}
    >
      <div class="region-portal">
        <h1>{t('regions.municipality.title', { municipality: m.name })}</h1>
        <p>{t('regions.municipality.intro', { municipality: m.name })}</p>
        {m.organizations.length === 0 ? (
          <p>{t('regions.municipalities.none')}</p>
        ) : (
          <ul>
            {m.organizations.map((o) => (
              <li>
                <a href={ctx.href(`/organisations/${o.id}`)} lang={o.nameLang !== ctx.lang ? o.nameLang : undefined}>
                  {o.name}
                </a>
              </li>
            ))}
          </ul>
        )}
        <p>
          <a href={ctx.href(`/search?region=${page.slug}&municipality=${m.code}`)}>{t('regions.municipality.search', { municipality: m.name })}</a>
        </p>
        <p>
          <a href={ctx.href(`/regions/${page.slug}/municipalities`)}>{t('regions.municipality.all')}</a>
        </p>
      </div>
    </Layout>
  );
}
