import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { decideWithMessage } from './decide-with-message.js';

/**
 * An administrator returns a submission for changes with a message (required): the submission becomes
 * `returned`, so its sender and the maintainers can edit and send it again; they get the message by e-mail.
 * The published version, if any, stays as it is. Throws like approveSubmission, and BAD_REQUEST without a message.
 */
export async function returnSubmission(options: { db: Database; actor: SessionUser; submissionId: string; message: string }): Promise<void> {
  await decideWithMessage({ ...options, decision: 'returned' });
}
