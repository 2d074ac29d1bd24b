import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { approveSubmission } from './approve-submission.js';
import { rejectSubmission } from './reject-submission.js';
import { returnSubmission } from './return-submission.js';
import type { Decision } from './review.schema.js';

export type DecidedStatus = 'approved' | 'returned' | 'rejected';

/**
 * The decision form's one use case: approve, return for changes or reject a submission, with the reviewer's
 * message. Returns the state it reached. Throws like the three decisions: NOT_FOUND, FORBIDDEN (outside the
 * actor's regions), CONFLICT (no longer awaiting review) and, to return or reject, `invalidInput` without a message.
 */
export async function decideSubmission(options: {
  db: Database;
  actor: SessionUser;
  submissionId: string;
  decision: Decision;
  message: string;
}): Promise<DecidedStatus> {
  const { decision, ...rest } = options;
  if (decision === 'approve') {
    await approveSubmission(rest);
    return 'approved';
  }
  if (decision === 'return') {
    await returnSubmission(rest);
    return 'returned';
  }
  await rejectSubmission(rest);
  return 'rejected';
}
