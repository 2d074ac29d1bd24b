import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { slugParams } from '../regions/regions.schema.js';
import { createTheme } from './create-theme.js';
import { getThemeForm } from './get-theme-form.js';
import { getThemePage } from './get-theme-page.js';
import { listRegionThemes } from './list-region-themes.js';
import { listThemes } from './list-themes.js';
import { doneQuery, regionThemeParams, themeForm, themeIdParams } from './themes.schema.js';
import { RegionThemesView, ThemeFormPage, ThemePageView, ThemesAdminPage } from './themes.views.js';
import { updateTheme } from './update-theme.js';

const platformAdministrators = requireRole('platform_admin');

/**
 * Themes (mounted for fi, /sv and /en): platform administrators' /admin/themes pages, and each region portal's
 * "Järjestöt teemoittain" at /regions/{slug}/themes with a page per theme.
 */
export const themesPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  app.get('/admin/themes', { preHandler: platformAdministrators }, async (request, reply) => {
    const ctx = pageContext(request);
    const themes = await listThemes({ db, actor: currentUser(request) });
    const { done } = doneQuery.parse(request.query ?? {});
    return sendPage(reply, <ThemesAdminPage ctx={ctx} themes={themes} notice={done ? ctx.t(`themes.admin.done.${done}`) : undefined} />);
  });

  const formView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const raw = (request.params as { themeId?: string }).themeId;
    const parsed = raw === undefined ? null : themeIdParams.safeParse({ themeId: raw });
    if (parsed && !parsed.success) throw notFound('theme');
    const data = await getThemeForm({ db, actor: currentUser(request), id: parsed ? parsed.data.themeId : null, lang: ctx.lang });
    if (!data) throw notFound('theme');
    return <ThemeFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/admin/themes/new', { preHandler: platformAdministrators }, async (request, reply) => sendPage(reply, await formView(request, reply, emptyForm())));

  app.post('/admin/themes', { preHandler: [verifyCsrf, platformAdministrators], config: { form: formView } }, async (request, reply) => {
    const input = parseForm(themeForm, request.body);
    await createTheme({ db, actor: currentUser(request), input });
    return reply.redirect(pageContext(request).href('/admin/themes?done=created'), 303);
  });

  app.get('/admin/themes/:themeId/edit', { preHandler: platformAdministrators }, async (request, reply) => sendPage(reply, await formView(request, reply, emptyForm())));

  app.post('/admin/themes/:themeId/edit', { preHandler: [verifyCsrf, platformAdministrators], config: { form: formView } }, async (request, reply) => {
    const parsed = themeIdParams.safeParse(request.params);
    if (!parsed.success) throw notFound('theme');
    const input = parseForm(themeForm, request.body);
    await updateTheme({ db, actor: currentUser(request), id: parsed.data.themeId, input });
    return reply.redirect(pageContext(request).href('/admin/themes?done=saved'), 303);
  });

  app.get('/regions/:slug/themes', async (request, reply) => {
    const parsed = slugParams.safeParse(request.params);
    const ctx = pageContext(request);
    const page = parsed.success ? await listRegionThemes({ db, slug: parsed.data.slug, lang: ctx.lang }) : null;
    if (!page) throw notFound('region');
    return sendPage(reply, <RegionThemesView ctx={ctx} page={page} />);
  });

  app.get('/regions/:slug/themes/:theme', async (request, reply) => {
    const parsed = regionThemeParams.safeParse(request.params);
    const ctx = pageContext(request);
    const page = parsed.success ? await getThemePage({ db, slug: parsed.data.slug, theme: parsed.data.theme, lang: ctx.lang }) : null;
    if (!page) throw notFound('theme');
    return sendPage(reply, <ThemePageView ctx={ctx} page={page} />);
  });
};
