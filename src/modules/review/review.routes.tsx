import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { emptyForm, parseForm, type FormRenderer } from '../../platform/http/form.js';
import { listAnnouncementsForReview } from '../news/list-announcements-for-review.js';
import { listNewsRegionsOf } from '../news/list-news-regions.js';
import { decideSubmission } from './decide-submission.js';
import { getSubmissionReview } from './get-submission-review.js';
import { listAuditLog } from './list-audit-log.js';
import { listReviewQueue } from './list-review-queue.js';
import { requireReviewerOf } from './review.policy.js';
import { auditQuery, decisionForm, queueQuery, reviewQuery, submissionParams } from './review.schema.js';
import { AuditPage, QueuePage, ReviewPage } from './review.views.js';

const reviewers = requireRole('platform_admin', 'regional_admin');

/** The review queue, one submission's review page with the decision form, and the audit log. */
export const reviewPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;

  /** The review page with its decision form (empty, or shown again with its errors: platform/http/form.ts). */
  const reviewView: FormRenderer = async (request, reply, form) => {
    const ctx = pageContext(request);
    const { id } = submissionParams.parse(request.params);
    const review = await getSubmissionReview({ db, actor: currentUser(request), submissionId: id, lang: ctx.lang });
    if (!review) throw notFound('submission');
    const { done } = reviewQuery.parse(request.query ?? {});
    return <ReviewPage ctx={ctx} csrf={reply.generateCsrf()} review={review} form={form} notice={done ? ctx.t(`review.done.${done}`) : undefined} />;
  };

  app.get('/admin/review', { preHandler: reviewers }, async (request, reply) => {
    const q = queueQuery.parse(request.query ?? {});
    const ctx = pageContext(request);
    const queue = await listReviewQueue({ db, actor: currentUser(request), status: q.status ?? 'awaiting_review', lang: ctx.lang, page: q.page ?? 1 });
    // The regional portals' announcements awaiting review (src/modules/news) are decided beside the submissions.
    const announcements = await listAnnouncementsForReview({ db, actor: currentUser(request), lang: ctx.lang });
    const newsRegions = await listNewsRegionsOf({ db, actor: currentUser(request), lang: ctx.lang });
    return sendPage(reply, <QueuePage ctx={ctx} queue={queue} announcements={announcements} newsRegions={newsRegions} />);
  });

  app.get('/admin/review/:id', { preHandler: reviewers }, async (request, reply) => {
    return sendPage(reply, await reviewView(request, reply, emptyForm()));
  });

  app.post('/admin/review/:id', { preHandler: [verifyCsrf, reviewers], config: { form: reviewView } }, async (request, reply) => {
    const { id } = submissionParams.parse(request.params);
    const actor = currentUser(request);
    // Before the form is read: its errors are shown on the review page, which only the submission's reviewer may see.
    await requireReviewerOf(db, actor, id);
    const input = parseForm(decisionForm, request.body);
    const done = await decideSubmission({ db, actor, submissionId: id, decision: input.decision, message: input.message });
    return reply.redirect(pageContext(request).href(`/admin/review/${id}?done=${done}`), 303);
  });

  app.get('/admin/audit', { preHandler: reviewers }, async (request, reply) => {
    const q = auditQuery.parse(request.query ?? {});
    const log = await listAuditLog({ db, actor: currentUser(request), organizationId: q.organization, page: q.page ?? 1 });
    return sendPage(reply, <AuditPage ctx={pageContext(request)} log={log} />);
  });
};
