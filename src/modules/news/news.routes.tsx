import type { FastifyPluginAsync, FastifyReply } from 'fastify';
import { currentUser, requireRole, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { createNewsItem } from './create-news-item.js';
import { decideAnnouncement } from './decide-announcement.js';
import { getAnnouncementForm } from './get-announcement-form.js';
import { getAnnouncementReview } from './get-announcement-review.js';
import { getNewsForm } from './get-news-form.js';
import { getNewsItem } from './get-news-item.js';
import { getRegionNewsFeed } from './get-region-news-feed.js';
import { listMyAnnouncements } from './list-my-announcements.js';
import { listRegionNewsAdmin } from './list-region-news-admin.js';
import { listRegionNews } from './list-region-news.js';
import { requireAnnouncementSender, requireRegionNewsEditor } from './news.policy.js';
import { announcementDecisionForm, announcementForm, doneQuery, idParams, newsForm, newsParams, pageQuery, regionParams } from './news.schema.js';
import { sendAnnouncement } from './send-announcement.js';
import { setNewsPublished } from './set-news-published.js';
import { updateNewsItem } from './update-news-item.js';
import { AnnouncementFormPage, AnnouncementReviewPage, MyAnnouncementsPage, NewsAdminPage, NewsFormPage, NewsItemPage, NewsListPage } from './news.views.js';

const administrators = requireRole('platform_admin', 'regional_admin');

/**
 * A news item's page may show its image from another https address: that page alone widens the CSP's img-src
 * (the image is sent without a referrer). Every other directive stays as the platform set it.
 */
function allowHttpsImages(reply: FastifyReply): void {
  const csp = reply.getHeader('content-security-policy');
  if (typeof csp !== 'string') return;
  reply.header('content-security-policy', csp.replace(/img-src ([^;]*)/, (_, sources: string) => `img-src ${sources} https:`));
}

/**
 * News and announcements of the regional portals (mounted for fi, /sv and /en): the public list, item pages and the
 * Atom feed under /regions/{slug}/; the administrators' management under /admin/regions/{slug}/news; the maintainers'
 * /my/announcements and send form; the announcement's review page beside the review queue.
 */
export const newsPages: FastifyPluginAsync = async (app) => {
  const { db, config } = app.deps;

  // ---- public ----
  app.get('/regions/:slug/news', async (request, reply) => {
    const params = regionParams.safeParse(request.params);
    if (!params.success) throw notFound('region');
    const ctx = pageContext(request);
    const { page } = pageQuery.parse(request.query ?? {});
    const data = await listRegionNews({ db, slug: params.data.slug, lang: ctx.lang, page: page ?? 1 });
    if (!data) throw notFound('region');
    return sendPage(reply, <NewsListPage ctx={ctx} page={data} />);
  });

  app.get('/regions/:slug/news.xml', async (request, reply) => {
    const params = regionParams.safeParse(request.params);
    const ctx = pageContext(request);
    const xml = params.success ? await getRegionNewsFeed({ db, slug: params.data.slug, lang: ctx.lang, baseUrl: config.baseUrl }) : null;
    if (xml === null) throw notFound('region');
    return reply.type('application/atom+xml; charset=utf-8').header('cache-control', 'no-cache').send(xml);
  });

  app.get('/regions/:slug/news/:id', async (request, reply) => {
    const params = newsParams.safeParse(request.params);
    if (!params.success) throw notFound('news item');
    const ctx = pageContext(request);
    const data = await getNewsItem({ db, slug: params.data.slug, id: params.data.id, lang: ctx.lang });
    if (!data) throw notFound('news item');
    if (data.item.imageUrl) allowHttpsImages(reply);
    return sendPage(reply, <NewsItemPage ctx={ctx} slug={data.slug} regionName={data.regionName} item={data.item} />);
  });

  // ---- the region's administrators ----
  const regionOf = (params: unknown) => {
    const parsed = regionParams.safeParse(params);
    if (!parsed.success) throw notFound('region');
    return parsed.data.slug;
  };

  app.get('/admin/regions/:slug/news', { preHandler: administrators }, async (request, reply) => {
    const ctx = pageContext(request);
    const data = await listRegionNewsAdmin({ db, actor: currentUser(request), slug: regionOf(request.params), lang: ctx.lang });
    const { done } = doneQuery.parse(request.query ?? {});
    return sendPage(reply, <NewsAdminPage ctx={ctx} csrf={reply.generateCsrf()} data={data} notice={done ? ctx.t(`news.done.${done}`) : undefined} />);
  });

  const newsFormView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const id = (request.params as { id?: string }).id;
    const parsedId = id === undefined ? null : idParams.safeParse({ id });
    if (parsedId && !parsedId.success) throw notFound('news item');
    const data = await getNewsForm({ db, actor: currentUser(request), slug: regionOf(request.params), id: parsedId ? parsedId.data.id : null, lang: ctx.lang });
    return <NewsFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/admin/regions/:slug/news/new', { preHandler: administrators }, async (request, reply) => sendPage(reply, await newsFormView(request, reply, emptyForm())));

  app.post('/admin/regions/:slug/news', { preHandler: [verifyCsrf, administrators], config: { form: newsFormView } }, async (request, reply) => {
    const slug = regionOf(request.params);
    requireRegionNewsEditor(currentUser(request), slug);
    const input = parseForm(newsForm, request.body);
    await createNewsItem({ db, actor: currentUser(request), slug, input });
    return reply.redirect(pageContext(request).href(`/admin/regions/${slug}/news?done=created`), 303);
  });

  const itemOf = (params: unknown) => {
    const parsed = newsParams.safeParse(params);
    if (!parsed.success) throw notFound('news item');
    return parsed.data;
  };

  app.get('/admin/regions/:slug/news/:id/edit', { preHandler: administrators }, async (request, reply) => sendPage(reply, await newsFormView(request, reply, emptyForm())));

  app.post('/admin/regions/:slug/news/:id/edit', { preHandler: [verifyCsrf, administrators], config: { form: newsFormView } }, async (request, reply) => {
    const { slug, id } = itemOf(request.params);
    const actor = currentUser(request);
    // Before the form is read: its errors are shown on the form, which only the region's administrators may see.
    await getNewsForm({ db, actor, slug, id, lang: pageContext(request).lang });
    const input = parseForm(newsForm, request.body);
    await updateNewsItem({ db, actor, slug, id, input });
    return reply.redirect(pageContext(request).href(`/admin/regions/${slug}/news?done=saved`), 303);
  });

  for (const [action, published] of [
    ['unpublish', false],
    ['publish', true],
  ] as const) {
    app.post(`/admin/regions/:slug/news/:id/${action}`, { preHandler: [verifyCsrf, administrators] }, async (request, reply) => {
      const { slug, id } = itemOf(request.params);
      await setNewsPublished({ db, actor: currentUser(request), slug, id, published });
      return reply.redirect(pageContext(request).href(`/admin/regions/${slug}/news?done=${published ? 'published' : 'unpublished'}`), 303);
    });
  }

  // ---- organisations' maintainers ----
  app.get('/my/announcements', { preHandler: requireUser }, async (request, reply) => {
    const ctx = pageContext(request);
    const data = await listMyAnnouncements({ db, actor: currentUser(request), lang: ctx.lang });
    const { done } = doneQuery.parse(request.query ?? {});
    return sendPage(reply, <MyAnnouncementsPage ctx={ctx} data={data} notice={done ? ctx.t(`news.done.${done}`) : undefined} />);
  });

  /** The uuid in the path (an organisation's or an announcement's), or NOT_FOUND. */
  const idOf = (params: unknown, what: string) => {
    const parsed = idParams.safeParse(params);
    if (!parsed.success) throw notFound(what);
    return parsed.data.id;
  };

  const announcementFormView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const data = await getAnnouncementForm({ db, actor: currentUser(request), organizationId: idOf(request.params, 'organisation'), lang: ctx.lang });
    return <AnnouncementFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/my/organisations/:id/announcements/new', { preHandler: requireUser }, async (request, reply) => sendPage(reply, await announcementFormView(request, reply, emptyForm())));

  app.post('/my/organisations/:id/announcements', { preHandler: [verifyCsrf, requireUser], config: { form: announcementFormView } }, async (request, reply) => {
    const organizationId = idOf(request.params, 'organisation');
    const actor = currentUser(request);
    await requireAnnouncementSender(db, actor, organizationId);
    const input = parseForm(announcementForm, request.body);
    await sendAnnouncement({ db, actor, organizationId, input });
    return reply.redirect(pageContext(request).href('/my/announcements?done=sent'), 303);
  });

  // ---- review (listed in the review queue, src/modules/review) ----
  const reviewView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const id = idOf(request.params, 'announcement');
    const review = await getAnnouncementReview({ db, actor: currentUser(request), id, lang: ctx.lang });
    const { done } = doneQuery.parse(request.query ?? {});
    return <AnnouncementReviewPage ctx={ctx} csrf={reply.generateCsrf()} review={review} form={form} notice={done ? ctx.t(`news.done.${done}`) : undefined} />;
  };

  app.get('/admin/review/announcements/:id', { preHandler: administrators }, async (request, reply) => sendPage(reply, await reviewView(request, reply, emptyForm())));

  app.post('/admin/review/announcements/:id', { preHandler: [verifyCsrf, administrators], config: { form: reviewView } }, async (request, reply) => {
    const id = idOf(request.params, 'announcement');
    const actor = currentUser(request);
    const ctx = pageContext(request);
    await getAnnouncementReview({ db, actor, id, lang: ctx.lang });
    const input = parseForm(announcementDecisionForm, request.body);
    const done = await decideAnnouncement({ db, actor, id, decision: input.decision, message: input.message });
    return reply.redirect(ctx.href(`/admin/review/announcements/${id}?done=${done}`), 303);
  });
};
