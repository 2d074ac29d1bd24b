import { findUserById } from '../../platform/auth/auth.repo.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden } from '../../platform/errors.js';
import { isUuid } from '../../platform/ids.js';
import { translator, type Lang } from '../../platform/i18n/i18n.js';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { parseStoredDraft } from '../submissions/draft.schema.js';
import { loadPublishedDraft } from '../submissions/load-published-draft.js';
import { diffDrafts, type DraftDiff } from './diff-drafts.js';
import { canReviewSubmission } from './review.policy.js';
import { findSubmission, listAuditEvents, listMunicipalityNamesByCode, listTermLabelsByCode, type AuditRow, type SubmissionRow } from './review.repo.js';

export interface SubmissionReview {
  submission: SubmissionRow;
  organizationName: string;
  /** The address of the person who sent it, so the reviewer can get in touch (seed 000). */
  senderEmail: string | null;
  municipalities: string[];
  diff: DraftDiff;
  history: AuditRow[];
}

/**
 * One submission for its reviewer: the diff against the published version (a join: everything is new), the
 * municipalities it touches and its history from the audit log. Null when there is no such sent submission (a
 * malformed id, unknown, or a draft nobody has sent); throws FORBIDDEN when the actor does not review its regions.
 */
export async function getSubmissionReview(options: {
  db: Database;
  actor: SessionUser;
  submissionId: string;
  lang: Lang;
}): Promise<SubmissionReview | null> {
  const { db, lang } = options;
  if (!isUuid(options.submissionId)) return null;
  const submission = await findSubmission(db, options.submissionId);
  if (!submission || submission.status === 'draft') return null;
  if (!(await canReviewSubmission(db, options.actor, submission.id))) throw forbidden('not a reviewer of this submission');
  const after = parseStoredDraft(submission.content);
  const [before, terms, municipalities, history] = await Promise.all([
    submission.kind === 'change' ? loadPublishedDraft({ db, organizationId: submission.organizationId }) : Promise.resolve(null),
    listTermLabelsByCode(db, lang),
    listMunicipalityNamesByCode(db, lang),
    listAuditEvents(db, { subjectId: submission.id, regionIds: null, limit: 200, offset: 0 }),
  ]);
  const t = translator(lang);
  const known = (key: string): key is MessageKey => t(key as MessageKey) !== key;
  const labelOf = (key: string, fallback: string) => (known(key) ? t(key) : fallback);
  const diff = diffDrafts(before, after, {
    term: (taxonomy, code) => terms.get(`${taxonomy}:${code}`) ?? code,
    municipality: (code) => municipalities.get(code) ?? code,
    kind: (kind) => labelOf(`directory.kind.${kind}`, kind),
    howToJoin: (value) => labelOf(`directory.join.${value}`, value),
    language: (code) => labelOf(`directory.lang.${code}`, code),
    yes: t('review.value.yes'),
    no: t('review.value.no'),
  });
  const sender = submission.createdBy ? await findUserById(db, submission.createdBy) : null;
  return {
    submission,
    senderEmail: sender?.email ?? null,
    organizationName: after.organization.nameFi.trim(),
    municipalities: submission.municipalityCodes.map((c) => municipalities.get(c) ?? c),
    diff,
    history: [...history.rows].reverse(),
  };
}
