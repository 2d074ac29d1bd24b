import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound, rateLimited } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { appLimiters, type Limiter } from '../../platform/http/app-limiters.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { getDataErrorPlace } from './get-data-error-place.js';
import { getFeedback } from './get-feedback.js';
import { getPortalRegionName } from './get-portal-region-name.js';
import { listFeedback } from './list-feedback.js';
import { markFeedbackHandled } from './mark-feedback-handled.js';
import { reportDataError } from './report-data-error.js';
import { sendPortalFeedback } from './send-portal-feedback.js';
import { activityQuery, feedbackForm, feedbackParams, isHoneypotFilled, organizationParams, regionParams, safeReturnPath, sentQuery } from './feedback.schema.js';
import { FEEDBACK_LIMITS, RETURN_FIELD } from './feedback.types.js';
import { DataErrorAside, DataErrorPage, FeedbackDetailPage, FeedbackListPage, FeedbackSentPage, PortalFeedbackAside, PortalFeedbackPage } from './feedback.views.js';

/** One limiter per app, shared by the fi / sv / en mounts of the page plugin. */
function feedbackLimiter(app: FastifyInstance): Limiter {
  return appLimiters(app, 'feedback', () =>
    app.createRateLimit({ max: FEEDBACK_LIMITS.perIp, timeWindow: FEEDBACK_LIMITS.ipWindowMs, keyGenerator: (req) => `feedback-ip:${req.ip}` }),
  );
}

/** 429 with Retry-After, the form shown again with everything typed and the reason at the top. */
async function enforceFeedbackLimit(request: FastifyRequest, limiter: Limiter): Promise<void> {
  const r = await limiter(request);
  if (!r.isAllowed && r.isExceeded) {
    throw rateLimited(r.ttlInSeconds ?? 60, { titleKey: 'feedback.error.tooMany.title', messageKey: 'feedback.error.tooMany', fieldErrors: { form: 'feedback.error.tooMany' } });
  }
}

const sentPath = (back: string | null) => `/feedback/sent${back ? `?${RETURN_FIELD}=${encodeURIComponent(back)}` : ''}`;

/**
 * Feedback (mounted for fi, /sv and /en): the portal's "Anna palautetta" (POST /regions/{slug}/feedback, its page
 * for errors), "Ilmoita virheestä" of a card (/organisations/{id}/report-error), the thank-you page, and the readers'
 * /feedback list and /feedback/{id}.
 */
