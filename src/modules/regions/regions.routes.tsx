import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, requireRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { createRegion } from './create-region.js';
import { getRegionForm } from './get-region-form.js';
import { getRegionMunicipality } from './get-region-municipality.js';
import { listLatestRegionNews } from '../news/list-region-news.js';
import { getRegionPortal } from './get-region-portal.js';
import { listUpcomingEvents } from '../events/list-upcoming-events.js';
import { getRegionTheme } from './get-region-theme.js';
import { listRegionMunicipalities } from './list-region-municipalities.js';
import { listRegions } from './list-regions.js';
import { regionForHost, regionHostPattern } from './region-hosts.js';
import { doneQuery, editRegionForm, municipalityParams, newRegionForm, slugParams } from './regions.schema.js';
import { RegionFormPage, RegionMunicipalitiesView, RegionMunicipalityView, RegionPortalPage, RegionsAdminPage } from './regions.views.js';
import { updateRegion } from './update-region.js';

const platformAdministrators = requireRole('platform_admin');

/**
 * Regions as portals (mounted for fi, /sv and /en): platform administrators' /admin/regions pages, each region's
 * portal at /regions/{slug} with its stylesheet and "Järjestöt kunnittain", and the portal at `/` of the hosts that
 * REGION_HOSTS maps to a region.
 */
export const regionsPages: FastifyPluginAsync = async (app) => {
  const { db, config } = app.deps;

  app.get('/admin/regions', { preHandler: platformAdministrators }, async (request, reply) => {
    const ctx = pageContext(request);
    const regions = await listRegions({ db, actor: currentUser(request) });
    const { done } = doneQuery.parse(request.query ?? {});
    return sendPage(reply, <RegionsAdminPage ctx={ctx} regions={regions} notice={done ? ctx.t(`regions.admin.done.${done}`) : undefined} />);
  });

  /** The form of a new region or of the region in the path (platform/http/form.ts). */
  const formView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const slug = (request.params as { slug?: string }).slug;
    const data = await getRegionForm({ db, actor: currentUser(request), slug: slug === undefined ? null : slugParams.parse({ slug }).slug, lang: ctx.lang });
    if (!data) throw notFound('region');
    return <RegionFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/admin/regions/new', { preHandler: platformAdministrators }, async (request, reply) => sendPage(reply, await formView(request, reply, emptyForm())));

  app.post('/admin/regions', { preHandler: [verifyCsrf, platformAdministrators], config: { form: formView } }, async (request, reply) => {
    const { slug, ...input } = parseForm(newRegionForm, request.body);
    await createRegion({ db, actor: currentUser(request), slug, input });
    return reply.redirect(pageContext(request).href('/admin/regions?done=created'), 303);
  });

  app.get('/admin/regions/:slug/edit', { preHandler: platformAdministrators }, async (request, reply) => sendPage(reply, await formView(request, reply, emptyForm())));

  app.post('/admin/regions/:slug/edit', { preHandler: [verifyCsrf, platformAdministrators], config: { form: formView } }, async (request, reply) => {
    const { slug } = slugParams.parse(request.params);
    const input = parseForm(editRegionForm, request.body);
    await updateRegion({ db, actor: currentUser(request), slug, input });
    return reply.redirect(pageContext(request).href('/admin/regions?done=saved'), 303);
  });

  const portal = async (request: FastifyRequest, reply: FastifyReply, slug: string) => {
    const ctx = pageContext(request);
    const page = await getRegionPortal({ db, slug, lang: ctx.lang });
    if (!page) throw notFound('region');
    const news = await listLatestRegionNews({ db, slug: page.slug, lang: ctx.lang });
    const events = await listUpcomingEvents({ db, regionId: page.slug, now: new Date() });
    return sendPage(reply, <RegionPortalPage ctx={ctx} portal={page} events={events} news={news} />);
  };

  app.get('/regions/:slug', async (request, reply) => {
    const parsed = slugParams.safeParse(request.params);
    if (!parsed.success) throw notFound('region');
    return portal(request, reply, parsed.data.slug);
  });

  app.get('/regions/:slug/theme.css', async (request, reply) => {
    const parsed = slugParams.safeParse(request.params);
    const css = parsed.success ? await getRegionTheme({ db, slug: parsed.data.slug }) : null;
    if (css === null) throw notFound('region');
    return reply.type('text/css; charset=utf-8').header('cache-control', 'no-cache').send(css);
  });

  app.get('/regions/:slug/municipalities', async (request, reply) => {
    const parsed = slugParams.safeParse(request.params);
    const ctx = pageContext(request);
    const page = parsed.success ? await listRegionMunicipalities({ db, slug: parsed.data.slug, lang: ctx.lang }) : null;
    if (!page) throw notFound('region');
    return sendPage(reply, <RegionMunicipalitiesView ctx={ctx} page={page} />);
  });

  app.get('/regions/:slug/municipalities/:code', async (request, reply) => {
    const parsed = municipalityParams.safeParse(request.params);
    const ctx = pageContext(request);
    const page = parsed.success ? await getRegionMunicipality({ db, slug: parsed.data.slug, code: parsed.data.code, lang: ctx.lang }) : null;
    if (!page) throw notFound('municipality');
    return sendPage(reply, <RegionMunicipalityView ctx={ctx} page={page} />);
  });

  // REGION_HOSTS: a mapped host's root is its region's portal (other hosts keep the nationwide front page).
  const hostPattern = regionHostPattern(config.regionHosts);
  if (hostPattern) {
    app.get('/', { constraints: { host: hostPattern } }, async (request, reply) => {
      const slug = regionForHost(config.regionHosts, request.headers.host);
      if (!slug) throw notFound('region');
      return portal(request, reply, slug);
    });
  }
};
