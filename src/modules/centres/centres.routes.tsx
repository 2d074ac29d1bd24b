import multipart, { type MultipartFile } from '@fastify/multipart';
import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { translator } from '../../platform/i18n/i18n.js';
import { AgreementFormPage, AgreementPageView, MyAgreementsPage } from './agreements.views.js';
import { answerAgreement } from './answer-agreement.js';
import { appointLiaison } from './appoint-liaison.js';
import { getAgreement, getAgreementIcal } from './get-agreement.js';
import { getAgreementForm } from './get-agreement-form.js';
import { listMyAgreements } from './list-agreements.js';
import { proposeAgreement } from './propose-agreement.js';
import { requireAnyLiaison, requireAnyMaintainer, requireCentreAdministrator, requireCentreCreator, requireLiaison, isAnyLiaison } from './centres.policy.js';
import { agreementForm, agreementParams, answerForm, centreForm, centreListQuery, centreParams, decisionForm, doneQuery, fileParams, kioskParams, liaisonForm, materialForm, materialParams, removeLiaisonForm } from './centres.schema.js';
import { AdminCentresView, CentreFormPage, CentreListView, CentrePageView } from './centres.views.js';
import { MAX_UPLOAD_MB, type UploadedFile } from './check-material-file.js';
import { createCentre } from './create-centre.js';
import { decideMaterial } from './decide-material.js';
import { getCentreForm } from './get-centre-form.js';
import { getCentrePage } from './get-centre-page.js';
import { getKiosk, getKioskSlide } from './get-kiosk.js';
import { getLiaisonDesk } from './get-liaison-desk.js';
import { getMaterialFile } from './get-material-file.js';
import { getMaterialForm } from './get-material-form.js';
import { getNoticeBoard } from './get-notice-board.js';
import { KioskPage, NoticeBoardPage } from './kiosk.views.js';
import { listAdminCentres } from './list-admin-centres.js';
import { listPublicCentreMaterials } from './list-centre-materials.js';
import { listCentres } from './list-centres.js';
import { listLiaisonCentres } from './list-liaison-centres.js';
import { listMyMaterials } from './list-my-materials.js';
import { LiaisonCentresPage, LiaisonDeskPage, MaterialFormPage, MyMaterialsPage } from './materials.views.js';
import { removeLiaison } from './remove-liaison.js';
import { renewKioskToken } from './renew-kiosk-token.js';
import { sendMaterial } from './send-material.js';
import { updateCentre } from './update-centre.js';

/**
 * A multipart file part becomes `{ fileName, bytes, truncated }` in the body (never a string, so a form shown again
 * after an error does not echo it); the parser stops reading at MAX_UPLOAD_MB and marks the file truncated, and the
 * use case refuses it next to the field instead of a bare 413.
 */
async function keepFile(part: MultipartFile): Promise<void> {
  const bytes = await part.toBuffer();
  const file: UploadedFile = { fileName: part.filename ?? '', bytes, truncated: part.file.truncated };
  (part as unknown as { value: UploadedFile }).value = file;
}

function uploadedFile(body: unknown): UploadedFile | null {
  const value = (body as Record<string, unknown> | undefined)?.file;
  if (!value || typeof value !== 'object' || !Buffer.isBuffer((value as UploadedFile).bytes)) return null;
  return value as UploadedFile;
}

/**
 * Care centres (mounted for fi, /sv and /en): the public list and page, the notice board's print view, material files;
 * the administrators' centre forms and liaison appointments; the liaison's desk (decisions, kiosk address); the
 * maintainers' material (multipart upload: the parsing is this file's only part in it); the kiosk of a secret token.
 * Access through centres.policy.ts here and again in each use case.
 */
