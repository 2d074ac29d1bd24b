import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { translator } from '../../platform/i18n/i18n.js';
import { countPendingEvents } from './count-pending-events.js';
import { createEvent } from './create-event.js';
import { decideEvent } from './decide-event.js';
import { requireEditableEvent, requireEventAdministrator, requireEventReviewer } from './events.policy.js';
import { calendarQuery, decisionForm, doneQuery, eventForm, idParams, slugParams } from './events.schema.js';
import { AdminEventsPage, CalendarPageView, EventFormPage, EventPageView, MyEventsPage } from './events.views.js';
import { getEventForm } from './get-event-form.js';
import { getEventIcal } from './get-event-ical.js';
import { getEventPage } from './get-event-page.js';
import { getRegionIcal } from './get-region-ical.js';
import { listAdminEvents } from './list-admin-events.js';
import { listMyEvents } from './list-my-events.js';
import { listRegionCalendar } from './list-region-calendar.js';
import { updateEvent } from './update-event.js';

const ICS = 'text/calendar; charset=utf-8';

/**
 * Events of the regional portals (mounted for fi, /sv and /en): the public event page and its .ics, a region's
 * calendar and its iCal subscription; maintainers' /my/events (send, edit); administrators' /admin/events (pending
 * list, decisions, writing); the shared edit form /events/{id}/edit for whoever may edit (events.policy.ts).
 */
