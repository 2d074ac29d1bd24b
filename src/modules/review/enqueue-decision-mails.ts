import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { parseStoredDraft } from '../submissions/draft.schema.js';
import { listDecisionRecipients } from './list-decision-recipients.js';
import type { SubmissionRow } from './review.repo.js';
import { submissionDecisionMail } from './submission-decision.mail.js';

/**
 * Inside the decision's transaction: the decision e-mail to the sender and every maintainer of the organisation,
 * once each, in each recipient's language.
 */
export async function enqueueDecisionMails(
  trx: Database,
  options: { submission: SubmissionRow; decision: 'approved' | 'returned' | 'rejected'; message: string },
): Promise<void> {
  const { submission } = options;
  const organizationName = parseStoredDraft(submission.content).organization.nameFi.trim().slice(0, 300);
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
        organizationName,
        message: options.message,
      },
    });
  }
}
