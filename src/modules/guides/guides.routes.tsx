import type { FastifyPluginAsync } from 'fastify';

/** Pages of the guides module (mounted for fi, /sv and /en). */
export const guidesPages: FastifyPluginAsync = async (_app) => {};
