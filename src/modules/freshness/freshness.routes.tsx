import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { userWithRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { MessagePage } from '../../platform/auth/auth.views.js';
import { ErrorPage } from '../../platform/views/layout.js';
import { isUuid } from '../../platform/ids.js';
import { checkConfirmLink, confirmFreshness } from './confirm-freshness.js';
import { confirmOwnOrganization } from './confirm-own-organization.js';
import { getFreshnessOverview } from './get-freshness-overview.js';
import { getOrganizationFreshness } from './freshness.repo.js';
import { canConfirmOrganization, freshnessRegionScope } from './freshness.policy.js';
import { ConfirmLinkPage, FreshnessOverviewPage, OwnOrganizationPage } from './freshness.views.js';

const tokenParams = z.object({ token: z.string().max(200) });
const idParams = z.object({ id: z.string().max(100) });
/** Per client IP on the public confirmation POST (the tokens themselves cannot be guessed). */
const confirmLimit = { rateLimit: { max: 30, timeWindow: 15 * 60_000 } };

/** One-click confirmation, a maintainer's own check page and the administrators' freshness view. */
export const freshnessPages: FastifyPluginAsync = async (app) => {
  const invalidLink = (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <MessagePage ctx={ctx} title={ctx.t('freshness.invalid.title')} body={ctx.t('freshness.invalid.body')} link={[ctx.t('freshness.invalid.signIn'), ctx.href('/sign-in')]} />,
      410,
    );
  };

  // GET only shows a button: mail scanners that open links must not confirm anything.
  app.get('/freshness/confirm/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const link = await checkConfirmLink({ db: app.deps.db, token });
    if (!link) return invalidLink(request, reply);
    const ctx = pageContext(request);
    return sendPage(reply, <ConfirmLinkPage ctx={ctx} csrf={reply.generateCsrf()} token={token} names={link.names} organizationId={link.organizationId} />);
  });

  app.post('/freshness/confirm/:token', { preHandler: verifyCsrf, config: confirmLimit }, async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const done = await confirmFreshness({ db: app.deps.db, token });
    if (!done) return invalidLink(request, reply);
    return reply.redirect(pageContext(request).href('/freshness/thanks'), 303);
  });

  app.get('/freshness/thanks', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <MessagePage ctx={ctx} title={ctx.t('freshness.thanks.title')} body={ctx.t('freshness.thanks.body')} />);
  });

  /** The organisation a signed-in user may confirm, or null when a reply (redirect, 403, 404) has been sent. */
  const ownOrganization = async (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = pageContext(request);
    const { id } = idParams.parse(request.params);
    if (!request.user) {
      reply.redirect(ctx.href('/sign-in'), 303);
      return null;
    }
    if (!isUuid(id) || !canConfirmOrganization(request.user, id)) {
      sendPage(reply, <ErrorPage ctx={ctx} title={ctx.t('auth.forbidden.title')} body={ctx.t('auth.forbidden.body')} />, 403);
      return null;
    }
    const org = await getOrganizationFreshness(app.deps.db, id);
    if (!org) {
      sendPage(reply, <ErrorPage ctx={ctx} title={ctx.t('freshness.invalid.title')} body={ctx.t('freshness.invalid.body')} />, 404);
      return null;
    }
    return org;
  };

  app.get('/my/organisations/:id/check', async (request, reply) => {
    const org = await ownOrganization(request, reply);
    if (!org) return reply;
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <OwnOrganizationPage ctx={ctx} csrf={reply.generateCsrf()} organizationId={org.id} names={org.names} checkedOn={org.checkedOn} hidden={org.hidden} />,
    );
  });

  app.post('/my/organisations/:id/check', { preHandler: verifyCsrf }, async (request, reply) => {
    const org = await ownOrganization(request, reply);
    if (!org) return reply;
    await confirmOwnOrganization({ db: app.deps.db, user: request.user!, organizationId: org.id });
    return reply.redirect(pageContext(request).href('/freshness/thanks'), 303);
  });

  app.get('/admin/freshness', async (request, reply) => {
    const ctx = pageContext(request);
    if (!request.user) return reply.redirect(ctx.href('/sign-in'), 303);
    const scope = freshnessRegionScope(request.user);
    if (scope !== null && scope.length === 0) return userWithRole(request, 'regional_admin') ?? reply;
    const overview = await getFreshnessOverview({ db: app.deps.db, regionIds: scope, settings: app.deps.config.freshness });
    return sendPage(reply, <FreshnessOverviewPage ctx={ctx} overview={overview} />);
  });
};
