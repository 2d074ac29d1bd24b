import type { MessageKey } from '../../platform/i18n/catalog.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { taxonomyId, termId } from '../reference/load-reference-data.js';
import { DATA_LICENSE } from './openapi.js';
import { MUNICIPALITY_URI_BASE } from './to-hsds.js';

const API = '/api/hsds';

interface Endpoint {
  path: string;
  key: MessageKey;
  example: string;
}

function endpoints(lang: string): Endpoint[] {
  const l = lang === 'fi' ? '' : `lang=${lang}`;
  const q = (params: string) => {
    const all = [params, l].filter(Boolean).join('&');
    return all ? `?${all}` : '';
  };
  const need = taxonomyId('need');
  return [
    { path: '/', key: 'hsds.ep.root', example: `${API}/` },
    { path: '/services', key: 'hsds.ep.services', example: `${API}/services${q('municipality=297&per_page=5')}` },
    { path: '/services/{id}', key: 'hsds.ep.service', example: `${API}/services${q('search=vertaistuki&per_page=1&full=true')}` },
    { path: '/organizations', key: 'hsds.ep.organizations', example: `${API}/organizations${q('per_page=10')}` },
    { path: '/organizations/{id}', key: 'hsds.ep.organization', example: `${API}/organizations${q('per_page=1&full=true')}` },
    { path: '/taxonomies', key: 'hsds.ep.taxonomies', example: `${API}/taxonomies${q('')}` },
    { path: '/taxonomies/{id}', key: 'hsds.ep.taxonomy', example: `${API}/taxonomies/${need}${q('')}` },
    { path: '/taxonomy_terms', key: 'hsds.ep.terms', example: `${API}/taxonomy_terms${q(`taxonomy_id=${need}`)}` },
    { path: '/taxonomy_terms/{id}', key: 'hsds.ep.term', example: `${API}/taxonomy_terms/${termId('need', 'masennus')}${q('')}` },
    { path: '/service_at_locations', key: 'hsds.ep.sals', example: `${API}/service_at_locations${q('municipality=297&per_page=5')}` },
    { path: '/service_at_locations/{id}', key: 'hsds.ep.sal', example: `${API}/service_at_locations${q('per_page=1&full=true')}` },
  ];
}

const PARAMS = [
  'search',
  'page',
  'per_page',
  'taxonomy_term_id',
  'taxonomy_id',
  'organization_id',
  'modified_after',
  'full',
  'full_service',
  'municipality',
  'lang',
] as const;

const PROFILE: { key: MessageKey; example: string }[] = [
  { key: 'hsds.profile.municipality', example: `"service_areas": [{ "name": "Kuopio", "uri": "${MUNICIPALITY_URI_BASE}297" }]` },
  { key: 'hsds.profile.nationwide', example: '"service_areas": [{ "name": "Koko Suomi", "extent_type": "text", "extent": "FI" }]' },
  {
    key: 'hsds.profile.businessId',
    example: '"organization_identifiers": [{ "identifier_type": "Y-tunnus", "identifier_scheme": "FI-PRO", "identifier": "1234567-8" }]',
  },
  { key: 'hsds.profile.taxonomies', example: '"attributes": [{ "link_type": "need", "taxonomy_term_id": "…", "taxonomy_term": { "code": "masennus" } }]' },
  { key: 'hsds.profile.lang', example: `${API}/services?lang=sv` },
  { key: 'hsds.profile.municipalityParam', example: `${API}/services?municipality=297` },
];

