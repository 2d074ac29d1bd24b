import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { eraseByContact } from './erase-by-contact.js';
import { listErasureMatches } from './list-erasure-matches.js';
import { requireReferralAdminScope } from './retention.policy.js';
import { erasedQuery, eraseForm } from './retention.schema.js';
import { ErasePage } from './retention.views.js';

const administrators = requireRole('platform_admin', 'regional_admin');

/**
 * The right to erasure for administrators (docs/privacy.md):
 * - GET /admin/contact-requests/erase: the form (and "n requests erased" after the confirm button);
 * - POST /admin/contact-requests/erase: the requests holding the phone number or address (references and dates),
 *   answered with the page itself so that the typed value never goes into a URL, and a confirm button;
 * - POST /admin/contact-requests/erase/confirm: erases them, 303 back with the count.
 * Platform administrators: every request; regional administrators: requests to their regions' organisations
 * (the use cases check the scope). Signed out: sign-in; anybody else: 403. CSRF on both POSTs.
 */
export const retentionPages: FastifyPluginAsync = async (app) => {
  const { db, cipher } = app.deps;

  app.addHook('onSend', async (_request, reply, payload) => {
    reply.header('cache-control', 'no-store');
    reply.header('x-robots-tag', 'noindex, nofollow');
    return payload;
  });

  const eraseView: FormRenderer = (request, reply, form) => {
    const scope = requireReferralAdminScope(currentUser(request));
    return <ErasePage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={form} regional={scope.regionIds !== null} />;
  };

  app.get('/admin/contact-requests/erase', { preHandler: administrators }, async (request, reply) => {
    const scope = requireReferralAdminScope(currentUser(request));
    const { erased } = erasedQuery.parse(request.query ?? {});
    return sendPage(reply, <ErasePage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={emptyForm()} regional={scope.regionIds !== null} erased={erased} />);
  });

  app.post('/admin/contact-requests/erase', { preHandler: [verifyCsrf, administrators], config: { form: eraseView } }, async (request, reply) => {
    const actor = currentUser(request);
    const { contact } = parseForm(eraseForm, request.body);
    const matches = await listErasureMatches({ db, cipher, actor, contact });
    const regional = requireReferralAdminScope(actor).regionIds !== null;
    return sendPage(
      reply,
      <ErasePage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={emptyForm({ contact: contact.value })} regional={regional} result={{ contact: contact.value, matches }} />,
    );
  });

  app.post('/admin/contact-requests/erase/confirm', { preHandler: [verifyCsrf, administrators], config: { form: eraseView } }, async (request, reply) => {
    const { contact } = parseForm(eraseForm, request.body);
    const result = await eraseByContact({ db, cipher, actor: currentUser(request), contact });
    return reply.redirect(pageContext(request).href(`/admin/contact-requests/erase?erased=${result.erased}`), 303);
  });
};
