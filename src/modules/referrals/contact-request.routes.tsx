import type { FastifyInstance, FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { rateLimited } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { appLimiters, type Limiter } from '../../platform/http/app-limiters.js';
import { emptyForm, formValueList, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { newReference } from './contact-details.js';
import { contactFormQuery, contactRequestForm, isFromTray, isHoneypotFilled, type ContactRequestInput } from './contact-request.schema.js';
import { ContactRequestPage, ContactRequestSentPage } from './contact-request.views.js';
import { getContactRequestConfirmation } from './get-contact-request-confirmation.js';
import { listContactRecipients } from './list-contact-recipients.js';
import { PrivacyNoticePage } from './privacy-notice.views.js';
import { sendContactRequest } from './send-contact-request.js';
import { SENDER_KINDS } from './referrals.types.js';
import { trayOf, writeTray } from './tray.cookie.js';

/**
 * Contact requests sent per window (in memory, per app instance, shared by the fi / sv / en mounts): per client IP
 * (generous: a health centre's professionals may share one address) and per phone number or e-mail address (keyed
 * by its look-up hash, never the value itself).
 */
export const CONTACT_REQUEST_LIMITS = { perIp: 30, ipWindowMs: 60 * 60_000, perContact: 5, contactWindowMs: 24 * 60 * 60_000 };

interface Limiters {
  byIp: Limiter;
  byContact: Limiter;
}

/** One pair of limiters per app, shared by the fi / sv / en mounts of the page plugin. */
function contactRequestLimiters(app: FastifyInstance): Limiters {
  return appLimiters(app, 'contact-request', () => ({
    byIp: app.createRateLimit({ max: CONTACT_REQUEST_LIMITS.perIp, timeWindow: CONTACT_REQUEST_LIMITS.ipWindowMs }),
    byContact: app.createRateLimit({
      max: CONTACT_REQUEST_LIMITS.perContact,
      timeWindow: CONTACT_REQUEST_LIMITS.contactWindowMs,
      keyGenerator: (req) => `contact:${(req as FastifyRequest & { rateKey?: string }).rateKey ?? ''}`,
    }),
  }));
}

/**
 * Throws RATE_LIMITED (429, Retry-After) past a limit, with a form error so that the form is shown again with
 * everything typed and a friendly message (the central handler keeps the error's status).
 */
async function enforceContactRequestLimits(request: FastifyRequest, limiters: Limiters, input: ContactRequestInput): Promise<void> {
  const { cipher } = request.server.deps;
  const keys = [input.phone, input.email].filter((v): v is string => v !== null).map((v) => cipher.lookupHash(v));
  const checks: Promise<{ isAllowed: boolean; isExceeded?: boolean; ttlInSeconds?: number }>[] = [limiters.byIp(request)];
  for (const rateKey of keys) checks.push(limiters.byContact(Object.assign(Object.create(request) as FastifyRequest, { rateKey })));
  for (const r of await Promise.all(checks)) {
    if (!r.isAllowed && r.isExceeded) {
      throw rateLimited(r.ttlInSeconds ?? 60, {
        titleKey: 'referrals.error.tooMany.title',
        messageKey: 'referrals.error.tooMany',
        fieldErrors: { form: 'referrals.error.tooMany' },
      });
    }
  }
}

/** The form's own page, empty or shown again with its errors: the recipients named from the ids the form carried. */
const contactRequestView: FormRenderer = async (request, reply, form) => {
  const ctx = pageContext(request);
  const recipients = await listContactRecipients({
    db: request.server.deps.db,
    organizationIds: formValueList(form.values, 'organization'),
    activityIds: formValueList(form.values, 'activity'),
    lang: ctx.lang,
  });
  const sender = SENDER_KINDS.find((k) => k === form.values.sender);
  return <ContactRequestPage ctx={ctx} csrf={reply.generateCsrf()} recipients={recipients} form={form} sender={sender} />;
};

const referenceParams = z.object({ reference: z.string().max(40) });

/** The contact-request form, sending, the confirmation page and the privacy notice (mounted for fi, /sv and /en). */
export const contactRequestPages: FastifyPluginAsync = async (app) => {
  const { db, cipher, config } = app.deps;
  const limiters = contactRequestLimiters(app);

  app.get('/contact-requests/new', async (request, reply) => {
    const q = contactFormQuery.parse(request.query);
    const values = { organization: q.organizationIds, activity: q.activityIds, ...(q.sender ? { sender: q.sender } : {}) };
    return sendPage(reply, await contactRequestView(request, reply, emptyForm(values)));
  });

  app.post('/contact-requests', { preHandler: verifyCsrf, config: { form: contactRequestView } }, async (request, reply) => {
    const ctx = pageContext(request);
    // A filled honeypot is a bot: the same answer as a success, nothing stored or sent.
    if (isHoneypotFilled(request.body)) return reply.redirect(ctx.href(`/contact-requests/sent/${newReference()}`), 303);
    const input = parseForm(contactRequestForm, request.body);
    await enforceContactRequestLimits(request, limiters, input);
    const sent = await sendContactRequest({ db, cipher, input, lang: ctx.lang, eraseAfterDays: config.referrals.eraseAfterDays });
    // Sent from the tray: what it went to leaves the tray (all of it, unless some items take no requests).
    if (isFromTray(request.body)) {
      const sentTo = new Set([...input.organizationIds, ...input.activityIds]);
      writeTray(reply, trayOf(request).filter((item) => !sentTo.has(item.id)));
    }
    return reply.redirect(ctx.href(`/contact-requests/sent/${sent.reference}`), 303);
  });

  app.get('/contact-requests/sent/:reference', async (request, reply) => {
    const { reference } = referenceParams.parse(request.params);
    const ctx = pageContext(request);
    const sent = await getContactRequestConfirmation({ db, reference, lang: ctx.lang });
    return sendPage(reply, <ContactRequestSentPage ctx={ctx} sent={sent} eraseAfterDays={config.referrals.eraseAfterDays} />);
  });

  app.get('/privacy', async (request, reply) => sendPage(reply, <PrivacyNoticePage ctx={pageContext(request)} retention={config.referrals} />));
};