export const centresPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;
  const now = () => app.deps.now?.() ?? new Date();
  await app.register(multipart, {
    attachFieldsToBody: 'keyValues',
    onFile: keepFile,
    throwFileSizeLimit: false,
    limits: { fileSize: MAX_UPLOAD_MB * 1024 * 1024, files: 1, fields: 80, fieldSize: 64 * 1024, parts: 90 },
  });

  const centreIdOf = (params: unknown): string => {
    const parsed = centreParams.safeParse(params);
    if (!parsed.success) throw notFound('centre');
    return parsed.data.id;
  };
  const notice = (request: FastifyRequest): string | undefined => {
    const { done } = doneQuery.parse(request.query ?? {});
    return done ? pageContext(request).t(`centres.done.${done}`) : undefined;
  };

  // Public: the list, a centre's page and its notice board, a material's file.
  app.get('/centres', async (request, reply) => {
    const query = centreListQuery.parse(request.query ?? {});
    return sendPage(reply, <CentreListView ctx={pageContext(request)} list={await listCentres({ db, query })} />);
  });

  app.get('/centres/:id', async (request, reply) => {
    const id = centreIdOf(request.params);
    const page = await getCentrePage({ db, id, now: now(), viewer: request.user });
    if (!page) throw notFound('centre');
    const materials = await listPublicCentreMaterials({ db, centreId: id, now: now() });
    return sendPage(reply, <CentrePageView ctx={pageContext(request)} page={page} materials={materials} notice={notice(request)} />);
  });

  app.get('/centres/:id/print', async (request, reply) => {
    const board = await getNoticeBoard({ db, id: centreIdOf(request.params), now: now() });
    if (!board) throw notFound('centre');
    return sendPage(reply, <NoticeBoardPage ctx={pageContext(request)} board={board} />);
  });

  const sendFile = (reply: FastifyReply, file: { bytes: Buffer; contentType: string }, disposition: string) =>
    reply
      .type(file.contentType)
      .header('x-content-type-options', 'nosniff')
      .header('content-disposition', disposition)
      .header('content-security-policy', "default-src 'none'; sandbox")
      .header('cache-control', 'private, no-cache')
      .send(file.bytes);

  app.get('/materials/:id/file', async (request, reply) => {
    const parsed = fileParams.safeParse(request.params);
    if (!parsed.success) throw notFound('material');
    const file = await getMaterialFile({ db, viewer: request.user, id: parsed.data.id, now: now() });
    if (!file) throw notFound('material');
    // Images open in the browser; a PDF is downloaded (a viewer's scripts never run in the service's origin).
    const disposition = `${file.contentType === 'application/pdf' ? 'attachment' : 'inline'}; filename="${file.fileName}"`;
    return sendFile(reply, file, disposition);
  });

  // Administrators: centres of their regions and their liaisons.
  const administrators = async (request: FastifyRequest) => {
    requireCentreCreator(currentUser(request));
  };
  const centreAdministrators = async (request: FastifyRequest) => {
    await requireCentreAdministrator(db, currentUser(request), centreIdOf(request.params));
  };

  app.get('/admin/centres', { preHandler: [requireUser, administrators] }, async (request, reply) => {
    const centres = await listAdminCentres({ db, actor: currentUser(request) });
    return sendPage(reply, <AdminCentresView ctx={pageContext(request)} centres={centres} notice={notice(request)} />);
  });

  const centreFormView =
    (which: 'centre' | 'liaison'): FormRenderer =>
    async (request, reply, form) => {
      const params = request.params as { id?: string };
      const id = params.id === undefined ? null : centreIdOf(request.params);
      const data = await getCentreForm({ db, actor: currentUser(request), id });
      const ctx = pageContext(request);
      return (
        <CentreFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={which === 'centre' ? form : emptyForm()} liaisonForm={which === 'liaison' ? form : emptyForm()} notice={notice(request)} />
      );
    };
  const centreView = centreFormView('centre');
  const liaisonView = centreFormView('liaison');

  app.get('/admin/centres/new', { preHandler: [requireUser, administrators] }, async (request, reply) => sendPage(reply, await centreView(request, reply, emptyForm())));

  app.post('/admin/centres', { preHandler: [verifyCsrf, requireUser, administrators], config: { form: centreView } }, async (request, reply) => {
    const input = parseForm(centreForm, request.body);
    const { id } = await createCentre({ db, actor: currentUser(request), input });
    return reply.redirect(pageContext(request).href(`/admin/centres/${id}/edit?done=created`), 303);
  });

  app.get('/admin/centres/:id/edit', { preHandler: [requireUser, centreAdministrators] }, async (request, reply) => sendPage(reply, await centreView(request, reply, emptyForm())));

  app.post('/admin/centres/:id/edit', { preHandler: [verifyCsrf, requireUser, centreAdministrators], config: { form: centreView } }, async (request, reply) => {
    const id = centreIdOf(request.params);
    const input = parseForm(centreForm, request.body);
    await updateCentre({ db, actor: currentUser(request), id, input });
    return reply.redirect(pageContext(request).href(`/admin/centres/${id}/edit?done=saved`), 303);
  });

  app.post('/admin/centres/:id/liaisons', { preHandler: [verifyCsrf, requireUser, centreAdministrators], config: { form: liaisonView } }, async (request, reply) => {
    const id = centreIdOf(request.params);
    const { email } = parseForm(liaisonForm, request.body);
    await appointLiaison({ db, actor: currentUser(request), centreId: id, email, lang: pageContext(request).lang });
    return reply.redirect(pageContext(request).href(`/admin/centres/${id}/edit?done=appointed`), 303);
  });

  app.post('/admin/centres/:id/liaisons/remove', { preHandler: [verifyCsrf, requireUser, centreAdministrators], config: { form: liaisonView } }, async (request, reply) => {
    const id = centreIdOf(request.params);
    const { user } = parseForm(removeLiaisonForm, request.body);
    await removeLiaison({ db, actor: currentUser(request), centreId: id, userId: user });
    return reply.redirect(pageContext(request).href(`/admin/centres/${id}/edit?done=removed`), 303);
  });

  // Liaisons: their centres, each centre's desk, decisions, the kiosk address.
  const liaisons = async (request: FastifyRequest) => {
    requireAnyLiaison(currentUser(request));
  };
  const centreLiaisons = async (request: FastifyRequest) => {
    await requireLiaison(db, currentUser(request), centreIdOf(request.params));
  };

  app.get('/my/centres', { preHandler: [requireUser, liaisons] }, async (request, reply) => {
    const centres = await listLiaisonCentres({ db, actor: currentUser(request) });
    return sendPage(reply, <LiaisonCentresPage ctx={pageContext(request)} centres={centres} />);
  });

  const deskView =
    (kioskUrl?: string): FormRenderer =>
    async (request, reply, form) => {
      const desk = await getLiaisonDesk({ db, actor: currentUser(request), centreId: centreIdOf(request.params), now: now() });
      return <LiaisonDeskPage ctx={pageContext(request)} csrf={reply.generateCsrf()} desk={desk} form={form} kioskUrl={kioskUrl} notice={notice(request)} />;
    };

  app.get('/centres/:id/desk', { preHandler: [requireUser, centreLiaisons] }, async (request, reply) => sendPage(reply, await deskView()(request, reply, emptyForm())));

  app.post('/centres/:id/materials/:materialId/decision', { preHandler: [verifyCsrf, requireUser, centreLiaisons], config: { form: deskView() } }, async (request, reply) => {
    const parsed = materialParams.safeParse(request.params);
    if (!parsed.success) throw notFound('material');
    const { decision, message } = parseForm(decisionForm, request.body);
    const status = await decideMaterial({ db, actor: currentUser(request), centreId: parsed.data.id, materialId: parsed.data.materialId, decision, message });
    return reply.redirect(pageContext(request).href(`/centres/${parsed.data.id}/desk?done=${status}`), 303);
  });

  app.post('/centres/:id/kiosk', { preHandler: [verifyCsrf, requireUser, centreLiaisons] }, async (request, reply) => {
    const id = centreIdOf(request.params);
    const token = await renewKioskToken({ db, actor: currentUser(request), centreId: id });
    // Shown once, on this answer only (the address is a secret: it is neither stored nor put in a redirect).
    const url = `${app.deps.config.baseUrl}${pageContext(request).href(`/kiosk/${token}`)}`;
    return sendPage(reply, await deskView(url)(request, reply, emptyForm()));
  });

  // Maintainers: their material and sending new material (multipart).
  const maintainers = async (request: FastifyRequest) => {
    requireAnyMaintainer(currentUser(request));
  };

  app.get('/my/materials', { preHandler: requireUser }, async (request, reply) => {
    const mine = await listMyMaterials({ db, actor: currentUser(request), now: now() });
    return sendPage(reply, <MyMaterialsPage ctx={pageContext(request)} canSend={mine.canSend} materials={mine.materials} notice={notice(request)} />);
  });

  const materialFormView: FormRenderer = async (request, reply, form) => {
    const data = await getMaterialForm({ db, actor: currentUser(request) });
    return <MaterialFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/my/materials/new', { preHandler: [requireUser, maintainers] }, async (request, reply) => sendPage(reply, await materialFormView(request, reply, emptyForm())));

  app.post('/my/materials', { preHandler: [verifyCsrf, requireUser, maintainers], config: { form: materialFormView } }, async (request, reply) => {
    const input = parseForm(materialForm, request.body);
    await sendMaterial({ db, actor: currentUser(request), input, file: uploadedFile(request.body), now: now() });
    return reply.redirect(pageContext(request).href('/my/materials?done=sent'), 303);
  });

  // Cooperation agreed in advance: a maintainer proposes; the side whose turn it is answers; both read it and its .ics.
  app.get('/my/agreements', { preHandler: requireUser }, async (request, reply) => {
    const mine = await listMyAgreements({ db, actor: currentUser(request) });
    return sendPage(reply, <MyAgreementsPage ctx={pageContext(request)} canPropose={mine.canPropose} agreements={mine.agreements} notice={notice(request)} />);
  });

  const agreementFormView: FormRenderer = async (request, reply, form) => {
    const data = await getAgreementForm({ db, actor: currentUser(request) });
    return <AgreementFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/my/agreements/new', { preHandler: [requireUser, maintainers] }, async (request, reply) => sendPage(reply, await agreementFormView(request, reply, emptyForm())));

  app.post('/my/agreements', { preHandler: [verifyCsrf, requireUser, maintainers], config: { form: agreementFormView } }, async (request, reply) => {
    const input = parseForm(agreementForm, request.body);
    const { id } = await proposeAgreement({ db, actor: currentUser(request), input, now: now() });
    return reply.redirect(pageContext(request).href(`/agreements/${id}?done=proposed`), 303);
  });

  const agreementIdOf = (params: unknown): string => {
    const parsed = agreementParams.safeParse(params);
    if (!parsed.success) throw notFound('agreement');
    return parsed.data.id;
  };
  /** Only the agreement's two sides get past this (others: 404, as if it did not exist). */
  const agreementSides = async (request: FastifyRequest) => {
    await getAgreement({ db, actor: currentUser(request), id: agreementIdOf(request.params) });
  };
  const agreementView: FormRenderer = async (request, reply, form) => {
    const page = await getAgreement({ db, actor: currentUser(request), id: agreementIdOf(request.params) });
    return <AgreementPageView ctx={pageContext(request)} csrf={reply.generateCsrf()} page={page} form={form} notice={notice(request)} />;
  };

  app.get('/agreements/:id', { preHandler: [requireUser, agreementSides] }, async (request, reply) => sendPage(reply, await agreementView(request, reply, emptyForm())));

  app.post('/agreements/:id/answer', { preHandler: [verifyCsrf, requireUser, agreementSides], config: { form: agreementView } }, async (request, reply) => {
    const id = agreementIdOf(request.params);
    const input = parseForm(answerForm, request.body);
    const status = await answerAgreement({ db, actor: currentUser(request), id, input, now: now() });
    return reply.redirect(pageContext(request).href(`/agreements/${id}?done=${status}`), 303);
  });

  app.get('/agreements/:id/calendar.ics', { preHandler: [requireUser, agreementSides] }, async (request, reply) => {
    const id = agreementIdOf(request.params);
    const ctx = pageContext(request);
    const ics = await getAgreementIcal({
      db,
      actor: currentUser(request),
      id,
      lang: ctx.lang,
      url: (agreementId) => `${app.deps.config.baseUrl}${ctx.href(`/agreements/${agreementId}`)}`,
      labels: { postponed: ctx.t('centres.agreementStatus.countered'), online: ctx.t('centres.attendance.remote') },
    });
    if (ics === null) throw notFound('agreement');
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="sopimus-${id}.ics"`).header('cache-control', 'private, no-cache').send(ics);
  });

  // The kiosk: the token in the address is its only credential; a wrong or renewed token is simply not found.
  const kioskTokenOf = (params: unknown): string => {
    const parsed = kioskParams.safeParse(params);
    if (!parsed.success) throw notFound('kiosk');
    return parsed.data.token;
  };
  const kioskHeaders = (reply: FastifyReply) => reply.header('referrer-policy', 'no-referrer').header('x-robots-tag', 'noindex').header('cache-control', 'no-store');

  app.get('/kiosk/:token', async (request, reply) => {
    const token = kioskTokenOf(request.params);
    const kiosk = await getKiosk({ db, token, now: now() });
    if (!kiosk) throw notFound('kiosk');
    kioskHeaders(reply);
    return sendPage(reply, <KioskPage ctx={pageContext(request)} kiosk={kiosk} contentUrl={pageContext(request).href(`/kiosk/${token}/content`)} />);
  });

  app.get('/kiosk/:token/content', async (request, reply) => {
    const token = kioskTokenOf(request.params);
    const kiosk = await getKiosk({ db, token, now: now() });
    if (!kiosk) throw notFound('kiosk');
    kioskHeaders(reply);
    return reply.type('application/json; charset=utf-8').send({ slides: kiosk.slides.map((s) => ({ id: s.id, src: s.src, alt: s.altText })) });
  });

  app.get('/kiosk/:token/slides/:materialId', async (request, reply) => {
    const token = kioskTokenOf(request.params);
    const materialId = (request.params as { materialId?: string }).materialId ?? '';
    const parsed = fileParams.safeParse({ id: materialId });
    if (!parsed.success) throw notFound('material');
    const slide = await getKioskSlide({ db, token, materialId: parsed.data.id, now: now() });
    if (!slide) throw notFound('material');
    kioskHeaders(reply);
    return sendFile(reply, slide, 'inline');
  });
};

/**
 * Header links (see "Header links" in docs/architecture.md): "Yhdyshenkilön työpöytä" for liaisons and "Aineistot
 * sote-keskuksiin" for maintainers; no query. Registered once at the root.
 */
const headerPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!request.headerLinks || !request.user || request.url.startsWith('/static/') || request.url.startsWith('/api/') || request.url.startsWith('/healthz')) return;
    const t = translator(request.lang);
    if (isAnyLiaison(request.user)) request.headerLinks.push({ href: '/my/centres', label: t('centres.desk.title'), id: 'centres-desk-link' });
    if (request.user.roles.some((r) => r.role === 'maintainer')) {
      request.headerLinks.push({ href: '/my/materials', label: t('centres.material.myTitle'), id: 'centres-materials-link' });
      request.headerLinks.push({ href: '/my/agreements', label: t('centres.agreement.myTitle'), id: 'centres-agreements-link' });
      request.headerLinks.push({ href: '/my/bulletins', label: t('centreBulletins.my.title'), id: 'centres-bulletins-link' });
    }
  });
};
(headerPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const centresHeaderPlugin = headerPlugin;
