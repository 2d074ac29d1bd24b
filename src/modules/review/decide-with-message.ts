import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, invalidInput } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { submissionDecisionMail } from './submission-decision.mail.js';
import { parseStoredDraft } from '../submissions/draft.schema.js';
import { listDecisionRecipients } from './list-decision-recipients.js';
import { decideSubmissionRow } from './review.repo.js';
import { MAX_DECISION_MESSAGE } from './review.schema.js';
import { requireDecidableSubmission } from './require-decidable-submission.js';

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
      throw conflict('submission is not awaiting review', { titleKey: 'review.conflict.title', messageKey: 'review.conflict.body' });
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
    const draft = parseStoredDraft(submission.content);
    for (const r of await listDecisionRecipients(trx, submission)) {
      await enqueueMail(trx, {
        to: r.email,
        lang: r.lang,
        template: submissionDecisionMail,
        params: {
          decision: options.decision,
          kind: submission.kind,
          submissionId: submission.id,
          organizationId: submission.organizationId,
          organizationName: draft.organization.nameFi.trim().slice(0, 300),
          message,
        },
      });
    }
  });
}
