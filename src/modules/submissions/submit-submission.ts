import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { listAdministratorsForMunicipalities } from '../../platform/auth/list-administrators-for.js';
import { conflict, invalidInput, notFound } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { submissionAwaitingReviewMail } from './submission-awaiting-review.mail.js';
import { parseStoredDraft, validateDraft } from './draft.schema.js';
import type { OrganizationDraft } from './draft.types.js';
import { requireEditable, requireSubmissionAccess } from './submissions.policy.js';
import { findSubmissionForUpdate, markSubmitted } from './submissions.repo.js';

/** Every municipality the submission concerns: the organisation's home and each live activity's municipalities. */
export function municipalitiesOf(draft: OrganizationDraft): string[] {
  const codes = new Set<string>();
  if (draft.organization.municipalityCode) codes.add(draft.organization.municipalityCode);
  for (const a of draft.activities) if (!a.archived) for (const c of a.municipalityCodes) codes.add(c);
  return [...codes].sort();
}

/**
 * A maintainer sends a draft (or a returned submission) for review. The whole draft is validated: with errors,
 * `invalidInput` with every error (field path → message key) and nothing changes. Otherwise, in one transaction:
 * status awaiting_review, submitted_at, the municipalities it concerns (for routing the review), an audit event, and
 * an e-mail to the administrators of those municipalities (listAdministratorsForMunicipalities: the regional
 * administrators, else the platform administrators). Returns how many were told. Throws NOT_FOUND when the user may
 * not see the submission, CONFLICT when it is not editable.
 */
export async function submitSubmission({ db, submissionId, userId }: { db: Database; submissionId: string; userId: string }): Promise<{ notified: number }> {
  if (!isUuid(submissionId)) throw notFound('submission');
  return db.transaction().execute(async (trx) => {
    const submission = await requireSubmissionAccess(trx, userId, await findSubmissionForUpdate(trx, submissionId));
    requireEditable(submission);
    const draft = parseStoredDraft(submission.content);
    const errors = validateDraft(draft);
    if (Object.keys(errors).length > 0) throw invalidInput(errors);

    const municipalityCodes = municipalitiesOf(draft);
    if (!(await markSubmitted(trx, { id: submission.id, municipalityCodes }))) throw conflict('submission is not editable', { messageKey: 'submissions.error.notEditable' });
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

    const recipients = await listAdministratorsForMunicipalities(trx, municipalityCodes);
    const seen = new Set<string>();
    for (const r of recipients) {
      if (seen.has(r.userId)) continue;
      seen.add(r.userId);
      await enqueueMail(trx, {
        to: r.email,
        lang: r.lang,
        template: submissionAwaitingReviewMail,
        params: { submissionId: submission.id, organizationName: draft.organization.nameFi.trim().slice(0, 300), kind: submission.kind },
      });
    }
    return { notified: seen.size };
  });
}
