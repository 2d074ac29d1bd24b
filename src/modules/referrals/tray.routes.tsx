import type { FastifyInstance, FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound, rateLimited } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { appLimiters, type Limiter } from '../../platform/http/app-limiters.js';
import { emptyForm, formValueList, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { translator } from '../../platform/i18n/i18n.js';
import { headerLinkText } from '../../platform/views/page-context.js';
import { addToTray } from './add-to-tray.js';
import { isHoneypotFilled } from './contact-request.schema.js';
import { getTray } from './get-tray.js';
import { listContactRecipients } from './list-contact-recipients.js';
import { listTrayItems } from './list-tray-items.js';
import { removeFromTray } from './remove-from-tray.js';
import { sendTrayList } from './send-tray-list.js';
import { trayOf, writeTray, type TrayItem } from './tray.cookie.js';
import { namedItems, trayEmailForm, trayItemForm } from './tray.schema.js';
import { TrayEmailPage, TrayEmailSentPage, TrayPage, TrayPrintPage, trayFormId } from './tray.views.js';

/**
 * "Lähetä tiedot sähköpostilla" mails sent per window (in memory, per app instance, shared by the fi / sv / en
 * mounts): per client IP, and per address (keyed by its look-up hash, never the address itself).
 */
export const TRAY_EMAIL_LIMITS = { perIp: 20, ipWindowMs: 60 * 60_000, perAddress: 5, addressWindowMs: 24 * 60 * 60_000 };

/** One pair of limiters per app, shared by the fi / sv / en mounts of the page plugin. */
function trayEmailLimiters(app: FastifyInstance): { byIp: Limiter; byAddress: Limiter } {
  return appLimiters(app, 'tray-email', () => ({
    byIp: app.createRateLimit({ max: TRAY_EMAIL_LIMITS.perIp, timeWindow: TRAY_EMAIL_LIMITS.ipWindowMs, keyGenerator: (req) => `tray-email-ip:${req.ip}` }),
    byAddress: app.createRateLimit({
      max: TRAY_EMAIL_LIMITS.perAddress,
      timeWindow: TRAY_EMAIL_LIMITS.addressWindowMs,
      keyGenerator: (req) => `tray-email:${(req as FastifyRequest & { rateKey?: string }).rateKey ?? ''}`,
    }),
  }));
}

/** Past a limit: 429 with Retry-After and the form shown again with a friendly message and the address kept. */
async function enforceTrayEmailLimits(request: FastifyRequest, address: string): Promise<void> {
  const limiters = trayEmailLimiters(request.server);
  const rateKey = request.server.deps.cipher.lookupHash(address);
  const results = await Promise.all([limiters.byIp(request), limiters.byAddress(Object.assign(Object.create(request) as FastifyRequest, { rateKey }))]);
  for (const r of results) {
    if (!r.isAllowed && r.isExceeded) {
      throw rateLimited(r.ttlInSeconds ?? 60, { titleKey: 'tray.error.tooMany.title', messageKey: 'tray.error.tooMany', fieldErrors: { form: 'tray.error.tooMany' } });
    }
  }
}

/** The client wants JSON (tray.js): the new state instead of a 303. */
function wantsJson(request: FastifyRequest): boolean {
  return (request.headers.accept ?? '').includes('application/json');
}

/**
 * The answer to adding or removing: 303 back to the page the button was on (a validated same-site path, at the
 * button; else the tray page), or for tray.js the new state as JSON (the button's label and action, the header
 * link's text, a sentence for the live region).
 */
async function answer(request: FastifyRequest, reply: FastifyReply, item: TrayItem, items: TrayItem[], returnTo: string | null) {
  writeTray(reply, items);
  const ctx = pageContext(request);
  if (wantsJson(request)) {
    const onTray = items.some((i) => i.kind === item.kind && i.id === item.id);
    const t = translator(ctx.lang);
    return reply.type('application/json; charset=utf-8').header('cache-control', 'no-store').send({
      onTray,
      count: items.length,
      action: ctx.href(onTray ? '/tray/remove' : '/tray/add'),
      label: t(onTray ? 'tray.remove' : 'tray.add'),
      headerLabel: headerLinkText({ label: t('tray.nav'), count: items.length }),
      message: t(onTray ? 'tray.added' : 'tray.removed', { count: items.length }),
    });
  }
  const back = returnTo ?? '/tray';
  const fragment = back === '/tray' ? '' : `#${trayFormId(item)}`;
  return reply.redirect(`${ctx.href(back)}${fragment}`, 303);
}

/** The tray page, with the e-mail form empty or shown again with its errors. */
async function trayPage(request: FastifyRequest, reply: FastifyReply, emailForm = emptyForm()) {
  const ctx = pageContext(request);
  const { db } = request.server.deps;
  const tray = await getTray({ db, items: trayOf(request) });
  const recipients = await listContactRecipients({
    db,
    organizationIds: tray.items.filter((i) => i.kind === 'organization').map((i) => i.id),
    activityIds: tray.items.filter((i) => i.kind === 'activity').map((i) => i.id),
    lang: ctx.lang,
  });
  return { page: <TrayPage ctx={ctx} csrf={reply.generateCsrf()} entries={tray.entries} tray={tray.items} recipients={recipients} emailForm={emailForm} />, items: tray.items };
}

/** The e-mail form shown again: on the tray page, or on its own page when it was one card's. */
const trayEmailView: FormRenderer = async (request, reply, form) => {
  const items = namedItems.parse({ organization: formValueList(form.values, 'organization'), activity: formValueList(form.values, 'activity') });
  if (items.length === 0) return (await trayPage(request, reply, form)).page;
  const tray = await getTray({ db: request.server.deps.db, items });
  return <TrayEmailPage ctx={pageContext(request)} csrf={reply.generateCsrf()} entries={tray.entries} items={tray.items} form={form} />;
};

/**
 * The tray ("Tarjotin"; mounted for fi, /sv and /en): the page, adding and removing (plain POSTs, 303 back; JSON for
 * tray.js), emptying, the printout and e-mailing the contact details. The tray is the cookie (tray.cookie.ts).
 */
export const trayPages: FastifyPluginAsync = async (app) => {
  const { db, config } = app.deps;

  app.get('/tray', async (request, reply) => {
    const { page, items } = await trayPage(request, reply);
    // Whatever is no longer public drops out of the cookie too.
    if (items.length !== trayOf(request).length) writeTray(reply, items);
    return sendPage(reply, page);
  });

  app.post('/tray/add', { preHandler: verifyCsrf }, async (request, reply) => {
    const { item, returnTo } = trayItemForm.parse(request.body ?? {});
    const [found] = await listTrayItems({ db, items: [item] });
    if (!found) throw notFound('tray item');
    const current = await listTrayItems({ db, items: trayOf(request) });
    return answer(request, reply, item, addToTray(current, found), returnTo);
  });

  app.post('/tray/remove', { preHandler: verifyCsrf }, async (request, reply) => {
    const { item, returnTo } = trayItemForm.parse(request.body ?? {});
    const current = await listTrayItems({ db, items: trayOf(request) });
    return answer(request, reply, item, removeFromTray(current, item), returnTo);
  });

  app.post('/tray/clear', { preHandler: verifyCsrf }, async (request, reply) => {
    writeTray(reply, []);
    return reply.redirect(pageContext(request).href('/tray'), 303);
  });

  app.get('/tray/print', async (request, reply) => {
    const named = namedItems.parse(request.query ?? {});
    const tray = await getTray({ db, items: named.length > 0 ? named : trayOf(request) });
    return sendPage(reply, <TrayPrintPage ctx={pageContext(request)} entries={tray.entries} baseUrl={config.baseUrl} single={named.length > 0} />);
  });

  app.get('/tray/email', async (request, reply) => {
    const named = namedItems.parse(request.query ?? {});
    const tray = await getTray({ db, items: named.length > 0 ? named : trayOf(request) });
    const ctx = pageContext(request);
    return sendPage(reply, <TrayEmailPage ctx={ctx} csrf={reply.generateCsrf()} entries={tray.entries} items={named.length > 0 ? tray.items : undefined} form={emptyForm()} />);
  });

  app.post('/tray/email', { preHandler: verifyCsrf, config: { form: trayEmailView } }, async (request, reply) => {
    const ctx = pageContext(request);
    const named = namedItems.parse(request.body ?? {});
    const sent = ctx.href(`/tray/email/sent${named.length === 1 ? `?${named[0]!.kind}=${named[0]!.id}` : ''}`);
    // A filled honeypot is a bot: the same answer as a success, nothing sent.
    if (isHoneypotFilled(request.body)) return reply.redirect(sent, 303);
    const input = parseForm(trayEmailForm, request.body);
    await enforceTrayEmailLimits(request, input.address);
    await sendTrayList({ db, cipher: app.deps.cipher, to: input.address, items: input.items.length > 0 ? input.items : trayOf(request), lang: ctx.lang });
    return reply.redirect(sent, 303);
  });

  app.get('/tray/email/sent', async (request, reply) => {
    const [back] = namedItems.parse(request.query ?? {});
    return sendPage(reply, <TrayEmailSentPage ctx={pageContext(request)} back={back ?? null} />);
  });
};

/**
 * The header link "Tarjotin (n)" on every page: a request hook for the whole app (registered once, at the root,
 * like the auth plugin), counting the tray's items that are still public. No cookie, no query.
 */
const headerPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!request.headerLinks || request.url.startsWith('/static/') || request.url.startsWith('/api/') || request.url.startsWith('/healthz')) return;
    const items = trayOf(request);
    const count = items.length === 0 ? 0 : (await listTrayItems({ db: app.deps.db, items })).length;
    request.headerLinks.push({ href: '/tray', label: translator(request.lang)('tray.nav'), count, id: 'tray-link' });
  });
};
(headerPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const trayHeaderPlugin = headerPlugin;