export const feedbackPages: FastifyPluginAsync = async (app) => {
  const { db, cipher } = app.deps;
  const limiter = feedbackLimiter(app);

  const portalView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const parsed = regionParams.safeParse(request.params);
    const region = parsed.success ? await getPortalRegionName({ db, slug: parsed.data.slug, lang: ctx.lang }) : null;
    if (!region || !parsed.success) throw notFound('region');
    return <PortalFeedbackPage ctx={ctx} csrf={reply.generateCsrf()} region={region} slug={parsed.data.slug} form={form} />;
  };

  app.get('/regions/:slug/feedback', async (request, reply) => sendPage(reply, await portalView(request, reply, emptyForm())));

  app.post('/regions/:slug/feedback', { preHandler: verifyCsrf, config: { form: portalView } }, async (request, reply) => {
    const parsed = regionParams.safeParse(request.params);
    if (!parsed.success) throw notFound('region');
    const ctx = pageContext(request);
    if (isHoneypotFilled(request.body)) return reply.redirect(ctx.href(sentPath(safeReturnPath((request.body as Record<string, unknown>)[RETURN_FIELD]))), 303);
    const input = parseForm(feedbackForm, request.body);
    await enforceFeedbackLimit(request, limiter);
    await sendPortalFeedback({ db, cipher, regionId: parsed.data.slug, input, lang: ctx.lang });
    return reply.redirect(ctx.href(sentPath(input.back)), 303);
  });

  const dataErrorView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const parsed = organizationParams.safeParse(request.params);
    const { activity } = activityQuery.parse(request.query ?? {});
    const place = parsed.success ? await getDataErrorPlace({ db, organizationId: parsed.data.id, activityId: activity ?? null, lang: ctx.lang }) : null;
    if (!place) throw notFound('organisation');
    const back = safeReturnPath((request.query as Record<string, unknown> | undefined)?.[RETURN_FIELD]) ?? `/organisations/${place.organizationId}`;
    return <DataErrorPage ctx={ctx} csrf={reply.generateCsrf()} place={place} form={form} back={back} />;
  };

  app.get('/organisations/:id/report-error', async (request, reply) => sendPage(reply, await dataErrorView(request, reply, emptyForm())));

  app.post('/organisations/:id/report-error', { preHandler: verifyCsrf, config: { form: dataErrorView } }, async (request, reply) => {
    const parsed = organizationParams.safeParse(request.params);
    if (!parsed.success) throw notFound('organisation');
    const ctx = pageContext(request);
    if (isHoneypotFilled(request.body)) return reply.redirect(ctx.href(sentPath(safeReturnPath((request.body as Record<string, unknown>)[RETURN_FIELD]))), 303);
    const input = parseForm(feedbackForm, request.body);
    await enforceFeedbackLimit(request, limiter);
    const { activity } = activityQuery.parse(request.query ?? {});
    await reportDataError({ db, cipher, organizationId: parsed.data.id, activityId: activity ?? null, input, lang: ctx.lang });
    return reply.redirect(ctx.href(sentPath(input.back)), 303);
  });

  // From an activity page's "Ilmoita virheestä": the form of its organisation, about this activity.
  app.get('/activities/:id/report-error', async (request, reply) => {
    const parsed = organizationParams.safeParse(request.params);
    const place = parsed.success ? await getDataErrorPlace({ db, organizationId: null, activityId: parsed.data.id, lang: pageContext(request).lang }) : null;
    if (!place?.activityId) throw notFound('activity');
    const back = safeReturnPath((request.query as Record<string, unknown> | undefined)?.[RETURN_FIELD]) ?? `/activities/${place.activityId}`;
    return reply.redirect(pageContext(request).href(`/organisations/${place.organizationId}/report-error?activity=${place.activityId}&${RETURN_FIELD}=${encodeURIComponent(back)}`), 303);
  });

  app.get('/feedback/sent', async (request, reply) => {
    const { back } = sentQuery.parse(request.query ?? {});
    return sendPage(reply, <FeedbackSentPage ctx={pageContext(request)} back={safeReturnPath(back)} />);
  });

  app.get('/feedback', { preHandler: requireUser }, async (request, reply) => {
    const items = await listFeedback({ db, actor: currentUser(request) });
    return sendPage(reply, <FeedbackListPage ctx={pageContext(request)} items={items} />);
  });

  app.get('/feedback/:id', { preHandler: requireUser }, async (request, reply) => {
    const parsed = feedbackParams.safeParse(request.params);
    const item = parsed.success ? await getFeedback({ db, cipher, actor: currentUser(request), id: parsed.data.id }) : null;
    if (!item) throw notFound('feedback');
    return sendPage(reply, <FeedbackDetailPage ctx={pageContext(request)} csrf={reply.generateCsrf()} item={item} />);
  });

  app.post('/feedback/:id/handled', { preHandler: [verifyCsrf, requireUser] }, async (request, reply) => {
    const parsed = feedbackParams.safeParse(request.params);
    if (!parsed.success) throw notFound('feedback');
    await markFeedbackHandled({ db, actor: currentUser(request), id: parsed.data.id });
    return reply.redirect(pageContext(request).href(`/feedback/${parsed.data.id}`), 303);
  });
};

const PORTAL_PATH = /^\/regions\/([a-z0-9]+(?:-[a-z0-9]+)*)(?:\/(?!feedback(?:[/?]|$))[^?]*)?(?:\?.*)?$/;
const CARD_PATH = /^\/organisations\/([0-9a-f-]{36})(?:\/all)?(?:\?.*)?$/;
const ACTIVITY_PATH = /^\/activities\/([0-9a-f-]{36})(?:\?.*)?$/;

/**
 * Below every page of a region's portal, the feedback form; below every card and activity page, "Ilmoita virheestä"
 * (page asides: a request hook for the whole app, registered once at the root like the header links). Nothing is
 * read from the database here: a page that does not exist answers 404 itself.
 */
const asidePlugin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.pageAsides) return;
    const path = request.neutralUrl;
    const portal = PORTAL_PATH.exec(path);
    if (portal && !path.endsWith('.css') && !path.endsWith('.xml') && !path.endsWith('.ics')) {
      const slug = portal[1]!;
      request.pageAsides.push({ titleId: 'feedback-aside-title', render: (ctx) => <PortalFeedbackAside ctx={ctx} slug={slug} csrf={reply.generateCsrf()} /> });
      return;
    }
    const card = CARD_PATH.exec(path);
    if (card) {
      request.pageAsides.push({ titleId: 'data-error-aside-title', render: (ctx) => <DataErrorAside ctx={ctx} organizationId={card[1]!} activityId={null} /> });
      return;
    }
    const activity = ACTIVITY_PATH.exec(path);
    if (activity) {
      request.pageAsides.push({ titleId: 'data-error-aside-title', render: (ctx) => <DataErrorAside ctx={ctx} activityId={activity[1]!} organizationId={null} /> });
    }
  });
};
(asidePlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const feedbackAsidePlugin = asidePlugin;
