import { z } from 'zod';
import {
  organizationItemQuery,
  organizationListQuery,
  rootQuery,
  serviceAtLocationItemQuery,
  serviceAtLocationListQuery,
  serviceItemQuery,
  serviceListQuery,
  taxonomyItemQuery,
  taxonomyListQuery,
  taxonomyTermItemQuery,
  taxonomyTermListQuery,
} from './hsds.schema.js';
import { suggestQuery } from '../search/suggest.schema.js';

/**
 * The OpenAPI 3.1 document of the API (/api/openapi.json). Query parameters come from the same Zod schemas that
 * parse requests; response bodies reference the official HSDS 3.0 schemas by their canonical URLs, as the
 * Open Referral HSDA openapi.json does.
 */

export const HSDS_SCHEMA_BASE = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';
export const DATA_LICENSE = { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' };

/** The HSDA Page envelope, as in the official openapi.json (components.schemas.Page). */
export const pageSchema = {
  type: 'object',
  properties: {
    total_items: { type: 'integer', description: 'The total number of entities (e.g. services, organizations) returned' },
    total_pages: { type: 'integer', description: 'Count of total pages.' },
    page_number: { type: 'integer', description: 'The number of the current page' },
    size: { type: 'integer', description: 'The number of entities in the current page.' },
    first_page: { type: 'boolean', description: 'A Boolean value indicating if this is the first page' },
    last_page: { type: 'boolean', description: 'A Boolean value indicating if this is the last page' },
    empty: { type: 'boolean', description: 'A Boolean value indicating if there is an empty result set' },
  },
};

type ObjectSchema = z.ZodObject<z.ZodRawShape>;

/** One OpenAPI query parameter per field of a Zod object schema. */
export function queryParameters(schema: ObjectSchema): Record<string, unknown>[] {
  return Object.entries(schema.shape).map(([name, field]) => {
    const json = z.toJSONSchema(field as z.ZodType, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
    const { $schema: _s, description, ...rest } = json;
    return { name, in: 'query', required: false, description: description ?? '', schema: rest };
  });
}

const idParameter = (what: string) => ({
  name: 'id',
  in: 'path',
  required: true,
  description: `The id (UUID) of the ${what}.`,
  schema: { type: 'string', format: 'uuid' },
});

const errorResponses = {
  '400': { description: 'A malformed parameter.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Error' } } } },
};
const notFoundResponse = {
  '404': { description: 'No published record has this id.', content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Error' } } } },
};

function pageOf(ref: string, description: string) {
  return {
    '200': {
      description,
      content: {
        'application/json': {
          schema: { allOf: [{ $ref: '#/components/schemas/Page' }], properties: { contents: { type: 'array', items: { $ref: HSDS_SCHEMA_BASE + ref } } } },
        },
      },
    },
    ...errorResponses,
  };
}

function one(ref: string, description: string) {
  return { '200': { description, content: { 'application/json': { schema: { $ref: HSDS_SCHEMA_BASE + ref } } } }, ...errorResponses, ...notFoundResponse };
}

export function buildOpenApi({ baseUrl }: { baseUrl: string }): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tarjotin – Open Referral HSDA (HSDS 3.0)',
      version: '3.0',
      summary: 'Finnish NGO support services as open data, in Open Referral HSDS 3.0 with a Finnish profile.',
      description:
        'Read-only, public API. Lists use the HSDA Page envelope. Finnish profile: municipalities are service_areas ' +
        'with a uri.suomi.fi municipality code URI, nationwide services have a service_area with extent_type "text" and ' +
        'extent "FI", the business ID is an organization_identifier of type "Y-tunnus", needs, kinds of support and target ' +
        `groups are taxonomies linked through attributes; parameters lang and municipality. Profile: ${baseUrl}/api#profile`,
      license: DATA_LICENSE,
    },
    externalDocs: { description: 'Finnish profile and API guide', url: `${baseUrl}/api` },
    servers: [{ url: `${baseUrl}/api/hsds` }],
    paths: {
      '/': {
        get: {
          operationId: 'getAPIMetaInformation',
          summary: 'API meta information',
          parameters: queryParameters(rootQuery),
          responses: {
            '200': {
              description: 'HSDS version, profile and the location of this document.',
              content: { 'application/json': { schema: { $ref: '#/components/schemas/ApiMeta' } } },
            },
          },
        },
      },
      '/services': {
        get: {
          operationId: 'getPaginatedListOfServices',
          summary: 'Services',
          parameters: queryParameters(serviceListQuery),
          responses: pageOf('compiled/service_list.json', 'A page of services (compiled/service.json items with full=true).'),
        },
      },
      '/services/{id}': {
        get: {
          operationId: 'getFullyNestedServiceById',
          summary: 'One fully nested service',
          parameters: [idParameter('service'), ...queryParameters(serviceItemQuery)],
          responses: one('compiled/service.json', 'The service with all related data.'),
        },
      },
      '/organizations': {
        get: {
          operationId: 'getPaginatedListOfOrganizations',
          summary: 'Organizations',
          parameters: queryParameters(organizationListQuery),
          responses: pageOf('compiled/organization_list.json', 'A page of organizations (compiled/organization.json items with full=true).'),
        },
      },
      '/organizations/{id}': {
        get: {
          operationId: 'getOrganizationById',
          summary: 'One fully nested organization',
          parameters: [idParameter('organization'), ...queryParameters(organizationItemQuery)],
          responses: one('compiled/organization.json', 'The organization with its services.'),
        },
      },
      '/taxonomies': {
        get: {
          operationId: 'getPaginatedListOfTaxonomies',
          summary: 'Taxonomies (needs, kinds of support, target groups)',
          parameters: queryParameters(taxonomyListQuery),
          responses: pageOf('taxonomy.json', 'A page of taxonomies.'),
        },
      },
      '/taxonomies/{id}': {
        get: {
          operationId: 'getTaxonomyById',
          summary: 'One taxonomy',
          parameters: [idParameter('taxonomy'), ...queryParameters(taxonomyItemQuery)],
          responses: one('taxonomy.json', 'The taxonomy.'),
        },
      },
      '/taxonomy_terms': {
        get: {
          operationId: 'getPaginatedListOfTaxonomyTerms',
          summary: 'Taxonomy terms',
          parameters: queryParameters(taxonomyTermListQuery),
          responses: pageOf('taxonomy_term.json', 'A page of taxonomy terms.'),
        },
      },
      '/taxonomy_terms/{id}': {
        get: {
          operationId: 'getTaxonomyTermById',
          summary: 'One taxonomy term',
          parameters: [idParameter('taxonomy term'), ...queryParameters(taxonomyTermItemQuery)],
          responses: one('taxonomy_term.json', 'The taxonomy term.'),
        },
      },
      '/service_at_locations': {
        get: {
          operationId: 'getPaginatedListOfServiceAtLocation',
          summary: 'Services at their locations',
          parameters: queryParameters(serviceAtLocationListQuery),
          responses: pageOf('compiled/service_at_location_list.json', 'A page of service_at_locations (compiled/service_at_location.json items with full=true).'),
        },
      },
      '/suggest': {
        // Not part of HSDA: the front page's suggestions as you type, served at /api/suggest.
        servers: [{ url: `${baseUrl}/api` }],
        get: {
          operationId: 'getSuggestions',
          summary: 'Suggestions as you type (not part of HSDA)',
          description:
            'Needs, kinds of support, target groups, published organisations and municipalities with a word that starts ' +
            'with q (case and accents ignored); at most 5 of each kind. Rate-limited per client IP (429 when exceeded).',
          parameters: queryParameters(suggestQuery),
          responses: {
            '200': { description: 'Suggestions by kind.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Suggestions' } } } },
            ...errorResponses,
            '429': { description: 'Too many requests from this address.', content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } },
          },
        },
      },
      '/service_at_locations/{id}': {
        get: {
          operationId: 'getServiceAtLocationWithNestedDataById',
          summary: 'One fully nested service_at_location',
          parameters: [idParameter('service_at_location'), ...queryParameters(serviceAtLocationItemQuery)],
          responses: one('compiled/service_at_location.json', 'The service_at_location with its service and location.'),
        },
      },
    },
    components: {
      schemas: {
        Page: pageSchema,
        ApiMeta: {
          type: 'object',
          properties: {
            version: { type: 'string', description: 'HSDS version of this API.' },
            profile: { type: 'string', format: 'uri', description: 'URL of the information on the HSDS profile of this API.' },
            openapi_url: { type: 'string', format: 'uri', description: 'URL of the openapi JSON file which defines this API.' },
          },
        },
        Suggestions: {
          type: 'object',
          required: ['needs', 'supports', 'targets', 'organizations', 'municipalities'],
          properties: {
            needs: { type: 'array', items: { $ref: '#/components/schemas/CodeSuggestion' } },
            supports: { type: 'array', items: { $ref: '#/components/schemas/CodeSuggestion' } },
            targets: { type: 'array', items: { $ref: '#/components/schemas/CodeSuggestion' } },
            organizations: {
              type: 'array',
              items: {
                type: 'object',
                required: ['label', 'id', 'url'],
                properties: {
                  label: { type: 'string' },
                  id: { type: 'string', format: 'uuid', description: 'The organization id (as in /organizations/{id}).' },
                  url: { type: 'string', description: "Path of the organisation's card in the language asked for." },
                },
              },
            },
            municipalities: { type: 'array', items: { $ref: '#/components/schemas/CodeSuggestion' } },
          },
        },
        CodeSuggestion: {
          type: 'object',
          required: ['label', 'code', 'url'],
          properties: {
            label: { type: 'string' },
            code: { type: 'string', description: 'Taxonomy term code, or three-digit municipality code.' },
            url: { type: 'string', description: 'Path of the results page with this filter, in the language asked for.' },
          },
        },
        Error: {
          type: 'object',
          description: 'A problem (RFC 9457), sent as application/problem+json.',
          required: ['type', 'title', 'status', 'detail', 'error'],
          properties: {
            type: { type: 'string', description: 'Always about:blank.' },
            title: { type: 'string', description: 'What kind of problem, in English.' },
            status: { type: 'integer', description: 'The HTTP status.' },
            detail: { type: 'string', description: 'What was wrong, in English (e.g. which parameter and why).' },
            error: { type: 'string', enum: ['bad_request', 'not_found', 'rate_limited', 'internal_error'] },
            instance: { type: 'string', description: 'The path asked for.' },
            errors: {
              type: 'object',
              description: 'For a malformed parameter: each parameter with a message.',
              additionalProperties: { type: 'object', properties: { key: { type: 'string' }, message: { type: 'string' } } },
            },
          },
        },
      },
    },
  };
}

/** The API root document (GET /api/hsds/). */
export function apiMeta(baseUrl: string): { version: string; profile: string; openapi_url: string } {
  return { version: '3.0', profile: `${baseUrl}/api#profile`, openapi_url: `${baseUrl}/api/openapi.json` };
}
