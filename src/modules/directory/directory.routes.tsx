import type { FastifyPluginAsync } from 'fastify';

/** Pages of the directory module (mounted for fi, /sv and /en). */
export const directoryPages: FastifyPluginAsync = async (_app) => {};
