import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { notFound, conflict } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { submissionAwaitingReviewMail } from './submission-awaiting-review.mail.js';
import { parseStoredDraft, validateDraft, type DraftErrors } from './draft.schema.js';
import type { OrganizationDraft } from './draft.types.js';
import { canAccessSubmission, isEditable } from './submissions.policy.js';
import { findSubmissionForUpdate, listPlatformAdmins, listRegionalAdminsFor, markSubmitted, type Recipient } from './submissions.repo.js';

export type SubmitResult =
  | { ok: true; notified: number }
  /** The draft has errors: nothing changed, the draft is kept as it was. */
  | { ok: false; errors: DraftErrors };

/** Every municipality the submission concerns: the organisation's home and each live activity's municipalities. */
export function municipalitiesOf(draft: OrganizationDraft): string[] {
  const codes = new Set<string>();
  if (draft.organization.municipalityCode) codes.add(draft.organization.municipalityCode);
  for (const a of draft.activities) if (!a.archived) for (const c of a.municipalityCodes) codes.add(c);
  return [...codes].sort();
}

/**
 * A maintainer sends a draft (or a returned submission) for review. The whole draft is validated; with errors
 * nothing changes and the errors are returned. Otherwise, in one transaction: status awaiting_review, submitted_at,
 * the municipalities it concerns (for routing the review), an audit event, and an e-mail to each regional
 * administrator of a region containing one of those municipalities (to the platform administrators when no region
 * has one). Throws NOT_FOUND when the user may not see the submission, CONFLICT when it is not editable.
 */
export async function submitSubmission({ db, submissionId, userId }: { db: Database; submissionId: string; userId: string }): Promise<SubmitResult> {
  return db.transaction().execute(async (trx) => {
    const submission = await findSubmissionForUpdate(trx, submissionId);
    if (!submission || !(await canAccessSubmission(trx, userId, submission))) throw notFound('submission');
    if (!isEditable(submission)) throw conflict('submission is not editable');
    const draft = parseStoredDraft(submission.content);
    const errors = validateDraft(draft);
    if (Object.keys(errors).length > 0) return { ok: false, errors };

    const municipalityCodes = municipalitiesOf(draft);
    if (!(await markSubmitted(trx, { id: submission.id, municipalityCodes }))) throw conflict('submission is not editable');
    await recordAudit(trx, {
      actorId: userId,
      action: 'submission.submit',
      subjectType: 'submission',
      subjectId: submission.id,
      organizationId: submission.organizationId,
      fromState: submission.status,
      toState: 'awaiting_review',
      detail: { kind: submission.kind, municipalityCount: municipalityCodes.length },
    });

    let recipients: Recipient[] = await listRegionalAdminsFor(trx, municipalityCodes);
    if (recipients.length === 0) recipients = await listPlatformAdmins(trx);
    const seen = new Set<string>();
    for (const r of recipients) {
      if (seen.has(r.id)) continue;
      seen.add(r.id);
      await enqueueMail(trx, {
        to: r.email,
        lang: r.lang,
        template: submissionAwaitingReviewMail,
        params: { submissionId: submission.id, organizationName: draft.organization.nameFi.trim().slice(0, 300), kind: submission.kind },
      });
    }
    return { ok: true, notified: seen.size };
  });
}
