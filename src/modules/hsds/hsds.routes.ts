import cors from '@fastify/cors';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { h } from 'preact';
import type { z } from 'zod';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { ApiPage } from './api-page.js';
import { getOrganization } from './get-organization.js';
import { getService } from './get-service.js';
import { getServiceAtLocation } from './get-service-at-location.js';
import { getTaxonomy } from './get-taxonomy.js';
import { getTaxonomyTerm } from './get-taxonomy-term.js';
import {
  normalizeQuery,
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
import { listOrganizations } from './list-organizations.js';
import { listServiceAtLocations } from './list-service-at-locations.js';
import { listServices } from './list-services.js';
import { listTaxonomies } from './list-taxonomies.js';
import { listTaxonomyTerms } from './list-taxonomy-terms.js';
import { apiMeta, buildOpenApi } from './openapi.js';

/** Parses the query string with a Zod schema; a ZodError becomes a 400 JSON answer in the error handler. */
function parseQuery<S extends z.ZodType>(schema: S, request: FastifyRequest): z.output<S> {
  return schema.parse(normalizeQuery(request.query));
}

function idParam(request: FastifyRequest): string {
  return String((request.params as { id?: unknown }).id ?? '');
}

function json(reply: FastifyReply, lang: string, body: unknown): FastifyReply {
  return reply.header('content-language', lang).header('cache-control', 'public, max-age=60').type('application/json; charset=utf-8').send(body);
}

const corsOptions = { origin: '*', methods: ['GET', 'HEAD', 'OPTIONS'] };

/** The Open Referral HSDS 3.0 read API under /api/hsds, and the OpenAPI document at /api/openapi.json. */
export const hsdsApi: FastifyPluginAsync = async (app) => {
  await app.register(
    async (api) => {
      await api.register(cors, corsOptions);
      // An unknown path under /api/hsds: the central handler's 404 problem (application/problem+json), with CORS.
      api.setNotFoundHandler(async (request) => {
        throw notFound(`Resource ${request.url.split('?')[0]}`);
      });
      const db = api.deps.db;
      const baseUrl = api.deps.config.baseUrl;

      api.get('/', async (request, reply) => {
        const { lang } = parseQuery(rootQuery, request);
        return json(reply, lang, apiMeta(baseUrl));
      });

      api.get('/services', async (request, reply) => {
        const query = parseQuery(serviceListQuery, request);
        return json(reply, query.lang, await listServices({ db, query }));
      });
      api.get('/services/:id', async (request, reply) => {
        const { lang } = parseQuery(serviceItemQuery, request);
        const service = await getService({ db, id: idParam(request), lang });
        if (!service) throw notFound('Service');
        return json(reply, lang, service);
      });

      api.get('/organizations', async (request, reply) => {
        const query = parseQuery(organizationListQuery, request);
        return json(reply, query.lang, await listOrganizations({ db, query }));
      });
      api.get('/organizations/:id', async (request, reply) => {
        const { lang, full_service } = parseQuery(organizationItemQuery, request);
        const organization = await getOrganization({ db, id: idParam(request), lang, fullService: full_service ?? false });
        if (!organization) throw notFound('Organization');
        return json(reply, lang, organization);
      });

      api.get('/taxonomies', async (request, reply) => {
        const query = parseQuery(taxonomyListQuery, request);
        return json(reply, query.lang, await listTaxonomies({ db, query }));
      });
      api.get('/taxonomies/:id', async (request, reply) => {
        const { lang } = parseQuery(taxonomyItemQuery, request);
        const taxonomy = await getTaxonomy({ db, id: idParam(request), lang });
        if (!taxonomy) throw notFound('Taxonomy');
        return json(reply, lang, taxonomy);
      });

      api.get('/taxonomy_terms', async (request, reply) => {
        const query = parseQuery(taxonomyTermListQuery, request);
        return json(reply, query.lang, await listTaxonomyTerms({ db, query }));
      });
      api.get('/taxonomy_terms/:id', async (request, reply) => {
        const { lang } = parseQuery(taxonomyTermItemQuery, request);
        const term = await getTaxonomyTerm({ db, id: idParam(request), lang });
        if (!term) throw notFound('Taxonomy term');
        return json(reply, lang, term);
      });

      api.get('/service_at_locations', async (request, reply) => {
        const query = parseQuery(serviceAtLocationListQuery, request);
        return json(reply, query.lang, await listServiceAtLocations({ db, query }));
      });
      api.get('/service_at_locations/:id', async (request, reply) => {
        const { lang } = parseQuery(serviceAtLocationItemQuery, request);
        const serviceAtLocation = await getServiceAtLocation({ db, id: idParam(request), lang });
        if (!serviceAtLocation) throw notFound('Service at location');
        return json(reply, lang, serviceAtLocation);
      });
    },
    { prefix: '/api/hsds' },
  );

  // Under its own prefix: @fastify/cors answers preflights for `<prefix>*`, which without a prefix is every path.
  await app.register(
    async (doc) => {
      await doc.register(cors, corsOptions);
      const openapi = buildOpenApi({ baseUrl: doc.deps.config.baseUrl });
      doc.get('/', async (_request, reply) =>
        reply.header('cache-control', 'public, max-age=300').type('application/json; charset=utf-8').send(openapi),
      );
    },
    { prefix: '/api/openapi.json' },
  );
};

/** The human-readable API page at /api (mounted for fi, /sv and /en). */
export const hsdsPages: FastifyPluginAsync = async (app) => {
  app.get('/api', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, h(ApiPage, { ctx, baseUrl: app.deps.config.baseUrl }));
  });
};
