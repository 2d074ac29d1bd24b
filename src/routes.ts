import type { FastifyPluginAsync } from 'fastify';

/** Every module's HTTP routes. Page plugins are mounted for fi (no prefix), /sv and /en; API plugins once. */
export const pagePlugins: FastifyPluginAsync[] = [];
export const apiPlugins: FastifyPluginAsync[] = [];
