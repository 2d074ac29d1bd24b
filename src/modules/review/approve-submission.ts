import { addRole, ensureUser, findUserById } from '../../platform/auth/auth.repo.js';
import { isPlausibleEmail, normalizeEmail } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { emptyCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { markOrganizationChecked } from '../freshness/mark-organization-checked.js';
import { parseStoredDraft } from '../submissions/draft.schema.js';
import { graphFromDraft } from '../submissions/graph-from-draft.js';
import { enqueueDecisionMails } from './enqueue-decision-mails.js';
import { MAX_DECISION_MESSAGE } from './review.schema.js';
import { decideSubmissionRow, getOrganizationStatus, listActivityIdsOfOrganization } from './review.repo.js';
import { decidedAlready, requireDecidableSubmission } from './require-decidable-submission.js';

/** Today's date in Finland (YYYY-MM-DD), the "last checked" date of an approval. */
export function helsinkiToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Helsinki', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/**
 * An administrator approves a submission, in one transaction: the draft becomes the published organisation and
 * activities (last checked today), the sender and (for a join) every maintainer address of the draft get the
 * maintainer role (accounts are created as needed), the submission is approved, the audit log records it, the
 * organisation's activities are reindexed so search finds them at once, and the maintainers are e-mailed.
 * Throws NOT_FOUND, FORBIDDEN (outside the actor's regions) or CONFLICT (not awaiting review, e.g. approved twice).
 */
export async function approveSubmission(options: {
  db: Database;
  actor: SessionUser;
  submissionId: string;
  message: string;
  today?: string;
}): Promise<{ organizationId: string }> {
  const message = options.message.trim().slice(0, MAX_DECISION_MESSAGE);
  return options.db.transaction().execute(async (trx) => {
    const submission = await requireDecidableSubmission(trx, { actor: options.actor, submissionId: options.submissionId });
    const draft = parseStoredDraft(submission.content);
    const orgId = submission.organizationId;
    const previousStatus = await getOrganizationStatus(trx, orgId);
    const graph = graphFromDraft(draft, { organizationId: orgId, status: 'published', lastChecked: options.today ?? helsinkiToday() });
    await saveOrganizationGraph({ db: trx, graph, counts: emptyCounts() });
    if (!(await decideSubmissionRow(trx, { id: submission.id, status: 'approved', actorId: options.actor.id, message: message || null }))) {
      throw decidedAlready();
    }
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: 'submission.approve',
      subjectType: 'submission',
      subjectId: submission.id,
      organizationId: orgId,
      fromState: 'awaiting_review',
      toState: 'approved',
      detail: { kind: submission.kind, ...(message ? { message } : {}) },
    });
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: 'organization.publish',
      subjectType: 'organization',
      subjectId: orgId,
      organizationId: orgId,
      fromState: previousStatus,
      toState: 'published',
      detail: { submissionId: submission.id },
    });

    // Maintainers: the sender always; for a join also every address listed in the draft.
    const creator = submission.createdBy ? await findUserById(trx, submission.createdBy) : null;
    const lang: Lang = creator?.lang ?? 'fi';
    const grantees = new Map<string, string | null>(); // email -> existing user id
    if (creator) grantees.set(creator.email, creator.id);
    if (submission.kind === 'join') {
      for (const raw of draft.organization.maintainerEmails ?? []) {
        const email = normalizeEmail(raw);
        if (isPlausibleEmail(email) && !grantees.has(email)) grantees.set(email, null);
      }
    }
    for (const email of grantees.keys()) {
      const user = await ensureUser(trx, { id: newId(), email, lang });
      await addRole(trx, { userId: user.id, role: 'maintainer', scopeId: orgId });
      await recordAudit(trx, {
        actorId: options.actor.id,
        action: 'role.grant',
        subjectType: 'user',
        subjectId: user.id,
        organizationId: orgId,
        toState: 'maintainer',
        detail: { role: 'maintainer', scopeId: orgId, submissionId: submission.id },
      });
    }

    // An approved change is a check: it closes the freshness cycle and brings data hidden for staleness back.
    if (submission.kind === 'change') {
      const checkedAt = options.today ? new Date(`${options.today}T12:00:00+02:00`) : new Date();
      await markOrganizationChecked(trx, { organizationId: orgId, actorId: options.actor.id, via: 'review', now: checkedAt });
    }
    await rebuildSearchIndex({ db: trx, activityIds: await listActivityIdsOfOrganization(trx, orgId) });

    await enqueueDecisionMails(trx, { submission, decision: 'approved', message });
    return { organizationId: orgId };
  });
}
