import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { enforceSignInLimits, setSessionCookie, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { gone } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { checkJoinLink, consumeJoinLink } from './consume-join-link.js';
import { ConfirmJoinPage, ForOrganisationsPage, JoinMessagePage } from './join.views.js';
import { requestJoinLink } from './request-join-link.js';
import { joinLinkForm } from './submissions.schema.js';
import { submissionPath } from './submissions.views.js';

const tokenParams = z.object({ token: z.string() });

/** A used, expired or unknown join link: 410 with a way to order a new one. */
const invalidJoinLink = () =>
  gone('join link', { titleKey: 'auth.invalid.title', messageKey: 'submissions.joinLink.invalid', link: { labelKey: 'submissions.joinLink.again', path: '/for-organisations' } });

/** "Järjestöille" with the form that orders a join link, empty or shown again with its errors. */
const joinLinkView: FormRenderer = (request, reply, form) => (
  <ForOrganisationsPage ctx={pageContext(request)} csrf={reply.generateCsrf()} form={form} signedIn={!!request.user} />
);

/**
 * Joining: "Järjestöille" orders a join link by e-mail (rate-limited like sign-in links, the same answer for known
 * and unknown addresses); the link's GET shows a button (mail scanners do not use it up), its POST signs in and
 * opens the person's join draft.
 */
export const joinPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  app.get('/for-organisations', async (request, reply) => sendPage(reply, await joinLinkView(request, reply, emptyForm({ email: '' }))));

  app.post('/for-organisations', { preHandler: verifyCsrf, config: { form: joinLinkView } }, async (request, reply) => {
    const { email } = parseForm(joinLinkForm, request.body);
    await enforceSignInLimits(request);
    const ctx = pageContext(request);
    await requestJoinLink({ db, email, lang: ctx.lang });
    return reply.redirect(ctx.href('/for-organisations/sent'), 303);
  });

  app.get('/for-organisations/sent', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <JoinMessagePage ctx={ctx} title={ctx.t('submissions.joinSent.title')} body={ctx.t('submissions.joinSent.body')} />);
  });

  app.get('/join/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    if (!(await checkJoinLink({ db, token }))) throw invalidJoinLink();
    return sendPage(reply, <ConfirmJoinPage ctx={pageContext(request)} csrf={reply.generateCsrf()} token={token} />);
  });

  app.post('/join/:token', { preHandler: verifyCsrf }, async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const ctx = pageContext(request);
    const opened = await consumeJoinLink({ db, token, lang: ctx.lang, previousSession: request.sessionSecret });
    if (!opened) throw invalidJoinLink();
    setSessionCookie(reply, opened.sessionSecret);
    return reply.redirect(ctx.href(submissionPath(opened.submissionId)), 303);
  });
};
