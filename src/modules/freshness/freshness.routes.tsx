import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { currentUser, requireRole, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { MessagePage } from '../../platform/auth/auth.views.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { checkConfirmLink, confirmFreshness, invalidConfirmLink } from './confirm-freshness.js';
import { confirmOwnOrganization } from './confirm-own-organization.js';
import { getFreshnessOverview } from './get-freshness-overview.js';
import { getOwnOrganizationCheck } from './get-own-organization-check.js';
import { ConfirmLinkPage, FreshnessOverviewPage, OwnOrganizationPage } from './freshness.views.js';

const tokenParams = z.object({ token: z.string() });
const idParams = z.object({ id: z.string() });
/** Per client IP on the public confirmation POST (the tokens themselves cannot be guessed). */
const confirmLimit = { rateLimit: { max: 30, timeWindow: 15 * 60_000 } };

/** One-click confirmation, a maintainer's own check page and the administrators' freshness view. */
export const freshnessPages: FastifyPluginAsync = async (app) => {
  const { db, config } = app.deps;

  // GET only shows a button: mail scanners that open links must not confirm anything.
  app.get('/freshness/confirm/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const link = await checkConfirmLink({ db, token });
    if (!link) throw invalidConfirmLink();
    const ctx = pageContext(request);
    return sendPage(reply, <ConfirmLinkPage ctx={ctx} csrf={reply.generateCsrf()} token={token} names={link.names} organizationId={link.organizationId} />);
  });

  app.post('/freshness/confirm/:token', { preHandler: verifyCsrf, config: confirmLimit }, async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    if (!(await confirmFreshness({ db, token }))) throw invalidConfirmLink();
    return reply.redirect(pageContext(request).href('/freshness/thanks'), 303);
  });

  app.get('/freshness/thanks', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <MessagePage ctx={ctx} title={ctx.t('freshness.thanks.title')} body={ctx.t('freshness.thanks.body')} />);
  });

  app.get('/my/organisations/:id/check', { preHandler: requireUser }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const org = await getOwnOrganizationCheck({ db, user: currentUser(request), organizationId: id });
    if (!org) throw notFound('organisation');
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <OwnOrganizationPage ctx={ctx} csrf={reply.generateCsrf()} organizationId={org.id} names={org.names} checkedOn={org.checkedOn} hidden={org.hidden} />,
    );
  });

  app.post('/my/organisations/:id/check', { preHandler: [verifyCsrf, requireUser] }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    await confirmOwnOrganization({ db, user: currentUser(request), organizationId: id });
    return reply.redirect(pageContext(request).href('/freshness/thanks'), 303);
  });

  app.get('/admin/freshness', { preHandler: requireRole('platform_admin', 'regional_admin') }, async (request, reply) => {
    const overview = await getFreshnessOverview({ db, actor: currentUser(request), settings: config.freshness });
    return sendPage(reply, <FreshnessOverviewPage ctx={pageContext(request)} overview={overview} />);
  });
};
