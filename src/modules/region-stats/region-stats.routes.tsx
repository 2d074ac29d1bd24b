import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { CSV_CONTENT_TYPE } from '../../platform/http/csv.js';
import { getRegionAdminStatistics } from './get-region-admin-statistics.js';
import { getRegionStatistics } from './get-region-statistics.js';
import { regionMonthsCsv, regionStatisticsCsv } from './region-stats.csv.js';
import { RegionAdminStatisticsPage, RegionStatisticsPage } from './region-stats.views.js';
import { slugParams } from '../regions/regions.schema.js';

const administrators = requireRole('platform_admin', 'regional_admin');

/**
 * A region's statistics (issue 13, item 8; mounted for fi, /sv and /en): the public page /regions/{slug}/statistics
 * and its CSV, and the administrators' /admin/regions/{slug}/statistics with monthly figures and its CSV. Counts
 * only, aggregated on the server; no tracking cookies, no third-party analytics.
 */
export const regionStatsPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  const publicStats = async (params: unknown, lang: 'fi' | 'sv' | 'en') => {
    const parsed = slugParams.safeParse(params);
    const stats = parsed.success ? await getRegionStatistics({ db, slug: parsed.data.slug, lang, now: new Date() }) : null;
    if (!stats) throw notFound('region');
    return stats;
  };

  app.get('/regions/:slug/statistics', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <RegionStatisticsPage ctx={ctx} stats={await publicStats(request.params, ctx.lang)} />);
  });

  app.get('/regions/:slug/statistics.csv', async (request, reply) => {
    const ctx = pageContext(request);
    const stats = await publicStats(request.params, ctx.lang);
    return reply.type(CSV_CONTENT_TYPE).header('content-disposition', `attachment; filename="tilastot-${stats.slug}.csv"`).send(regionStatisticsCsv(stats, ctx.t));
  });

  const adminStats = async (params: unknown, request: Parameters<typeof currentUser>[0]) => {
    const parsed = slugParams.safeParse(params);
    if (!parsed.success) throw notFound('region');
    return getRegionAdminStatistics({ db, actor: currentUser(request), slug: parsed.data.slug, lang: pageContext(request).lang, now: new Date() });
  };

  app.get('/admin/regions/:slug/statistics', { preHandler: administrators }, async (request, reply) => {
    return sendPage(reply, <RegionAdminStatisticsPage ctx={pageContext(request)} stats={await adminStats(request.params, request)} />);
  });

  app.get('/admin/regions/:slug/statistics.csv', { preHandler: administrators }, async (request, reply) => {
    const stats = await adminStats(request.params, request);
    return reply.type(CSV_CONTENT_TYPE).header('content-disposition', `attachment; filename="tilastot-${stats.slug}-kuukausittain.csv"`).send(regionMonthsCsv(stats, pageContext(request).t));
  });
};
