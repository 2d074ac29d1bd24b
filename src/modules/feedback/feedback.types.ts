/** Feedback (portal feedback and data-error reports): limits shared by the form, the use cases and the erasure. */

export const FEEDBACK_KINDS = ['portal', 'data_error'] as const;
export type FeedbackKind = (typeof FEEDBACK_KINDS)[number];

/** A message's length in characters. */
export const MESSAGE_MAX = 2000;

/** Messages and reply addresses are erased this many days after they were sent (docs/privacy.md). */
export const FEEDBACK_RETENTION_DAYS = 180;

/**
 * Sent per window, per client IP (generous: a care centre's staff may share one address). Counted in the database,
 * so two instances share the count.
 */
export const FEEDBACK_LIMITS = { perIp: 10, ipWindowMs: 60 * 60_000 };

/** The honeypot: a field people do not see; only something that fills every field fills it. */
export const HONEYPOT_FIELD = 'website';

/** Where the form was sent from, so the thank-you page links back (a path on this site, never another host). */
export const RETURN_FIELD = 'back';
