import { recordAudit } from '../../platform/audit/record-audit.js';
import { addRole, ensureUser, insertLoginToken } from '../../platform/auth/auth.repo.js';
import { hashSecret, isPlausibleEmail, newSecret, normalizeEmail, SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { isLiaisonRow } from './centres.repo.js';
import { requireCentreAdministrator } from './centres.policy.js';
import { liaisonInvitationMail } from './liaison-invitation.mail.js';

/**
 * Appoints a liaison person of a centre by e-mail address, by an administrator of the centre's region, in one
 * transaction: the account is created when the address is new (in `lang`), the role `liaison` scoped to the centre
 * is added, audited, and an invitation with a one-time sign-in link is e-mailed. Someone who is already the centre's
 * liaison: nothing changes and nothing is sent (`already: true`).
 */
export async function appointLiaison(options: { db: Database; actor: SessionUser; centreId: string; email: string; lang: Lang }): Promise<{ already: boolean }> {
  const email = normalizeEmail(options.email);
  if (!isPlausibleEmail(email)) throw invalidInput({ email: 'centres.error.email' });
  return options.db.transaction().execute(async (trx) => {
    const centre = await requireCentreAdministrator(trx, options.actor, options.centreId);
    const user = await ensureUser(trx, { id: newId(), email, lang: options.lang });
    if (await isLiaisonRow(trx, { userId: user.id, centreId: centre.id })) return { already: true };
    await addRole(trx, { userId: user.id, role: 'liaison', scopeId: centre.id });
    await recordAudit(trx, { actorId: options.actor.id, action: 'role.grant', subjectType: 'user', subjectId: user.id, toState: 'liaison', detail: { role: 'liaison', scopeId: centre.id } });
    const token = newSecret();
    await insertLoginToken(trx, { id: newId(), userId: user.id, email, tokenHash: hashSecret(token), minutes: SIGN_IN_LINK_MINUTES });
    await enqueueMail(trx, { to: user.email, lang: user.lang, template: liaisonInvitationMail, params: { token, centreId: centre.id, centreFi: centre.nameFi, centreSv: centre.nameSv } });
    return { already: false };
  });
}
