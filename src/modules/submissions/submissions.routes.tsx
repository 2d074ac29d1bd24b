import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { isPlausibleEmail, normalizeEmail, safeReturnPath } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { signOut } from '../../platform/auth/sign-out.js';
import { setSessionCookie, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { newId } from '../../platform/ids.js';
import { addMaintainer } from './add-maintainer.js';
import { archiveActivity } from './archive-activity.js';
import { archiveOrganization } from './archive-organization.js';
import { checkJoinLink, consumeJoinLink } from './consume-join-link.js';
import { DRAFT_STEPS, emptyActivity, isDraftStep, validateDraft, type DraftErrors, type DraftStep } from './draft.schema.js';
import { activityFromForm, applyOrganizationStep, one, type FormBody } from './draft.form.js';
import { getMaintainedOrganization } from './get-maintained-organization.js';
import { getSubmission, type SubmissionView } from './get-submission.js';
import { ConfirmJoinPage, ForOrganisationsPage, JoinMessagePage } from './join.views.js';
import { listMyOrganisations } from './list-my-organisations.js';
import { ArchivePage, MaintainersPage, MyOrganisationsPage } from './my.views.js';
import { removeMaintainer } from './remove-maintainer.js';
import { requestJoinLink } from './request-join-link.js';
import { saveDraft } from './save-draft.js';
import { startChange } from './start-change.js';
import { startJoin } from './start-join.js';
import { isEditable } from './submissions.policy.js';
import { findActivitySummary } from './submissions.repo.js';
import {
  ActivitiesStepPage,
  ActivityPage,
  ContactStepPage,
  MaintainersStepPage,
  OrganisationStepPage,
  RemoveActivityPage,
  ReviewStepPage,
  SubmissionStatusPage,
  submissionPath,
} from './submissions.views.js';
import { submitSubmission } from './submit-submission.js';

const tokenParams = z.object({ token: z.string().max(200) });
const idParams = z.object({ id: z.string().max(100) });
const stepParams = z.object({ id: z.string().max(100), step: z.string().max(40) });
const activityParams = z.object({ id: z.string().max(100), activityId: z.string().max(100) });
const flagQuery = z.object({ saved: z.string().optional(), sent: z.string().optional(), done: z.string().max(40).optional() }).loose();

function body(request: FastifyRequest): FormBody {
  const b = request.body;
  return typeof b === 'object' && b !== null ? (b as FormBody) : {};
}

/** The signed-in user, or a 303 to the sign-in page (and null). */
function signedIn(request: FastifyRequest, reply: FastifyReply): SessionUser | null {
  if (request.user) return request.user;
  // After signing in, the person lands back on the page they asked for (e.g. the edit link of a reminder mail).
  const next = safeReturnPath(request.url.split('?')[0]);
  reply.redirect(`${pageContext(request).href('/sign-in')}${next ? `?next=${encodeURIComponent(next)}` : ''}`, 303);
  return null;
}

function nextStep(step: DraftStep): DraftStep {
  return DRAFT_STEPS[Math.min(DRAFT_STEPS.indexOf(step) + 1, DRAFT_STEPS.length - 1)]!;
}

function activityErrors(errors: DraftErrors, index: number): DraftErrors {
  const prefix = `activities.${index}.`;
  const out: DraftErrors = {};
  for (const [k, v] of Object.entries(errors)) if (k.startsWith(prefix)) out[k.slice(prefix.length)] = v;
  return out;
}

const DONE_NOTICES: Record<string, MessageKey> = {
  added: 'submissions.maintainers.added',
  already: 'submissions.maintainers.already',
  removed: 'submissions.maintainers.removed',
  archived: 'submissions.archive.done',
  activityArchived: 'submissions.archive.activityDone',
};

/**
 * Joining ("Järjestöille", join link), the multi-step draft form, editing a published organisation, co-maintainers
 * and archiving. Mounted for fi, /sv and /en. Every POST checks CSRF; every page checks access in its use case.
 */
export const submissionsPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  // ---- "Järjestöille" and the join link ----

  app.get('/for-organisations', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <ForOrganisationsPage ctx={ctx} csrf={reply.generateCsrf()} email="" signedIn={!!request.user} />);
  });

  app.post('/for-organisations', { preHandler: verifyCsrf }, async (request, reply) => {
    const ctx = pageContext(request);
    const typed = one(body(request), 'email').trim().slice(0, 1000);
    const email = normalizeEmail(typed);
    const error: MessageKey | undefined = email === '' ? 'auth.signIn.emailMissing' : !isPlausibleEmail(email) ? 'auth.signIn.emailInvalid' : undefined;
    if (error) return sendPage(reply, <ForOrganisationsPage ctx={ctx} csrf={reply.generateCsrf()} email={typed} error={error} signedIn={!!request.user} />, 400);
    for (const limit of [app.signInLimits.byIp, app.signInLimits.byEmail]) {
      const r = await limit(request);
      if (!r.isAllowed && r.isExceeded) {
        reply.header('retry-after', String(Math.max(1, r.ttlInSeconds ?? 60)));
        return sendPage(reply, <JoinMessagePage ctx={ctx} title={ctx.t('auth.rateLimit.title')} body={ctx.t('auth.rateLimit.body')} />, 429);
      }
    }
    await requestJoinLink({ db, email, lang: ctx.lang });
    return reply.redirect(ctx.href('/for-organisations/sent'), 303);
  });

  app.get('/for-organisations/sent', async (request, reply) => {
    const ctx = pageContext(request);
    return sendPage(reply, <JoinMessagePage ctx={ctx} title={ctx.t('submissions.joinSent.title')} body={ctx.t('submissions.joinSent.body')} />);
  });

  const invalidLink = (request: FastifyRequest, reply: FastifyReply) => {
    const ctx = pageContext(request);
    return sendPage(
      reply,
      <JoinMessagePage ctx={ctx} title={ctx.t('auth.invalid.title')} body={ctx.t('submissions.joinLink.invalid')} link={[ctx.t('submissions.joinLink.again'), ctx.href('/for-organisations')]} />,
      410,
    );
  };

  app.get('/join/:token', async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    if (!(await checkJoinLink({ db, token }))) return invalidLink(request, reply);
    return sendPage(reply, <ConfirmJoinPage ctx={pageContext(request)} csrf={reply.generateCsrf()} token={token} />);
  });

  app.post('/join/:token', { preHandler: verifyCsrf }, async (request, reply) => {
    const { token } = tokenParams.parse(request.params);
    const ctx = pageContext(request);
    const opened = await consumeJoinLink({ db, token, lang: ctx.lang });
    if (!opened) return invalidLink(request, reply);
    if (request.sessionSecret) await signOut({ db, sessionSecret: request.sessionSecret });
    setSessionCookie(reply, opened.sessionSecret);
    return reply.redirect(ctx.href(submissionPath(opened.submissionId)), 303);
  });

  // ---- the maintainer's own page ----

  app.get('/my/organisations', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const ctx = pageContext(request);
    const { done } = flagQuery.parse(request.query);
    const mine = await listMyOrganisations({ db, userId: user.id });
    const notice = done && DONE_NOTICES[done] ? ctx.t(DONE_NOTICES[done]) : undefined;
    return sendPage(reply, <MyOrganisationsPage ctx={ctx} csrf={reply.generateCsrf()} email={user.email} {...mine} notice={notice} />);
  });

  app.get('/my/organisations/:id', async (request, reply) => reply.redirect(pageContext(request).href('/my/organisations'), 303));

  app.post('/my/submissions', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const id = await db.transaction().execute((trx) => startJoin({ db: trx, userId: user.id, fresh: true }));
    return reply.redirect(pageContext(request).href(submissionPath(id)), 303);
  });

  // ---- the draft form ----

  app.get('/my/submissions/:id', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const view = await getSubmission({ db, submissionId: id, userId: user.id });
    if (isEditable(view)) return reply.redirect(ctx.href(submissionPath(view.id, `/${isDraftStep(view.step) ? view.step : 'organisation'}`)), 303);
    const { sent } = flagQuery.parse(request.query);
    return sendPage(reply, <SubmissionStatusPage ctx={ctx} view={view} justSent={sent === '1'} />);
  });

  const renderStep = (request: FastifyRequest, reply: FastifyReply, view: SubmissionView, step: DraftStep, errors: DraftErrors, status: number, saved = false) => {
    const ctx = pageContext(request);
    const props = { ctx, csrf: reply.generateCsrf(), view, errors, saved };
    const email = request.user?.email ?? '';
    switch (step) {
      case 'organisation':
        return sendPage(reply, <OrganisationStepPage {...props} />, status);
      case 'contact':
        return sendPage(reply, <ContactStepPage {...props} />, status);
      case 'maintainers':
        return sendPage(reply, <MaintainersStepPage {...props} userEmail={email} />, status);
      case 'activities':
        return sendPage(reply, <ActivitiesStepPage {...props} />, status);
      case 'review':
        return sendPage(reply, <ReviewStepPage {...props} userEmail={email} />, status);
    }
  };

  /** A submission that cannot be edited (awaiting review, decided): its status page, with 409 for a change attempt. */
  const notEditable = (request: FastifyRequest, reply: FastifyReply, view: SubmissionView, status = 409) =>
    sendPage(reply, <SubmissionStatusPage ctx={pageContext(request)} view={view} />, status);

  app.get('/my/submissions/:id/:step', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id, step } = stepParams.parse(request.params);
    if (!isDraftStep(step)) throw notFound('step');
    const view = await getSubmission({ db, submissionId: id, userId: user.id });
    if (!isEditable(view)) return reply.redirect(pageContext(request).href(submissionPath(view.id)), 303);
    const { saved } = flagQuery.parse(request.query);
    // The check-and-submit step shows every error at once; other steps show errors only after a save.
    const errors = step === 'review' ? validateDraft(view.draft) : {};
    return renderStep(request, reply, view, step, errors, 200, saved === '1');
  });

  app.post('/my/submissions/:id/:step', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id, step } = stepParams.parse(request.params);
    if (!isDraftStep(step) || step === 'review') throw notFound('step');
    const form = body(request);
    const before = await getSubmission({ db, submissionId: id, userId: user.id });
    if (!isEditable(before)) return notEditable(request, reply, before);
    const keepMaintainers = step === 'maintainers' && before.kind === 'change';
    const { draft, errors } = await saveDraft({
      db,
      submissionId: id,
      userId: user.id,
      step,
      change: (d) => (step === 'activities' || keepMaintainers ? d : applyOrganizationStep(d, step, form)),
    });
    const view = { ...before, draft };
    const ctx = pageContext(request);
    const action = one(form, 'action');
    if (Object.keys(errors).length > 0) return renderStep(request, reply, view, step, errors, 400, action === 'save');
    if (action === 'save') return reply.redirect(`${ctx.href(submissionPath(id, `/${step}`))}?saved=1`, 303);
    return reply.redirect(ctx.href(submissionPath(id, `/${nextStep(step)}`)), 303);
  });

  app.post('/my/submissions/:id/submit', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const view = await getSubmission({ db, submissionId: id, userId: user.id });
    if (!isEditable(view)) return notEditable(request, reply, view);
    const result = await submitSubmission({ db, submissionId: id, userId: user.id });
    if (!result.ok) return renderStep(request, reply, view, 'review', result.errors, 400);
    return reply.redirect(`${pageContext(request).href(submissionPath(id))}?sent=1`, 303);
  });

  // ---- activities of the draft ----

  app.post('/my/submissions/:id/activities/new', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const view = await getSubmission({ db, submissionId: id, userId: user.id });
    if (!isEditable(view)) return notEditable(request, reply, view);
    const activityId = newId();
    await saveDraft({ db, submissionId: id, userId: user.id, step: 'activities', change: (d) => ({ ...d, activities: [...d.activities, emptyActivity(activityId)] }) });
    return reply.redirect(pageContext(request).href(submissionPath(id, `/activities/${activityId}`)), 303);
  });

  const loadActivity = async (request: FastifyRequest, reply: FastifyReply, user: SessionUser) => {
    const { id, activityId } = activityParams.parse(request.params);
    const view = await getSubmission({ db, submissionId: id, userId: user.id });
    const index = view.draft.activities.findIndex((a) => a.id === activityId);
    if (index < 0) throw notFound('activity');
    return { view, index, activity: view.draft.activities[index]! };
  };

  app.get('/my/submissions/:id/activities/:activityId', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { view, activity } = await loadActivity(request, reply, user);
    if (!isEditable(view)) return reply.redirect(pageContext(request).href(submissionPath(view.id)), 303);
    return sendPage(reply, <ActivityPage ctx={pageContext(request)} csrf={reply.generateCsrf()} view={view} activity={activity} errors={{}} />);
  });

  app.post('/my/submissions/:id/activities/:activityId', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { view, index, activity } = await loadActivity(request, reply, user);
    if (!isEditable(view)) return notEditable(request, reply, view);
    const form = body(request);
    const { draft, errors } = await saveDraft({
      db,
      submissionId: view.id,
      userId: user.id,
      step: 'activities',
      change: (d) => ({ ...d, activities: d.activities.map((a) => (a.id === activity.id ? activityFromForm(a, form) : a)) }),
    });
    const saved = draft.activities.find((a) => a.id === activity.id) ?? activity;
    const own = activityErrors(errors, draft.activities.indexOf(saved) >= 0 ? draft.activities.indexOf(saved) : index);
    const ctx = pageContext(request);
    if (Object.keys(own).length > 0) {
      return sendPage(reply, <ActivityPage ctx={ctx} csrf={reply.generateCsrf()} view={{ ...view, draft }} activity={saved} errors={own} />, 400);
    }
    if (one(form, 'action') === 'save') return reply.redirect(`${ctx.href(submissionPath(view.id, `/activities/${activity.id}`))}?saved=1`, 303);
    return reply.redirect(ctx.href(submissionPath(view.id, '/activities')), 303);
  });

  const isPublished = async (organizationId: string, activityId: string) => {
    const row = await findActivitySummary(db, organizationId, activityId);
    return !!row && row.status !== 'archived';
  };

  app.get('/my/submissions/:id/activities/:activityId/remove', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { view, activity } = await loadActivity(request, reply, user);
    if (!isEditable(view)) return reply.redirect(pageContext(request).href(submissionPath(view.id)), 303);
    const published = await isPublished(view.organizationId, activity.id);
    return sendPage(reply, <RemoveActivityPage ctx={pageContext(request)} csrf={reply.generateCsrf()} view={view} activity={activity} published={published} reason="" />);
  });

  app.post('/my/submissions/:id/activities/:activityId/remove', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { view, activity } = await loadActivity(request, reply, user);
    if (!isEditable(view)) return notEditable(request, reply, view);
    const ctx = pageContext(request);
    const reason = one(body(request), 'reason').slice(0, 1000);
    const published = await isPublished(view.organizationId, activity.id);
    if (!activity.archived && published && !reason.trim()) {
      return sendPage(
        reply,
        <RemoveActivityPage ctx={ctx} csrf={reply.generateCsrf()} view={view} activity={activity} published error={ctx.t('submissions.error.archiveReason')} reason={reason} />,
        400,
      );
    }
    await saveDraft({
      db,
      submissionId: view.id,
      userId: user.id,
      step: 'activities',
      change: (d) => {
        if (activity.archived) {
          return {
            ...d,
            activities: d.activities.map((a) => {
              if (a.id !== activity.id) return a;
              const { archived: _archived, ...rest } = a;
              return rest;
            }),
          };
        }
        if (published) return { ...d, activities: d.activities.map((a) => (a.id === activity.id ? { ...a, archived: { reason: reason.trim() } } : a)) };
        return { ...d, activities: d.activities.filter((a) => a.id !== activity.id) };
      },
    });
    return reply.redirect(ctx.href(submissionPath(view.id, '/activities')), 303);
  });

  // ---- a published organisation: edit, co-maintainers, archive ----

  app.get('/my/organisations/:id/edit', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const submissionId = await startChange({ db, organizationId: id, userId: user.id });
    return reply.redirect(pageContext(request).href(submissionPath(submissionId)), 303);
  });

  app.get('/my/organisations/:id/maintainers', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const org = await getMaintainedOrganization({ db, organizationId: id, userId: user.id });
    const { done } = flagQuery.parse(request.query);
    const notice = done && DONE_NOTICES[done] ? ctx.t(DONE_NOTICES[done]) : undefined;
    return sendPage(reply, <MaintainersPage ctx={ctx} csrf={reply.generateCsrf()} org={org} userId={user.id} email="" notice={notice} />);
  });

  app.post('/my/organisations/:id/maintainers', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const typed = one(body(request), 'email').trim().slice(0, 1000);
    const result = typed
      ? await addMaintainer({ db, organizationId: id, email: typed, userId: user.id, lang: ctx.lang })
      : ({ ok: false, error: 'submissions.error.required' } as const);
    if (!result.ok) {
      const org = await getMaintainedOrganization({ db, organizationId: id, userId: user.id });
      return sendPage(reply, <MaintainersPage ctx={ctx} csrf={reply.generateCsrf()} org={org} userId={user.id} email={typed} error={ctx.t(result.error)} />, 400);
    }
    return reply.redirect(`${ctx.href(`/my/organisations/${id}/maintainers`)}?done=${result.added ? 'added' : 'already'}`, 303);
  });

  app.post('/my/organisations/:id/maintainers/remove', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const maintainerId = one(body(request), 'userId');
    const result = await removeMaintainer({ db, organizationId: id, maintainerId, userId: user.id });
    if (!result.ok) {
      const org = await getMaintainedOrganization({ db, organizationId: id, userId: user.id });
      return sendPage(reply, <MaintainersPage ctx={ctx} csrf={reply.generateCsrf()} org={org} userId={user.id} email="" notice={ctx.t(result.error)} />, 409);
    }
    // Removing oneself ends one's access to the organisation.
    if (maintainerId === user.id) return reply.redirect(`${ctx.href('/my/organisations')}?done=removed`, 303);
    return reply.redirect(`${ctx.href(`/my/organisations/${id}/maintainers`)}?done=removed`, 303);
  });

  app.get('/my/organisations/:id/archive', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const org = await getMaintainedOrganization({ db, organizationId: id, userId: user.id });
    return sendPage(reply, <ArchivePage ctx={pageContext(request)} csrf={reply.generateCsrf()} org={org} reason="" />);
  });

  app.post('/my/organisations/:id/archive', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id } = idParams.parse(request.params);
    const ctx = pageContext(request);
    const reason = one(body(request), 'reason');
    const result = await archiveOrganization({ db, organizationId: id, reason, userId: user.id });
    if (!result.ok) {
      const org = await getMaintainedOrganization({ db, organizationId: id, userId: user.id });
      return sendPage(reply, <ArchivePage ctx={ctx} csrf={reply.generateCsrf()} org={org} reason={reason} error={ctx.t(result.error)} />, 400);
    }
    return reply.redirect(`${ctx.href('/my/organisations')}?done=archived`, 303);
  });

  app.get('/my/organisations/:id/activities/:activityId/archive', async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id, activityId } = activityParams.parse(request.params);
    const org = await getMaintainedOrganization({ db, organizationId: id, userId: user.id });
    const activity = org.activities.find((a) => a.id === activityId);
    if (!activity) throw notFound('activity');
    return sendPage(reply, <ArchivePage ctx={pageContext(request)} csrf={reply.generateCsrf()} org={org} activity={activity} reason="" />);
  });

  app.post('/my/organisations/:id/activities/:activityId/archive', { preHandler: verifyCsrf }, async (request, reply) => {
    const user = signedIn(request, reply);
    if (!user) return reply;
    const { id, activityId } = activityParams.parse(request.params);
    const ctx = pageContext(request);
    const reason = one(body(request), 'reason');
    const result = await archiveActivity({ db, organizationId: id, activityId, reason, userId: user.id });
    if (!result.ok) {
      const org = await getMaintainedOrganization({ db, organizationId: id, userId: user.id });
      const activity = org.activities.find((a) => a.id === activityId);
      if (!activity) throw notFound('activity');
      return sendPage(reply, <ArchivePage ctx={ctx} csrf={reply.generateCsrf()} org={org} activity={activity} reason={reason} error={ctx.t(result.error)} />, 400);
    }
    return reply.redirect(`${ctx.href('/my/organisations')}?done=activityArchived`, 303);
  });
};
