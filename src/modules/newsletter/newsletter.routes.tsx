import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentUser, requireRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound, rateLimited } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { regionForHost } from '../regions/region-hosts.js';
import { confirmSubscription, getConfirmation } from './confirm-subscription.js';
import { createIssue } from './create-issue.js';
import { getIssueForm } from './get-issue-form.js';
import { getIssue } from './get-issue.js';
import { listNewsletterIssues } from './list-newsletter-issues.js';
import { getNewsletterRegion } from './get-newsletter-region.js';
import { requireNewsletterEditor } from './newsletter.policy.js';
import { doneQuery, isHoneypotFilled, issueForm, issueParams, regionParams, subscribeForm, tokenParams } from './newsletter.schema.js';
import { SUBSCRIBE_LIMITS } from './newsletter.types.js';
import { sendIssue } from './send-issue.js';
import { sendTestIssue } from './send-test-issue.js';
import { subscribeToNewsletter } from './subscribe-to-newsletter.js';
import { getUnsubscription, unsubscribe } from './unsubscribe.js';
import { updateIssue } from './update-issue.js';
import {
  ConfirmedPage,
  ConfirmPage,
  IssueFormPage,
  IssuePage,
  NewsletterAdminPage,
  NewsletterAside,
  SubscribePage,
  SubscribeSentPage,
  UnsubscribedPage,
  UnsubscribePage,
} from './newsletter.views.js';

const administrators = requireRole('platform_admin', 'regional_admin');

type Limiter = (req: FastifyRequest) => Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>;
/** One limiter per app (the page plugin is registered three times, once per language prefix). */
const limiterByApp = new WeakMap<object, Limiter>();

function subscribeLimiter(app: FastifyInstance): Limiter {
  let limiter = limiterByApp.get(app.deps);
  if (!limiter) {
    limiter = app.createRateLimit({ max: SUBSCRIBE_LIMITS.perIp, timeWindow: SUBSCRIBE_LIMITS.ipWindowMs, keyGenerator: (req) => `newsletter-ip:${req.ip}` });
    limiterByApp.set(app.deps, limiter);
  }
  return limiter;
}

const regionQuery = z.object({ region: z.string().max(60).optional().catch(undefined) }).loose();

/**
 * The newsletter (mounted for fi, /sv and /en): subscribing on a portal (double opt-in), the e-mailed confirmation
 * and unsubscribe links, and the region administrators' issues under /admin/regions/{slug}/newsletter.
 */
