import { z } from 'zod';
import { QUEUE_STATUSES } from './list-review-queue.js';

/** Input of the review pages: the queue's and the audit log's query strings and the decision form. */

/** The longest message a reviewer may send with a decision. */
export const MAX_DECISION_MESSAGE = 5000;

export const DECISIONS = ['approve', 'return', 'reject'] as const;
export type Decision = (typeof DECISIONS)[number];

/** The decision form: which button, and the message (required to return or reject: checked by the use case). */
export const decisionForm = z.object({
  decision: z.enum(DECISIONS, 'review.error.decision'),
  message: z.string().max(MAX_DECISION_MESSAGE, 'review.error.messageTooLong').optional().default(''),
});

/** Any text: a malformed id is simply not found (and never an input error, which would show the form). */
export const submissionParams = z.object({ id: z.string() });

export const queueQuery = z
  .object({
    status: z.enum(QUEUE_STATUSES).catch('awaiting_review'),
    page: z.coerce.number().int().min(1).max(10_000).catch(1),
  })
  .partial()
  .loose();

/** `?done=…` after a decision: the notice shown on the review page. */
export const reviewQuery = z.object({ done: z.enum(['approved', 'returned', 'rejected']).optional().catch(undefined) }).loose();

export const auditQuery = z
  .object({
    organization: z.string().max(100).optional(),
    page: z.coerce.number().int().min(1).max(10_000).catch(1).optional(),
  })
  .loose();
