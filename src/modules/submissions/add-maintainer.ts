import { recordAudit } from '../../platform/audit/record-audit.js';
import { addRole, ensureUser, insertLoginToken } from '../../platform/auth/auth.repo.js';
import { hashSecret, isPlausibleEmail, newSecret, normalizeEmail, SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { isMaintainer, requireMaintainer } from '../../platform/auth/access.policy.js';
import { invalidInput, notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid, newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { maintainerInvitationMail } from './maintainer-invitation.mail.js';
import { findOrganizationSummary } from './submissions.repo.js';

/**
 * Grants the maintainer role of an organisation to an address inside the caller's transaction: creates the
 * account if needed, e-mails a one-time sign-in link as an invitation and writes the audit event. Nothing happens
 * (added: false) when the address already maintains it. Also used when a join is approved (the other maintainers).
 */
export async function grantMaintainer(
  trx: Database,
  options: { organizationId: string; organizationName: string; email: string; actorId: string | null; lang: Lang },
): Promise<boolean> {
  const email = normalizeEmail(options.email);
  const user = await ensureUser(trx, { id: newId(), email, lang: options.lang });
  if (await isMaintainer(trx, { userId: user.id, organizationId: options.organizationId })) return false;
  await addRole(trx, { userId: user.id, role: 'maintainer', scopeId: options.organizationId });
  const token = newSecret();
  await insertLoginToken(trx, { id: newId(), userId: user.id, email, tokenHash: hashSecret(token), minutes: SIGN_IN_LINK_MINUTES });
  await enqueueMail(trx, {
    to: email,
    lang: user.lang,
    template: maintainerInvitationMail,
    params: { token, organizationName: options.organizationName.slice(0, 300) },
  });
  await recordAudit(trx, {
    actorId: options.actorId,
    action: 'maintainer.add',
    subjectType: 'user',
    subjectId: user.id,
    organizationId: options.organizationId,
    fromState: null,
    toState: 'maintainer',
  });
  return true;
}

/**
 * A maintainer adds a co-maintainer by e-mail, at once (no review); `added` is false when the address already
 * maintains it. NOT_FOUND for anyone but a maintainer; `invalidInput({ email })` for an implausible address.
 */
export async function addMaintainer({
  db,
  organizationId,
  email,
  userId,
  lang,
}: {
  db: Database;
  organizationId: string;
  email: string;
  userId: string;
  lang: Lang;
}): Promise<{ added: boolean }> {
  if (!isUuid(organizationId)) throw notFound('organisation');
  return db.transaction().execute(async (trx) => {
    await requireMaintainer(trx, { userId, organizationId });
    const org = await findOrganizationSummary(trx, organizationId);
    if (!org) throw notFound('organisation');
    const address = normalizeEmail(email);
    if (!isPlausibleEmail(address)) throw invalidInput({ email: 'submissions.error.email' });
    const added = await grantMaintainer(trx, { organizationId, organizationName: org.nameFi, email: address, actorId: userId, lang });
    return { added };
  });
}

