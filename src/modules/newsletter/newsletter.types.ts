/** The newsletter's limits, shared by the forms, the use cases, the jobs and the pages. */

/** An unconfirmed subscription (and its link) lasts this long; then the daily job erases it. */
export const CONFIRM_DAYS = 7;

/** A new confirmation e-mail for the same unconfirmed address is sent at most this often (a resubmitted form). */
export const CONFIRM_RESEND_MINUTES = 10;

/** Subscriptions per window per client address (counted in the database, shared by instances). */
export const SUBSCRIBE_LIMITS = { perIp: 10, ipWindowMs: 60 * 60_000 };

/** Deliveries one batch job queues before it hands over to the next batch job. */
export const BATCH_SIZE = 50;

/** News items and upcoming events offered for an issue, and chosen at most. */
export const CHOICES_MAX = 20;

/** The honeypot: a field people do not see. */
export const HONEYPOT_FIELD = 'website';

export const ISSUE_STATUSES = ['draft', 'sending', 'sent'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];
