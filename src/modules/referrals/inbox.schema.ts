import { z } from 'zod';
import { DECLINE_REASONS, LIMITS, type DeclineReason } from './referrals.types.js';

/** What a recipient organisation can mark a request as (the form's choices; "new" and "opened" are not chosen). */
export const ACTION_STATUSES = ['contacted', 'unreachable', 'declined'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];

/**
 * The status form of one request (the form contract, platform/http/form.ts): what was done, the reason when the
 * organisation declines, and an internal note (encrypted when stored). Messages are message keys.
 */
export const statusForm = z
  .object({
    status: z.enum(ACTION_STATUSES, 'inbox.error.status'),
    declineReason: z.string().default(''),
    note: z.string().max(LIMITS.note, 'inbox.error.noteTooLong').default(''),
  })
  .transform((v, ctx) => {
    let declineReason: DeclineReason | null = null;
    if (v.status === 'declined') {
      if (!(DECLINE_REASONS as readonly string[]).includes(v.declineReason)) {
        ctx.addIssue({ code: 'custom', path: ['declineReason'], message: 'inbox.error.reason' });
        return z.NEVER;
      }
      declineReason = v.declineReason as DeclineReason;
    }
    return { status: v.status, declineReason, note: v.note.trim() };
  });

export type StatusInput = z.output<typeof statusForm>;