export const eventsPages: FastifyPluginAsync = async (app) => {
  const { db, config } = app.deps;
  const eventUrl = (request: FastifyRequest) => (id: string) => `${config.baseUrl}${pageContext(request).href(`/events/${id}`)}`;
  const icalLabels = (request: FastifyRequest) => {
    const t = translator(pageContext(request).lang);
    return { postponed: t('events.status.postponed'), online: t('events.attendance.remote') };
  };
  const parseId = (request: FastifyRequest): string => {
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) throw notFound('event');
    return parsed.data.id;
  };
  const doneNotice = (request: FastifyRequest) => {
    const { done } = doneQuery.parse(request.query ?? {});
    return done ? pageContext(request).t(`events.done.${done}`) : undefined;
  };

  // Public: the event page, its .ics, a region's calendar and subscription.
  app.get('/events/:id', async (request, reply) => {
    const id = parseId(request);
    const page = await getEventPage({ db, viewer: request.user ?? null, id, now: new Date() });
    if (!page) throw notFound('event');
    return sendPage(reply, <EventPageView ctx={pageContext(request)} page={page} csrf={reply.generateCsrf()} baseUrl={config.baseUrl} notice={doneNotice(request)} />);
  });

  app.get('/events/:id.ics', async (request, reply) => {
    const id = parseId(request);
    const ics = await getEventIcal({ db, id, lang: pageContext(request).lang, url: eventUrl(request), labels: icalLabels(request) });
    if (ics === null) throw notFound('event');
    return reply.type(ICS).header('content-disposition', `attachment; filename="tapahtuma-${id}.ics"`).header('cache-control', 'no-cache').send(ics);
  });

  app.get('/regions/:slug/events', async (request, reply) => {
    const parsed = slugParams.safeParse(request.params);
    if (!parsed.success) throw notFound('region');
    const ctx = pageContext(request);
    const query = calendarQuery.parse(request.query ?? {});
    const cal = await listRegionCalendar({ db, slug: parsed.data.slug, query, lang: ctx.lang, now: new Date() });
    if (!cal) throw notFound('region');
    return sendPage(reply, <CalendarPageView ctx={ctx} cal={cal} query={query} baseUrl={config.baseUrl} />);
  });

  app.get('/regions/:slug/events.ics', async (request, reply) => {
    const parsed = slugParams.safeParse(request.params);
    if (!parsed.success) throw notFound('region');
    const t = pageContext(request).t;
    const ics = await getRegionIcal({ db, slug: parsed.data.slug, lang: pageContext(request).lang, now: new Date(), url: eventUrl(request), title: (region) => `${t('events.title')} – ${region}`, labels: icalLabels(request) });
    if (ics === null) throw notFound('region');
    return reply.type(ICS).header('content-disposition', `inline; filename="${parsed.data.slug}-events.ics"`).header('cache-control', 'max-age=300').send(ics);
  });

  // Maintainers: their organisations' events, and sending a new one.
  app.get('/my/events', { preHandler: requireUser }, async (request, reply) => {
    const mine = await listMyEvents({ db, user: currentUser(request) });
    return sendPage(reply, <MyEventsPage ctx={pageContext(request)} organizations={mine.organizations} events={mine.events} notice={doneNotice(request)} />);
  });

  const newFormView =
    (by: 'maintainer' | 'administrator', action: string): FormRenderer =>
    async (request, reply, form) => {
      const ctx = pageContext(request);
      const data = await getEventForm({ db, actor: currentUser(request), lang: ctx.lang, by });
      if (by === 'maintainer' && data.organizations.length === 0) throw notFound('organisation');
      return <EventFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={form} action={action} />;
    };
  const maintainerForm = newFormView('maintainer', '/my/events');
  const administratorForm = newFormView('administrator', '/admin/events');

  /** Only maintainers send events (others are refused before any form is read). */
  const maintainers = async (request: FastifyRequest) => {
    if (!currentUser(request).roles.some((r) => r.role === 'maintainer')) throw forbidden('not a maintainer');
  };

  app.get('/my/events/new', { preHandler: [requireUser, maintainers] }, async (request, reply) => sendPage(reply, await maintainerForm(request, reply, emptyForm())));

  app.post('/my/events', { preHandler: [verifyCsrf, requireUser, maintainers], config: { form: maintainerForm } }, async (request, reply) => {
    const input = parseForm(eventForm, request.body);
    await createEvent({ db, actor: currentUser(request), input, by: 'maintainer' });
    return reply.redirect(pageContext(request).href('/my/events?done=sent'), 303);
  });

  // Administrators: the pending list, decisions, writing an event.
  const administrators = async (request: FastifyRequest) => {
    requireEventAdministrator(currentUser(request));
  };

  app.get('/admin/events', { preHandler: [requireUser, administrators] }, async (request, reply) => {
    const lists = await listAdminEvents({ db, actor: currentUser(request), now: new Date() });
    return sendPage(reply, <AdminEventsPage ctx={pageContext(request)} csrf={reply.generateCsrf()} pending={lists.pending} upcoming={lists.upcoming} notice={doneNotice(request)} />);
  });

  app.get('/admin/events/new', { preHandler: [requireUser, administrators] }, async (request, reply) => sendPage(reply, await administratorForm(request, reply, emptyForm())));

  app.post('/admin/events', { preHandler: [verifyCsrf, requireUser, administrators], config: { form: administratorForm } }, async (request, reply) => {
    const input = parseForm(eventForm, request.body);
    const { id } = await createEvent({ db, actor: currentUser(request), input, by: 'administrator' });
    return reply.redirect(pageContext(request).href(`/events/${id}?done=created`), 303);
  });

  app.post('/admin/events/:id/decision', { preHandler: [verifyCsrf, requireUser, administrators] }, async (request, reply) => {
    const id = parseId(request);
    await requireEventReviewer(db, currentUser(request), id);
    const { decision } = parseForm(decisionForm, request.body);
    await decideEvent({ db, actor: currentUser(request), id, decision });
    return reply.redirect(pageContext(request).href(`/admin/events?done=${decision === 'approve' ? 'approved' : 'rejected'}`), 303);
  });

  // The edit form: the event's maintainers and the administrators of its regions.
  const editFormView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const id = parseId(request);
    const actor = currentUser(request);
    const event = await requireEditableEvent(db, actor, id);
    const by = event.organizationId && actor.roles.some((r) => r.role === 'maintainer' && r.scopeId === event.organizationId) ? 'maintainer' : 'administrator';
    const data = await getEventForm({ db, actor, lang: ctx.lang, by, eventId: id });
    return <EventFormPage ctx={ctx} csrf={reply.generateCsrf()} data={data} form={form} action={`/events/${id}/edit`} />;
  };

  const editors = async (request: FastifyRequest) => {
    await requireEditableEvent(db, currentUser(request), parseId(request));
  };

  app.get('/events/:id/edit', { preHandler: [requireUser, editors] }, async (request, reply) => sendPage(reply, await editFormView(request, reply, emptyForm())));

  app.post('/events/:id/edit', { preHandler: [verifyCsrf, requireUser, editors], config: { form: editFormView } }, async (request, reply: FastifyReply) => {
    const id = parseId(request);
    const input = parseForm(eventForm, request.body);
    await updateEvent({ db, actor: currentUser(request), id, input });
    return reply.redirect(pageContext(request).href(`/events/${id}?done=saved`), 303);
  });
};

/**
 * Header links (see "Header links" in docs/architecture.md): "Omat tapahtumat" for maintainers (no query), and
 * "Tapahtumat (n)" for administrators, n = events awaiting their approval. Registered once at the root.
 */
const headerPlugin: FastifyPluginAsync = async (app) => {
  app.addHook('preHandler', async (request) => {
    if (!request.headerLinks || !request.user || request.url.startsWith('/static/') || request.url.startsWith('/api/') || request.url.startsWith('/healthz')) return;
    const t = translator(request.lang);
    const pending = await countPendingEvents({ db: app.deps.db, user: request.user });
    if (pending !== null) request.headerLinks.push({ href: '/admin/events', label: t('events.admin.title'), count: pending, id: 'events-admin-link' });
    if (request.user.roles.some((r) => r.role === 'maintainer')) request.headerLinks.push({ href: '/my/events', label: t('events.my.title'), id: 'events-my-link' });
  });
};
(headerPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export const eventsHeaderPlugin = headerPlugin;
