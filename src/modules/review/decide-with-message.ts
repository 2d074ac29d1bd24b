import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { enqueueDecisionMails } from './enqueue-decision-mails.js';
import { decideSubmissionRow } from './review.repo.js';
import { MAX_DECISION_MESSAGE } from './review.schema.js';
import { decidedAlready, requireDecidableSubmission } from './require-decidable-submission.js';

/**
 * The shared body of "return for changes" and "reject": one transaction that checks the actor and the state
 * (FORBIDDEN, CONFLICT first: a decision taken meanwhile is not an input error), then the (required) message
 * (`invalidInput` on the field `message`), sets the decision, records it in the audit log and e-mails the recipients.
 */
export async function decideWithMessage(options: {
  db: Database;
  actor: SessionUser;
  submissionId: string;
  message: string;
  decision: 'returned' | 'rejected';
}): Promise<void> {
  const message = options.message.trim();
  await options.db.transaction().execute(async (trx) => {
    const submission = await requireDecidableSubmission(trx, { actor: options.actor, submissionId: options.submissionId });
    if (message === '') throw invalidInput({ message: 'review.error.messageRequired' });
    if (message.length > MAX_DECISION_MESSAGE) throw invalidInput({ message: 'review.error.messageTooLong' });
    if (!(await decideSubmissionRow(trx, { id: submission.id, status: options.decision, actorId: options.actor.id, message }))) {
      throw decidedAlready();
    }
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: options.decision === 'returned' ? 'submission.return' : 'submission.reject',
      subjectType: 'submission',
      subjectId: submission.id,
      organizationId: submission.organizationId,
      fromState: 'awaiting_review',
      toState: options.decision,
      detail: { kind: submission.kind, message },
    });
    await enqueueDecisionMails(trx, { submission, decision: options.decision, message });
  });
}
