import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { notFound } from '../../platform/errors.js';
import { hasRole } from '../../platform/auth/get-session-user.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { ActivityPageView } from './activity.views.js';
import { getActivity } from './get-activity.js';
import { getOrganizationCard } from './get-organization-card.js';
import { listOrganizations } from './list-organizations.js';
import { OrganizationIndexPage } from './organization-index.views.js';
import { OrganizationAllPage, OrganizationCardPage } from './organization.views.js';
import { trayOf } from '../referrals/tray.cookie.js';
import { listOrganizationNetworks } from '../networks/list-organization-networks.js';

const idParams = z.object({ id: z.string() });
const indexQuery = z.object({
  municipality: z
    .union([z.literal(''), z.string().regex(/^\d{3}$/, 'must be a three-digit municipality code')])
    .optional(),
});

/** The `from` query value (the search results a page was opened from); the views validate it. */
const fromOf = (query: unknown): unknown => (query as { from?: unknown } | undefined)?.from;

/** Pages of the directory module (mounted for fi, /sv and /en). */
export const directoryPages: FastifyPluginAsync = async (app) => {
  const { db, config } = app.deps;

  app.get('/organisations', async (request, reply) => {
    const query = indexQuery.parse(request.query);
    const ctx = pageContext(request);
    const index = await listOrganizations({ db, lang: ctx.lang, municipality: query.municipality || undefined });
    return sendPage(reply, <OrganizationIndexPage ctx={ctx} index={index} />);
  });

  app.get('/organisations/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const org = await getOrganizationCard({ db, id, lang: ctx.lang, markAfterDays: config.freshness.markAfterDays });
    if (!org) throw notFound('organisation');
    const canEdit = hasRole(request.user, 'maintainer', org.id);
    const networks = await listOrganizationNetworks({ db, organizationId: org.id, lang: ctx.lang });
    return sendPage(reply, <OrganizationCardPage ctx={ctx} org={org} pageUrl={`${config.baseUrl}${ctx.href(`/organisations/${org.id}`)}`} canEdit={canEdit} from={fromOf(request.query)} csrf={reply.generateCsrf()} tray={trayOf(request)} networks={networks} />);
  });

  app.get('/organisations/:id/all', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const org = await getOrganizationCard({ db, id, lang: ctx.lang, markAfterDays: config.freshness.markAfterDays });
    if (!org) throw notFound('organisation');
    return sendPage(reply, <OrganizationAllPage ctx={ctx} org={org} pageUrl={`${config.baseUrl}${ctx.href(`/organisations/${org.id}/all`)}`} from={fromOf(request.query)} />);
  });

  app.get('/activities/:id', async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const page = await getActivity({ db, id, lang: ctx.lang, markAfterDays: config.freshness.markAfterDays });
    if (!page) throw notFound('activity');
    return sendPage(reply, <ActivityPageView ctx={ctx} page={page} pageUrl={`${config.baseUrl}${ctx.href(`/activities/${page.activity.id}`)}`} from={fromOf(request.query)} csrf={reply.generateCsrf()} tray={trayOf(request)} />);
  });
};
