import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { CSV_CONTENT_TYPE } from '../../platform/http/csv.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { centreParams } from './centres.schema.js';
import { centreReportCsv } from './centre-report.csv.js';
import { CentreReportPage } from './centre-report.views.js';
import { createMeeting } from './create-meeting.js';
import { getCentreReport } from './get-centre-report.js';
import { getMeeting, getMeetingIcal } from './get-meeting.js';
import { getMeetingForm } from './get-meeting-form.js';
import { listMeetingsOfCentre } from './list-centre-meetings.js';
import { listMyMeetings } from './list-my-meetings.js';
import { requireFollowUpWriter, requireMeetingOrganiser, requireReportReader } from './meetings.policy.js';
import { followUpForm, invitationParams, meetingDoneQuery, meetingForm, meetingParams, recordForm, registrationForm, reportQuery, staffRegistrationForm } from './meetings.schema.js';
import { CentreMeetingsPage, FollowUpFormPage, MeetingFormPage, MeetingPageView, MyMeetingsPage, RecordFormPage, RecordPage, StaffInvitationPage } from './meetings.views.js';
import { getFollowUp, recordFollowUp } from './record-follow-up.js';
import { registerForMeeting } from './register-for-meeting.js';
import { getStaffInvitation, registerStaff } from './staff-invitation.js';
import { writeMeetingRecord } from './write-meeting-record.js';

/**
 * Municipal NGO meetings, the follow-up of agreements and a centre's report (issue 14, items 6 and 7; mounted for
 * fi, /sv and /en): organisers (the centre's liaisons, its region's administrators) create meetings, see the
 * registrations, write the record and read the report; invited organisations' maintainers register; staff answer
 * through their personal link; a liaison records each agreement's follow-up. Access through meetings.policy.ts here
 * and again in each use case.
 */
