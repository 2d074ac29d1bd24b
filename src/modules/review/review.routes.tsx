import type { FastifyPluginAsync, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { userWithRole, verifyCsrf } from '../../platform/auth/auth.plugin.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { AppError, notFound, badRequest } from '../../platform/errors.js';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { isUuid } from '../../platform/ids.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { ErrorPage } from '../../platform/views/layout.js';
import { approveSubmission, MAX_DECISION_MESSAGE } from './approve-submission.js';
import { getSubmissionReview } from './get-submission-review.js';
import { AUDIT_PAGE_SIZE, listAuditLog } from './list-audit-log.js';
import { listReviewQueue, QUEUE_STATUSES } from './list-review-queue.js';
import { rejectSubmission } from './reject-submission.js';
import { returnSubmission } from './return-submission.js';
import { canReadOrganizationAudit, reviewScope, type ReviewScope } from './review.policy.js';
import { AuditPage, QueuePage, ReviewPage } from './review.views.js';

const ADMIN_ROLES = ['platform_admin', 'regional_admin'] as const;
const DONE = ['approved', 'returned', 'rejected'] as const;

const queueQuery = z
  .object({
    status: z.enum(QUEUE_STATUSES).catch('awaiting_review'),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  })
  .partial()
  .loose();
const reviewQuery = z.object({ done: z.enum(DONE).optional().catch(undefined) }).loose();
const idParams = z.object({ id: z.string().max(100) });
const decisionBody = z
  .object({
    decision: z.string().max(20).optional(),
    message: z.string().max(20_000).optional(),
  })
  .loose();
const auditQuery = z
  .object({
    organization: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).optional(),
  })
  .loose();

/** An administrator (platform or regional) and what they may review; null when the reply has been sent. */
function requireReviewer(request: FastifyRequest, reply: FastifyReply): { user: SessionUser; scope: ReviewScope } | null {
  const user = userWithRole(request, ADMIN_ROLES);
  if (!user) return null;
  const scope = reviewScope(user);
  if (!scope) {
    forbidden(request, reply);
    return null;
  }
  return { user, scope };
}

function forbidden(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const ctx = pageContext(request);
  return sendPage(reply, <ErrorPage ctx={ctx} title={ctx.t('auth.forbidden.title')} body={ctx.t('auth.forbidden.body')} />, 403);
}

function conflict(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const ctx = pageContext(request);
  return sendPage(reply, <ErrorPage ctx={ctx} title={ctx.t('review.conflict.title')} body={ctx.t('review.conflict.body')} />, 409);
}

/** The review queue, one submission's review page with the decision form, and the audit log. */
export const reviewPages: FastifyPluginAsync = async (app) => {
  app.get('/admin/review', async (request, reply) => {
    const who = requireReviewer(request, reply);
    if (!who) return reply;
    const q = queueQuery.parse(request.query ?? {});
    const ctx = pageContext(request);
    const queue = await listReviewQueue({
      db: app.deps.db,
      scope: who.scope,
      status: q.status ?? 'awaiting_review',
      lang: ctx.lang,
      page: q.page ?? 1,
    });
    return sendPage(reply, <QueuePage ctx={ctx} queue={queue} allRegions={who.scope.regionIds === null} />);
  });

  const showReview = async (
    request: FastifyRequest,
    reply: FastifyReply,
    user: SessionUser,
    id: string,
    form: { message: string; error?: MessageKey },
    status = 200,
    notice?: string,
  ) => {
    const ctx = pageContext(request);
    try {
      const review = await getSubmissionReview({ db: app.deps.db, actor: user, submissionId: id, lang: ctx.lang });
      return sendPage(reply, <ReviewPage ctx={ctx} csrf={reply.generateCsrf()} review={review} form={form} notice={notice} />, status);
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') return forbidden(request, reply);
      throw err;
    }
  };

  app.get('/admin/review/:id', async (request, reply) => {
    const who = requireReviewer(request, reply);
    if (!who) return reply;
    const { id } = idParams.parse(request.params);
    if (!isUuid(id)) throw notFound('submission');
    const { done } = reviewQuery.parse(request.query ?? {});
    const ctx = pageContext(request);
    return showReview(request, reply, who.user, id, { message: '' }, 200, done ? ctx.t(`review.done.${done}`) : undefined);
  });

  app.post('/admin/review/:id', { preHandler: verifyCsrf }, async (request, reply) => {
    const who = requireReviewer(request, reply);
    if (!who) return reply;
    const { id } = idParams.parse(request.params);
    if (!isUuid(id)) throw notFound('submission');
    const body = decisionBody.parse(request.body ?? {});
    const message = (body.message ?? '').trim();
    const decision = body.decision;
    const ctx = pageContext(request);
    if (decision !== 'approve' && decision !== 'return' && decision !== 'reject') {
      throw badRequest('unknown decision');
    }
    if (message.length > MAX_DECISION_MESSAGE) {
      return showReview(request, reply, who.user, id, { message: body.message ?? '', error: 'review.error.messageTooLong' }, 400);
    }
    if (decision !== 'approve' && message === '') {
      return showReview(request, reply, who.user, id, { message: body.message ?? '', error: 'review.error.messageRequired' }, 400);
    }
    try {
      const db = app.deps.db;
      if (decision === 'approve') await approveSubmission({ db, actor: who.user, submissionId: id, message });
      else if (decision === 'return') await returnSubmission({ db, actor: who.user, submissionId: id, message });
      else await rejectSubmission({ db, actor: who.user, submissionId: id, message });
    } catch (err) {
      if (err instanceof AppError && err.code === 'FORBIDDEN') return forbidden(request, reply);
      if (err instanceof AppError && err.code === 'CONFLICT') return conflict(request, reply);
      throw err;
    }
    const done = decision === 'approve' ? 'approved' : decision === 'return' ? 'returned' : 'rejected';
    return reply.redirect(ctx.href(`/admin/review/${id}?done=${done}`), 303);
  });

  app.get('/admin/audit', async (request, reply) => {
    const who = requireReviewer(request, reply);
    if (!who) return reply;
    const q = auditQuery.parse(request.query ?? {});
    const organizationId = q.organization && isUuid(q.organization) ? q.organization : undefined;
    if (organizationId && !(await canReadOrganizationAudit(app.deps.db, who.user, organizationId))) return forbidden(request, reply);
    const page = q.page ?? 1;
    const log = await listAuditLog({ db: app.deps.db, scope: who.scope, organizationId, page });
    const pages = Math.max(1, Math.ceil(log.total / AUDIT_PAGE_SIZE));
    return sendPage(reply, <AuditPage ctx={pageContext(request)} log={log} organizationId={organizationId} page={page} pages={pages} />);
  });
};
