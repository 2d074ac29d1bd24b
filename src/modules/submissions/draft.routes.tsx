import type { FastifyPluginAsync, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { currentUser, requireUser, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, formValue, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { addDraftActivity } from './add-draft-activity.js';
import { isDraftStep, nextDraftStep, validateDraft } from './draft.schema.js';
import { getDraftActivity } from './get-draft-activity.js';
import { getSubmission } from './get-submission.js';
import { removeDraftActivity } from './remove-draft-activity.js';
import { saveDraftActivity } from './save-draft-activity.js';
import { saveDraftStep } from './save-draft-step.js';
import { startJoin } from './start-join.js';
import { isEditable } from './submissions.policy.js';
import { draftForm, reasonForm } from './submissions.schema.js';
import { ActivityPage, DraftStepPage, RemoveActivityPage, SubmissionStatusPage, submissionPath } from './submissions.views.js';
import { submitSubmission } from './submit-submission.js';

const idParams = z.object({ id: z.string() });
const stepParams = z.object({ id: z.string(), step: z.string() });
const activityParams = z.object({ id: z.string(), activityId: z.string() });
const flags = z.object({ saved: z.string().optional().catch(undefined), sent: z.string().optional().catch(undefined) }).loose();

const signedIn = { preHandler: requireUser };
const signedInPost = { preHandler: [verifyCsrf, requireUser] };

/** The submission of the URL as its creator or maintainer sees it (NOT_FOUND for anyone else). */
async function submissionOf(request: FastifyRequest) {
  const view = await getSubmission({ db: request.server.deps.db, submissionId: idParams.parse(request.params).id, userId: currentUser(request).id });
  if (!view) throw notFound('submission');
  return view;
}

/** The activity of the URL in the submission of the URL, with whether it is published. */
async function activityOf(request: FastifyRequest) {
  const { id, activityId } = activityParams.parse(request.params);
  const found = await getDraftActivity({ db: request.server.deps.db, submissionId: id, activityId, userId: currentUser(request).id });
  if (!found) throw notFound('activity');
  return found;
}

/** A step shown again after saving it with errors (the draft is saved as typed; "save" also says so). */
const stepView: FormRenderer = async (request, reply, { values, errors }) => {
  const { step } = stepParams.parse(request.params);
  if (!isDraftStep(step)) throw notFound('step');
  const view = await submissionOf(request);
  const saved = formValue(values, 'action') === 'save';
  return <DraftStepPage ctx={pageContext(request)} csrf={reply.generateCsrf()} view={view} step={step} errors={errors} saved={saved} userEmail={currentUser(request).email} />;
};

/** The check-and-submit step with the errors that kept the draft from being sent. */
const reviewView: FormRenderer = async (request, reply, { errors }) => {
  const view = await submissionOf(request);
  return <DraftStepPage ctx={pageContext(request)} csrf={reply.generateCsrf()} view={view} step="review" errors={errors} userEmail={currentUser(request).email} />;
};

/** One activity's form, saved as typed, with its errors. */
const activityView: FormRenderer = async (request, reply, { errors }) => {
  const { view, activity } = await activityOf(request);
  return <ActivityPage ctx={pageContext(request)} csrf={reply.generateCsrf()} view={view} activity={activity} errors={errors} />;
};

/** Removing an activity: confirmation, with the reason asked for a published one. */
const removeView: FormRenderer = async (request, reply, form) => {
  const { view, activity, published } = await activityOf(request);
  return <RemoveActivityPage ctx={pageContext(request)} csrf={reply.generateCsrf()} view={view} activity={activity} published={published} form={form} />;
};

/**
 * The draft form of a submission: its steps, its activities, check and submit. Every page needs a signed-in user
 * (else 303 to sign-in and back); the use cases let only the creator and the organisation's maintainers in (404
 * for anyone else) and change only an editable submission (409). A step is saved as typed even with errors: the
 * use case then throws the errors and the step is shown again (400).
 */
export const draftPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  app.post('/my/submissions', signedInPost, async (request, reply) => {
    const id = await startJoin({ db, userId: currentUser(request).id });
    return reply.redirect(pageContext(request).href(submissionPath(id)), 303);
  });

  app.get('/my/submissions/:id', signedIn, async (request, reply) => {
    const view = await submissionOf(request);
    const ctx = pageContext(request);
    if (isEditable(view)) return reply.redirect(ctx.href(submissionPath(view.id, `/${isDraftStep(view.step) ? view.step : 'organisation'}`)), 303);
    return sendPage(reply, <SubmissionStatusPage ctx={ctx} view={view} justSent={flags.parse(request.query).sent === '1'} />);
  });

  app.get('/my/submissions/:id/:step', signedIn, async (request, reply) => {
    const { step } = stepParams.parse(request.params);
    if (!isDraftStep(step)) throw notFound('step');
    const view = await submissionOf(request);
    const ctx = pageContext(request);
    if (!isEditable(view)) return reply.redirect(ctx.href(submissionPath(view.id)), 303);
    // The check-and-submit step shows every error at once; other steps show errors only after a save.
    const errors = step === 'review' ? validateDraft(view.draft) : {};
    const saved = flags.parse(request.query).saved === '1';
    return sendPage(reply, <DraftStepPage ctx={ctx} csrf={reply.generateCsrf()} view={view} step={step} errors={errors} saved={saved} userEmail={currentUser(request).email} />);
  });

  app.post('/my/submissions/:id/:step', { ...signedInPost, config: { form: stepView } }, async (request, reply) => {
    const { id, step } = stepParams.parse(request.params);
    if (!isDraftStep(step) || step === 'review') throw notFound('step');
    const { action, ...fields } = parseForm(draftForm, request.body);
    await saveDraftStep({ db, submissionId: id, userId: currentUser(request).id, step, fields });
    const ctx = pageContext(request);
    if (action === 'save') return reply.redirect(`${ctx.href(submissionPath(id, `/${step}`))}?saved=1`, 303);
    return reply.redirect(ctx.href(submissionPath(id, `/${nextDraftStep(step)}`)), 303);
  });

  app.post('/my/submissions/:id/submit', { ...signedInPost, config: { form: reviewView } }, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    await submitSubmission({ db, submissionId: id, userId: currentUser(request).id });
    return reply.redirect(`${pageContext(request).href(submissionPath(id))}?sent=1`, 303);
  });

  app.post('/my/submissions/:id/activities/new', signedInPost, async (request, reply) => {
    const { id } = idParams.parse(request.params);
    const activityId = await addDraftActivity({ db, submissionId: id, userId: currentUser(request).id });
    return reply.redirect(pageContext(request).href(submissionPath(id, `/activities/${activityId}`)), 303);
  });

  app.get('/my/submissions/:id/activities/:activityId', signedIn, async (request, reply) => {
    const { view, activity } = await activityOf(request);
    const ctx = pageContext(request);
    if (!isEditable(view)) return reply.redirect(ctx.href(submissionPath(view.id)), 303);
    return sendPage(reply, <ActivityPage ctx={ctx} csrf={reply.generateCsrf()} view={view} activity={activity} errors={{}} />);
  });

  app.post('/my/submissions/:id/activities/:activityId', { ...signedInPost, config: { form: activityView } }, async (request, reply) => {
    const { id, activityId } = activityParams.parse(request.params);
    const { action, ...fields } = parseForm(draftForm, request.body);
    await saveDraftActivity({ db, submissionId: id, activityId, userId: currentUser(request).id, fields });
    const ctx = pageContext(request);
    if (action === 'save') return reply.redirect(`${ctx.href(submissionPath(id, `/activities/${activityId}`))}?saved=1`, 303);
    return reply.redirect(ctx.href(submissionPath(id, '/activities')), 303);
  });

  app.get('/my/submissions/:id/activities/:activityId/remove', signedIn, async (request, reply) => {
    const { view, activity, published } = await activityOf(request);
    const ctx = pageContext(request);
    if (!isEditable(view)) return reply.redirect(ctx.href(submissionPath(view.id)), 303);
    const form = emptyForm({ reason: '' });
    return sendPage(reply, <RemoveActivityPage ctx={ctx} csrf={reply.generateCsrf()} view={view} activity={activity} published={published} form={form} />);
  });

  app.post('/my/submissions/:id/activities/:activityId/remove', { ...signedInPost, config: { form: removeView } }, async (request, reply) => {
    const { id, activityId } = activityParams.parse(request.params);
    const { reason } = parseForm(reasonForm, request.body);
    await removeDraftActivity({ db, submissionId: id, activityId, userId: currentUser(request).id, reason });
    return reply.redirect(pageContext(request).href(submissionPath(id, '/activities')), 303);
  });
};
