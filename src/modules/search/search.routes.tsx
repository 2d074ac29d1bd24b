import type { FastifyPluginAsync } from 'fastify';

/** Pages of the search module (mounted for fi, /sv and /en). */
export const searchPages: FastifyPluginAsync = async (_app) => {};
