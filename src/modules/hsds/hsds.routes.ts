import type { FastifyPluginAsync } from 'fastify';

/** The Open Referral HSDS 3.0 read API under /api/hsds, the OpenAPI document and the API page. */
export const hsdsApi: FastifyPluginAsync = async (_app) => {};

/** The human-readable API page at /api (mounted for fi, /sv and /en). */
export const hsdsPages: FastifyPluginAsync = async (_app) => {};
