import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { decideWithMessage } from './decide-with-message.js';

/**
 * An administrator rejects a submission with a reason (required): the submission becomes `rejected` (closed;
 * the published version, if any, stays), the reason is e-mailed to its sender and the maintainers.
 * Throws like approveSubmission, and BAD_REQUEST without a reason.
 */
export async function rejectSubmission(options: { db: Database; actor: SessionUser; submissionId: string; message: string }): Promise<void> {
  await decideWithMessage({ ...options, decision: 'rejected' });
}
