import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { askToJoinNetwork } from './ask-to-join-network.js';
import { authorizeJoinDecision } from './authorize-join-decision.js';
import { createNetwork } from './create-network.js';
import { decideJoinRequest } from './decide-join-request.js';
import { getNetworkForm } from './get-network-form.js';
import { getNetworkPage } from './get-network-page.js';
import { listRegionNetworks } from './list-region-networks.js';
import { canManageNetworks, requireNetworkManager } from './networks.policy.js';
import { decisionForm, doneQuery, joinForm, networkForm, networkParams, regionParams } from './networks.schema.js';
import { NetworkFormPage, NetworkPageView, RegionNetworksView } from './networks.views.js';
import { updateNetwork } from './update-network.js';

const administrators = requireRole('platform_admin', 'regional_admin');

/**
 * Cooperation networks of a region (mounted for fi, /sv and /en): the list and a page per network on the portal,
 * the region's administrators' network form, a maintainer's request to join, and the coordinator's or
 * administrator's decision.
 */
export const networksPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  const regionOf = (params: unknown) => {
    const parsed = regionParams.safeParse(params);
    if (!parsed.success) throw notFound('region');
    return parsed.data.slug;
  };
  const networkOf = (params: unknown) => {
    const parsed = networkParams.safeParse(params);
    if (!parsed.success) throw notFound('network');
    return parsed.data;
  };

  app.get('/regions/:slug/networks', async (request, reply) => {
    const slug = regionOf(request.params);
    const ctx = pageContext(request);
    const page = await listRegionNetworks({ db, slug, lang: ctx.lang });
    if (!page) throw notFound('region');
    const { done } = doneQuery.parse(request.query ?? {});
    return sendPage(reply, <RegionNetworksView ctx={ctx} page={page} canCreate={canManageNetworks(request.user, slug)} notice={done ? ctx.t(`networks.done.${done}`) : undefined} />);
  });

  /** The network's page, also the join form's view after a rejected request (platform/http/form.ts). */
  const networkView: FormRenderer = async (request, reply, form) => {
    const { slug, networkId } = networkOf(request.params);
    const ctx = pageContext(request);
    const page = await getNetworkPage({ db, slug, id: networkId, lang: ctx.lang, user: request.user });
    if (!page) throw notFound('network');
    const { done } = doneQuery.parse(request.query ?? {});
    return <NetworkPageView ctx={ctx} page={page} csrf={reply.generateCsrf()} form={form} notice={done ? ctx.t(`networks.done.${done}`) : undefined} signedIn={request.user !== null} />;
  };

  /** The network form of a new network or of the network in the path. */
  const formView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const params = request.params as { networkId?: string };
    const { slug, networkId } = params.networkId === undefined ? { slug: regionOf(request.params), networkId: null } : networkOf(request.params);
    const data = await getNetworkForm({ db, actor: currentUser(request), slug, id: networkId, lang: ctx.lang });
    if (!data) throw notFound('network');
    return <NetworkFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/regions/:slug/networks/new', { preHandler: administrators }, async (request, reply) => {
    requireNetworkManager(currentUser(request), regionOf(request.params));
    return sendPage(reply, await formView(request, reply, emptyForm()));
  });

  app.post('/regions/:slug/networks', { preHandler: [verifyCsrf, administrators], config: { form: formView } }, async (request, reply) => {
    const slug = regionOf(request.params);
    requireNetworkManager(currentUser(request), slug);
    const input = parseForm(networkForm, request.body);
    const { id } = await createNetwork({ db, actor: currentUser(request), slug, input });
    return reply.redirect(pageContext(request).href(`/regions/${slug}/networks/${id}?done=created`), 303);
  });

  app.get('/regions/:slug/networks/:networkId', async (request, reply) => sendPage(reply, await networkView(request, reply, emptyForm())));

  app.get('/regions/:slug/networks/:networkId/edit', { preHandler: administrators }, async (request, reply) => {
    requireNetworkManager(currentUser(request), networkOf(request.params).slug);
    return sendPage(reply, await formView(request, reply, emptyForm()));
  });

  app.post('/regions/:slug/networks/:networkId/edit', { preHandler: [verifyCsrf, administrators], config: { form: formView } }, async (request, reply) => {
    const { slug, networkId } = networkOf(request.params);
    requireNetworkManager(currentUser(request), slug);
    const input = parseForm(networkForm, request.body);
    await updateNetwork({ db, actor: currentUser(request), slug, id: networkId, input });
    return reply.redirect(pageContext(request).href(`/regions/${slug}/networks/${networkId}?done=saved`), 303);
  });

  app.post('/regions/:slug/networks/:networkId/join', { preHandler: [verifyCsrf, requireUser], config: { form: networkView } }, async (request, reply) => {
    const { slug, networkId } = networkOf(request.params);
    const input = parseForm(joinForm, request.body);
    await askToJoinNetwork({ db, actor: currentUser(request), slug, networkId, input });
    return reply.redirect(pageContext(request).href(`/regions/${slug}/networks/${networkId}?done=asked`), 303);
  });

  app.post('/regions/:slug/networks/:networkId/requests', { preHandler: [verifyCsrf, requireUser], config: { form: networkView } }, async (request, reply) => {
    const { slug, networkId } = networkOf(request.params);
    const user = currentUser(request);
    await authorizeJoinDecision({ db, actor: user, slug, networkId });
    const parsed = parseForm(decisionForm, request.body);
    const status = await decideJoinRequest({ db, actor: user, slug, networkId, requestId: parsed.request, decision: parsed.decision });
    return reply.redirect(pageContext(request).href(`/regions/${slug}/networks/${networkId}?done=${status}`), 303);
  });
};