/** The human-readable API page: addresses, endpoints with example links, parameters, the Finnish profile, licence. */
export function ApiPage({ ctx, baseUrl }: { ctx: PageContext; baseUrl: string }) {
  const { t } = ctx;
  const title = t('hsds.page.title');
  return (
    <Layout ctx={ctx} title={title} description={t('hsds.page.description')} breadcrumbs={[[title, '/api']]}>
      <div class="hsds-page">
        <h1>{title}</h1>
        <p>{t('hsds.page.intro')}</p>
        <p>{t('hsds.page.published')}</p>

        <section aria-labelledby="hsds-addresses">
          <h2 id="hsds-addresses">{t('hsds.page.addresses.title')}</h2>
          <dl class="hsds-addresses">
            <dt>{t('hsds.page.addresses.root')}</dt>
            <dd>
              <a href={`${API}/`}>
                <code>{`${baseUrl}${API}/`}</code>
              </a>
            </dd>
            <dt>{t('hsds.page.addresses.openapi')}</dt>
            <dd>
              <a href="/api/openapi.json">
                <code>{`${baseUrl}/api/openapi.json`}</code>
              </a>
            </dd>
          </dl>
        </section>

        <section aria-labelledby="hsds-endpoints">
          <h2 id="hsds-endpoints">{t('hsds.page.endpoints.title')}</h2>
          <table class="hsds-table">
            <caption>{t('hsds.page.endpoints.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hsds.page.endpoints.path')}</th>
                <th scope="col">{t('hsds.page.endpoints.returns')}</th>
                <th scope="col">{t('hsds.page.endpoints.example')}</th>
              </tr>
            </thead>
            <tbody>
              {endpoints(ctx.lang).map((e) => (
                <tr>
                  <th scope="row">
                    <code>{`GET ${e.path}`}</code>
                  </th>
                  <td>{t(e.key)}</td>
                  <td>
                    <a href={e.example}>
                      <code>{e.example}</code>
                    </a>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
          <p>{t('hsds.page.envelope')}</p>
          <p>
            {t('search.suggest.apiIntro')}{' '}
            <a href={`/api/suggest?q=mielen${ctx.lang === 'fi' ? '' : `&lang=${ctx.lang}`}`}>
              <code>{`GET /api/suggest?q=mielen${ctx.lang === 'fi' ? '' : `&lang=${ctx.lang}`}`}</code>
            </a>
          </p>
        </section>

        <section aria-labelledby="hsds-params">
          <h2 id="hsds-params">{t('hsds.page.params.title')}</h2>
          <table class="hsds-table">
            <caption>{t('hsds.page.params.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('hsds.page.params.name')}</th>
                <th scope="col">{t('hsds.page.params.meaning')}</th>
              </tr>
            </thead>
            <tbody>
              {PARAMS.map((p) => (
                <tr>
                  <th scope="row">
                    <code>{p}</code>
                  </th>
                  <td>{t(`hsds.param.${p}`)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>

        <section aria-labelledby="profile">
          <h2 id="profile">{t('hsds.page.profile.title')}</h2>
          <p>{t('hsds.page.profile.intro')}</p>
          <ol class="hsds-profile">
            {PROFILE.map((r) => (
              <li>
                <p>{t(r.key)}</p>
                <pre>
                  <code>{r.example}</code>
                </pre>
              </li>
            ))}
          </ol>
        </section>

        <section aria-labelledby="hsds-errors">
          <h2 id="hsds-errors">{t('hsds.page.errors.title')}</h2>
          <p>{t('hsds.page.errors.body')}</p>
          <pre>
            <code>{'{ "type": "about:blank", "title": "The request could not be handled", "status": 400, "detail": "per_page: must be at most 100", "error": "bad_request", "instance": "/api/hsds/services" }'}</code>
          </pre>
        </section>

        <section aria-labelledby="hsds-license">
          <h2 id="hsds-license">{t('hsds.page.license.title')}</h2>
          <p>
            {t('hsds.page.license.data')} <a href={DATA_LICENSE.url}>{t('hsds.page.license.dataLink')}</a>
          </p>
          <p>
            {t('hsds.page.license.schema')} <a href="https://openreferral.org/">{t('hsds.page.license.schemaLink')}</a>
          </p>
        </section>
      </div>
    </Layout>
  );
}
