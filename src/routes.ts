import type { FastifyPluginAsync } from 'fastify';
import { searchPages } from './modules/search/search.routes.js';
import { directoryPages } from './modules/directory/directory.routes.js';
import { guidesPages } from './modules/guides/guides.routes.js';
import { hsdsApi, hsdsPages } from './modules/hsds/hsds.routes.js';

/** Every module's HTTP routes. Page plugins are mounted for fi (no prefix), /sv and /en; API plugins once. */
export const pagePlugins: FastifyPluginAsync[] = [searchPages, directoryPages, guidesPages, hsdsPages];
export const apiPlugins: FastifyPluginAsync[] = [hsdsApi];
