import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole } from '../../platform/auth/auth.plugin.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { getReferralStats } from './get-referral-stats.js';
import { CSV_CONTENT_TYPE } from '../../platform/http/csv.js';
import { statsCsv, statsCsvFileName } from './referral-stats.csv.js';
import { statsQuery } from './referral-stats.schema.js';
import { StatsPage } from './referral-stats.views.js';

const administrators = requireRole('platform_admin', 'regional_admin');

/**
 * GET /admin/contact-requests/stats (?period=30|90|365&region=…) and the same as a CSV file (…/stats.csv):
 * platform administrators see every organisation (or one region), regional administrators their regions (or one
 * of them; another region is 403). Signed out: sign-in; anybody else: 403. Counts only, never client details.
 */
export const referralStatsPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  app.get('/admin/contact-requests/stats', { preHandler: administrators }, async (request, reply) => {
    const { period, region } = statsQuery.parse(request.query ?? {});
    const stats = await getReferralStats({ db, actor: currentUser(request), periodDays: period, regionId: region });
    return sendPage(reply, <StatsPage ctx={pageContext(request)} stats={stats} />);
  });

  app.get('/admin/contact-requests/stats.csv', { preHandler: administrators }, async (request, reply) => {
    const { period, region } = statsQuery.parse(request.query ?? {});
    const stats = await getReferralStats({ db, actor: currentUser(request), periodDays: period, regionId: region });
    const ctx = pageContext(request);
    return reply
      .type(CSV_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="${statsCsvFileName(stats, ctx.t)}"`)
      .header('cache-control', 'no-store')
      .send(statsCsv(stats, ctx.t, ctx.lang));
  });
};