export const newsletterPages: FastifyPluginAsync = async (app) => {
  const { db, cipher, config } = app.deps;
  const limiter = subscribeLimiter(app);

  // RFC 8058 one-click unsubscribe may be posted as multipart/form-data ("List-Unsubscribe=One-Click"). Unless a
  // multipart parser is already registered, this plugin (its routes only) reads such a small body and ignores it: the
  // token is in the URL.
  if (!app.hasContentTypeParser('multipart/form-data')) {
    app.addContentTypeParser('multipart/form-data', { parseAs: 'string', bodyLimit: 4096 }, (_request, _body, done) => done(null, {}));
  }

  const slugOf = (params: unknown) => {
    const parsed = regionParams.safeParse(params);
    if (!parsed.success) throw notFound('region');
    return parsed.data.slug;
  };

  // ---- public: subscribe ----
  const subscribeView: FormRenderer = async (request, reply, form) => {
    const region = await getNewsletterRegion({ db, slug: slugOf(request.params) });
    if (!region) throw notFound('region');
    return <SubscribePage ctx={pageContext(request)} csrf={reply.generateCsrf()} region={region} form={form} />;
  };

  app.get('/regions/:slug/newsletter', async (request, reply) => sendPage(reply, await subscribeView(request, reply, emptyForm())));

  app.post('/regions/:slug/newsletter', { preHandler: verifyCsrf, config: { form: subscribeView } }, async (request, reply) => {
    const slug = slugOf(request.params);
    const ctx = pageContext(request);
    const sent = ctx.href(`/regions/${slug}/newsletter/sent`);
    if (isHoneypotFilled(request.body)) return reply.redirect(sent, 303);
    const input = parseForm(subscribeForm, request.body);
    const r = await limiter(request);
    if (!r.isAllowed && r.isExceeded) {
      throw rateLimited(r.ttlInSeconds ?? 60, { titleKey: 'newsletter.error.tooMany.title', messageKey: 'newsletter.error.tooMany', fieldErrors: { form: 'newsletter.error.tooMany' } });
    }
    await subscribeToNewsletter({ db, cipher, slug, input, lang: ctx.lang });
    return reply.redirect(sent, 303);
  });

  app.get('/regions/:slug/newsletter/sent', async (request, reply) => {
    const region = await getNewsletterRegion({ db, slug: slugOf(request.params) });
    if (!region) throw notFound('region');
    return sendPage(reply, <SubscribeSentPage ctx={pageContext(request)} region={region} />);
  });

  // ---- public: the e-mailed links (GET shows a button, only POST changes anything) ----
  const tokenOf = (params: unknown) => {
    const parsed = tokenParams.safeParse(params);
    return parsed.success ? parsed.data.token : null;
  };

  app.get('/newsletter/confirm/:token', async (request, reply) => {
    const token = tokenOf(request.params) ?? '';
    const region = await getConfirmation({ db, token });
    return sendPage(reply, <ConfirmPage ctx={pageContext(request)} csrf={reply.generateCsrf()} region={region} token={token} />);
  });

  app.post('/newsletter/confirm/:token', { preHandler: verifyCsrf }, async (request, reply) => {
    const slug = await confirmSubscription({ db, token: tokenOf(request.params) ?? '' });
    return reply.redirect(pageContext(request).href(`/newsletter/confirmed?region=${encodeURIComponent(slug)}`), 303);
  });

  app.get('/newsletter/confirmed', async (request, reply) => {
    const { region } = regionQuery.parse(request.query ?? {});
    const names = region ? await getNewsletterRegion({ db, slug: region }) : null;
    return sendPage(reply, <ConfirmedPage ctx={pageContext(request)} region={names} />);
  });

  app.get('/newsletter/unsubscribe/:token', async (request, reply) => {
    const token = tokenOf(request.params);
    const region = token ? await getUnsubscription({ db, token }) : null;
    return sendPage(reply, <UnsubscribePage ctx={pageContext(request)} region={region} token={token ?? ''} />);
  });

  // No CSRF token on purpose: this is the List-Unsubscribe-Post target (RFC 8058), posted by mail clients that never
  // saw our pages. The secret token in the URL is the credential, and all it can do is remove its own subscription.
  app.post('/newsletter/unsubscribe/:token', async (request, reply) => {
    const token = tokenOf(request.params);
    if (token) await unsubscribe({ db, token });
    return reply.redirect(pageContext(request).href('/newsletter/unsubscribed'), 303);
  });

  app.get('/newsletter/unsubscribed', async (request, reply) => sendPage(reply, <UnsubscribedPage ctx={pageContext(request)} />));

  // ---- the region's administrators ----
  app.get('/admin/regions/:slug/newsletter', { preHandler: administrators }, async (request, reply) => {
    const ctx = pageContext(request);
    const data = await listNewsletterIssues({ db, actor: currentUser(request), slug: slugOf(request.params) });
    const { done } = doneQuery.parse(request.query ?? {});
    return sendPage(reply, <NewsletterAdminPage ctx={ctx} data={data} notice={done ? ctx.t(`newsletter.done.${done}`) : undefined} />);
  });

  const issueOf = (params: unknown) => {
    const parsed = issueParams.safeParse(params);
    if (!parsed.success) throw notFound('newsletter issue');
    return parsed.data;
  };

  const formView: FormRenderer = async (request, reply, form) => {
    const hasId = (request.params as { id?: string }).id !== undefined;
    const { slug, id } = hasId ? issueOf(request.params) : { slug: slugOf(request.params), id: null };
    const data = await getIssueForm({ db, actor: currentUser(request), slug, id });
    return <IssueFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/admin/regions/:slug/newsletter/new', { preHandler: administrators }, async (request, reply) => sendPage(reply, await formView(request, reply, emptyForm())));

  app.post('/admin/regions/:slug/newsletter', { preHandler: [verifyCsrf, administrators], config: { form: formView } }, async (request, reply) => {
    const slug = slugOf(request.params);
    requireNewsletterEditor(currentUser(request), slug);
    const input = parseForm(issueForm, request.body);
    const id = await createIssue({ db, actor: currentUser(request), slug, input });
    return reply.redirect(pageContext(request).href(`/admin/regions/${slug}/newsletter/${id}?done=created`), 303);
  });

  app.get('/admin/regions/:slug/newsletter/:id', { preHandler: administrators }, async (request, reply) => {
    const { slug, id } = issueOf(request.params);
    const ctx = pageContext(request);
    const data = await getIssue({ db, actor: currentUser(request), slug, id, lang: ctx.lang, baseUrl: config.baseUrl });
    if (!data) throw notFound('newsletter issue');
    const { done } = doneQuery.parse(request.query ?? {});
    return sendPage(reply, <IssuePage ctx={ctx} csrf={reply.generateCsrf()} data={data} notice={done ? ctx.t(`newsletter.done.${done}`) : undefined} />);
  });

  // The e-mail's HTML part as it is sent, for the preview frame (sandbox="", no script). The one exception to the
  // site's strict CSP, in this response only: e-mail HTML needs style attributes, so style-src allows 'unsafe-inline';
  // everything else is 'none' (no script, no fetch, no form), the frame may be shown only by this site, and nothing
  // user-typed in it can carry a style (the Markdown sanitiser drops style attributes; the rest is escaped text).
  app.get('/admin/regions/:slug/newsletter/:id/preview', { preHandler: administrators }, async (request, reply) => {
    const { slug, id } = issueOf(request.params);
    const data = await getIssue({ db, actor: currentUser(request), slug, id, lang: pageContext(request).lang, baseUrl: config.baseUrl });
    if (!data) throw notFound('newsletter issue');
    return reply
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src 'self'; frame-ancestors 'self'; base-uri 'none'; form-action 'none'")
      .header('x-frame-options', 'SAMEORIGIN')
      .header('cache-control', 'no-store')
      .type('text/html; charset=utf-8')
      .send(data.preview.html);
  });

  app.get('/admin/regions/:slug/newsletter/:id/edit', { preHandler: administrators }, async (request, reply) => sendPage(reply, await formView(request, reply, emptyForm())));

  app.post('/admin/regions/:slug/newsletter/:id/edit', { preHandler: [verifyCsrf, administrators], config: { form: formView } }, async (request, reply) => {
    const { slug, id } = issueOf(request.params);
    const actor = currentUser(request);
    // Before the form is read: its errors are shown on the form, which only the region's administrators may see.
    await getIssueForm({ db, actor, slug, id });
    const input = parseForm(issueForm, request.body);
    await updateIssue({ db, actor, slug, id, input });
    return reply.redirect(pageContext(request).href(`/admin/regions/${slug}/newsletter/${id}?done=saved`), 303);
  });

  app.post('/admin/regions/:slug/newsletter/:id/test', { preHandler: [verifyCsrf, administrators] }, async (request, reply) => {
    const { slug, id } = issueOf(request.params);
    const ctx = pageContext(request);
    await sendTestIssue({ db, actor: currentUser(request), slug, id, lang: ctx.lang });
    return reply.redirect(ctx.href(`/admin/regions/${slug}/newsletter/${id}?done=test`), 303);
  });

  app.post('/admin/regions/:slug/newsletter/:id/send', { preHandler: [verifyCsrf, administrators] }, async (request, reply) => {
    const { slug, id } = issueOf(request.params);
    await sendIssue({ db, actor: currentUser(request), slug, id });
    return reply.redirect(pageContext(request).href(`/admin/regions/${slug}/newsletter/${id}?done=sending`), 303);
  });
};

const FRONT_PAGE = /^\/regions\/([a-z0-9]+(?:-[a-z0-9]+)*)\/?(?:\?.*)?$/;

/**
 * "Tilaa uutiskirje" on each portal's front page (`/regions/{slug}`, and `/` on a host of REGION_HOSTS): a page aside,
 * registered once at the root like the feedback form. Nothing is read here: a region that does not exist answers 404,
 * and error pages show no asides.
 */
const asidePlugin: FastifyPluginAsync = async (app) => {
  const hosts = app.deps.config.regionHosts;
  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'GET' || !request.pageAsides) return;
    const path = request.neutralUrl;
    const slug = FRONT_PAGE.exec(path)?.[1] ?? (/^\/(?:\?.*)?$/.test(path) ? regionForHost(hosts, request.headers.host) : null);
    if (!slug) return;
    request.pageAsides.push({ titleId: 'newsletter-aside-title', render: (ctx) => <NewsletterAside ctx={ctx} slug={slug} csrf={reply.generateCsrf()} /> });
  });
};
(asidePlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const newsletterAsidePlugin = asidePlugin;