export const centreMeetingsPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;
  const now = () => app.deps.now?.() ?? new Date();

  const centreIdOf = (params: unknown): string => {
    const parsed = centreParams.safeParse(params);
    if (!parsed.success) throw notFound('centre');
    return parsed.data.id;
  };
  const meetingIdOf = (params: unknown): string => {
    const parsed = meetingParams.safeParse(params);
    if (!parsed.success) throw notFound('meeting');
    return parsed.data.id;
  };
  const tokenOf = (params: unknown): string => {
    const parsed = invitationParams.safeParse(params);
    if (!parsed.success) throw notFound('invitation');
    return parsed.data.token;
  };
  const notice = (request: FastifyRequest): string | undefined => {
    const { done } = meetingDoneQuery.parse(request.query ?? {});
    return done ? pageContext(request).t(`meetings.done.${done}`) : undefined;
  };
  const organisers = async (request: FastifyRequest) => {
    await requireMeetingOrganiser(db, currentUser(request), centreIdOf(request.params));
  };
  const reportReaders = async (request: FastifyRequest) => {
    await requireReportReader(db, currentUser(request), centreIdOf(request.params));
  };

  // Organisers: a centre's meetings, a new meeting.
  app.get('/centres/:id/meetings', { preHandler: [requireUser, organisers] }, async (request, reply) => {
    const data = await listMeetingsOfCentre({ db, actor: currentUser(request), centreId: centreIdOf(request.params), now: now() });
    return sendPage(reply, <CentreMeetingsPage ctx={pageContext(request)} data={data} notice={notice(request)} />);
  });

  const meetingFormView: FormRenderer = async (request, reply, form) => {
    const data = await getMeetingForm({ db, actor: currentUser(request), centreId: centreIdOf(request.params) });
    return <MeetingFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} data={data} form={form} />;
  };

  app.get('/centres/:id/meetings/new', { preHandler: [requireUser, organisers] }, async (request, reply) => sendPage(reply, await meetingFormView(request, reply, emptyForm())));

  app.post('/centres/:id/meetings', { preHandler: [verifyCsrf, requireUser, organisers], config: { form: meetingFormView } }, async (request, reply) => {
    const input = parseForm(meetingForm, request.body);
    const { id } = await createMeeting({ db, actor: currentUser(request), centreId: centreIdOf(request.params), input, now: now() });
    return reply.redirect(pageContext(request).href(`/meetings/${id}?done=created`), 303);
  });

  // A meeting: organisers and the invited organisations' maintainers (others: 404).
  const viewers = async (request: FastifyRequest) => {
    await getMeeting({ db, actor: currentUser(request), id: meetingIdOf(request.params), now: now() });
  };
  const meetingView: FormRenderer = async (request, reply, form) => {
    const page = await getMeeting({ db, actor: currentUser(request), id: meetingIdOf(request.params), now: now() });
    return <MeetingPageView ctx={pageContext(request)} csrf={reply.generateCsrf()} page={page} form={form} notice={notice(request)} />;
  };

  app.get('/my/meetings', { preHandler: requireUser }, async (request, reply) => {
    const meetings = await listMyMeetings({ db, actor: currentUser(request) });
    return sendPage(reply, <MyMeetingsPage ctx={pageContext(request)} meetings={meetings} />);
  });

  app.get('/meetings/:id', { preHandler: [requireUser, viewers] }, async (request, reply) => sendPage(reply, await meetingView(request, reply, emptyForm())));

  app.post('/meetings/:id/registration', { preHandler: [verifyCsrf, requireUser, viewers], config: { form: meetingView } }, async (request, reply) => {
    const id = meetingIdOf(request.params);
    const input = parseForm(registrationForm, request.body);
    const done = await registerForMeeting({ db, actor: currentUser(request), id, input, now: now() });
    return reply.redirect(pageContext(request).href(`/meetings/${id}?done=${done}`), 303);
  });

  app.get('/meetings/:id/calendar.ics', { preHandler: [requireUser, viewers] }, async (request, reply) => {
    const id = meetingIdOf(request.params);
    const ctx = pageContext(request);
    const ics = await getMeetingIcal({
      db,
      actor: currentUser(request),
      id,
      lang: ctx.lang,
      url: `${app.deps.config.baseUrl}${ctx.href(`/meetings/${id}`)}`,
      labels: { postponed: ctx.t('centres.agreementStatus.countered'), online: ctx.t('meetings.page.online') },
    });
    return reply.type('text/calendar; charset=utf-8').header('content-disposition', `attachment; filename="tapaaminen-${id}.ics"`).header('cache-control', 'private, no-cache').send(ics);
  });

  app.get('/meetings/:id/record', { preHandler: [requireUser, viewers] }, async (request, reply) => {
    const page = await getMeeting({ db, actor: currentUser(request), id: meetingIdOf(request.params), now: now() });
    return sendPage(reply, <RecordPage ctx={pageContext(request)} page={page} />);
  });

  // The record: organisers only (checked in the use case too).
  const recordOrganisers = async (request: FastifyRequest) => {
    const page = await getMeeting({ db, actor: currentUser(request), id: meetingIdOf(request.params), now: now() });
    await requireMeetingOrganiser(db, currentUser(request), page.meeting.centreId);
  };
  const recordView: FormRenderer = async (request, reply, form) => {
    const page = await getMeeting({ db, actor: currentUser(request), id: meetingIdOf(request.params), now: now() });
    return <RecordFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} page={page} form={form} />;
  };

  app.get('/meetings/:id/record/edit', { preHandler: [requireUser, recordOrganisers] }, async (request, reply) => sendPage(reply, await recordView(request, reply, emptyForm())));

  app.post('/meetings/:id/record', { preHandler: [verifyCsrf, requireUser, recordOrganisers], config: { form: recordView } }, async (request, reply) => {
    const id = meetingIdOf(request.params);
    const input = parseForm(recordForm, request.body);
    await writeMeetingRecord({ db, actor: currentUser(request), id, input, now: now() });
    return reply.redirect(pageContext(request).href(`/meetings/${id}?done=recorded`), 303);
  });

  // A member of staff, by the secret link of their invitation (no account; a wrong token is not found).
  const staffView: FormRenderer = async (request, reply, form) => {
    const invitation = await getStaffInvitation({ db, token: tokenOf(request.params), now: now() });
    return <StaffInvitationPage ctx={pageContext(request)} csrf={reply.generateCsrf()} invitation={invitation} form={form} notice={notice(request)} />;
  };
  const staffHeaders = (reply: { header: (k: string, v: string) => unknown }) => {
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-robots-tag', 'noindex');
    reply.header('cache-control', 'no-store');
  };

  /** The token is the only credential: checked before the form, so a wrong one is a 404 whatever is posted. */
  const staffTokens = async (request: FastifyRequest) => {
    await getStaffInvitation({ db, token: tokenOf(request.params), now: now() });
  };

  app.get('/meeting-invitations/:token', { preHandler: staffTokens }, async (request, reply) => {
    staffHeaders(reply);
    return sendPage(reply, await staffView(request, reply, emptyForm()));
  });

  app.post('/meeting-invitations/:token', { preHandler: [verifyCsrf, staffTokens], config: { form: staffView } }, async (request, reply) => {
    const token = tokenOf(request.params);
    const input = parseForm(staffRegistrationForm, request.body);
    const done = await registerStaff({ db, token, input, now: now() });
    staffHeaders(reply);
    // The address holds the secret: answer with the page itself rather than a redirect that would repeat it.
    const invitation = await getStaffInvitation({ db, token, now: now() });
    return sendPage(reply, <StaffInvitationPage ctx={pageContext(request)} csrf={reply.generateCsrf()} invitation={invitation} form={emptyForm()} notice={pageContext(request).t(`meetings.done.${done}`)} />);
  });

  // Follow-up of an agreement: a liaison of its centre only.
  const agreementIdOf = (params: unknown): string => {
    const parsed = meetingParams.safeParse(params);
    if (!parsed.success) throw notFound('agreement');
    return parsed.data.id;
  };
  const followUpWriters = async (request: FastifyRequest) => {
    const page = await getFollowUp({ db, actor: currentUser(request), id: agreementIdOf(request.params), now: now() });
    await requireFollowUpWriter(db, currentUser(request), page.agreement);
  };
  const followUpView: FormRenderer = async (request, reply, form) => {
    const page = await getFollowUp({ db, actor: currentUser(request), id: agreementIdOf(request.params), now: now() });
    return <FollowUpFormPage ctx={pageContext(request)} csrf={reply.generateCsrf()} page={page} form={form} notice={notice(request)} />;
  };

  app.get('/agreements/:id/follow-up', { preHandler: [requireUser, followUpWriters] }, async (request, reply) => sendPage(reply, await followUpView(request, reply, emptyForm())));

  app.post('/agreements/:id/follow-up', { preHandler: [verifyCsrf, requireUser, followUpWriters], config: { form: followUpView } }, async (request, reply) => {
    const id = agreementIdOf(request.params);
    const input = parseForm(followUpForm, request.body);
    await recordFollowUp({ db, actor: currentUser(request), id, input, now: now() });
    return reply.redirect(pageContext(request).href(`/agreements/${id}/follow-up?done=followedUp`), 303);
  });

  // A centre's report: its liaisons and its region's administrators.
  app.get('/centres/:id/report', { preHandler: [requireUser, reportReaders] }, async (request, reply) => {
    const report = await getCentreReport({ db, actor: currentUser(request), centreId: centreIdOf(request.params), query: reportQuery.parse(request.query ?? {}), now: now() });
    return sendPage(reply, <CentreReportPage ctx={pageContext(request)} report={report} />);
  });

  app.get('/centres/:id/report.csv', { preHandler: [requireUser, reportReaders] }, async (request, reply) => {
    const report = await getCentreReport({ db, actor: currentUser(request), centreId: centreIdOf(request.params), query: reportQuery.parse(request.query ?? {}), now: now() });
    const ctx = pageContext(request);
    return reply
      .type(CSV_CONTENT_TYPE)
      .header('content-disposition', `attachment; filename="yhteistyoraportti-${report.from}-${report.until}.csv"`)
      .header('cache-control', 'private, no-cache')
      .send(centreReportCsv(report, ctx.t, ctx.lang));
  });
};
