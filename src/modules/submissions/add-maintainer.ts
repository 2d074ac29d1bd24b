import { recordAudit } from '../../platform/audit/record-audit.js';
import { addRole, ensureUser, insertLoginToken } from '../../platform/auth/auth.repo.js';
import { hashSecret, isPlausibleEmail, newSecret, normalizeEmail, SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { isUuid, newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { maintainerInvitationMail } from './maintainer-invitation.mail.js';
import { findOrganizationSummary, isMaintainerOf } from './submissions.repo.js';

export type AddMaintainerResult = { ok: true; added: boolean } | { ok: false; error: 'submissions.error.email' };

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
  if (await isMaintainerOf(trx, user.id, options.organizationId)) return false;
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

/** A maintainer adds a co-maintainer by e-mail, at once (no review). NOT_FOUND for anyone but a maintainer. */
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
}): Promise<AddMaintainerResult> {
  if (!isUuid(organizationId)) throw notFound('organisation');
  return db.transaction().execute(async (trx) => {
    if (!(await isMaintainerOf(trx, userId, organizationId))) throw notFound('organisation');
    const org = await findOrganizationSummary(trx, organizationId);
    if (!org) throw notFound('organisation');
    const address = normalizeEmail(email);
    if (!isPlausibleEmail(address)) return { ok: false, error: 'submissions.error.email' };
    const added = await grantMaintainer(trx, { organizationId, organizationName: org.name_fi, email: address, actorId: userId, lang });
    return { ok: true, added };
  });
}

