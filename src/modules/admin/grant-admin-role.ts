import { addRole, ensureUser, insertLoginToken } from '../../platform/auth/auth.repo.js';
import { hashSecret, isPlausibleEmail, newSecret, normalizeEmail, SIGN_IN_LINK_MINUTES } from '../../platform/auth/auth-tokens.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden, invalidInput } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { adminInvitationMail } from './admin-invitation.mail.js';
import { canManageRole, type AdminRole } from './admin.policy.js';
import { hasRoleRow, listRegionRows } from './admin.repo.js';

/**
 * Appoints a platform or regional administrator by e-mail address, in one transaction: the account is created
 * when the address is new (in `lang`), the role is added, the audit log records it, and an invitation with a
 * one-time sign-in link is e-mailed. Returns `already: true` (and changes nothing) when the role is held already.
 * Throws `invalidInput` on the field `email` or `region`, and FORBIDDEN when the actor may not appoint it.
 */
export async function grantAdminRole(options: {
  db: Database;
  actor: SessionUser;
  email: string;
  role: AdminRole;
  regionId: string | null;
  lang: Lang;
}): Promise<{ already: boolean; userId: string }> {
  const email = normalizeEmail(options.email);
  if (!isPlausibleEmail(email)) throw invalidInput({ email: 'admin.error.email' });
  const regionId = options.role === 'regional_admin' ? options.regionId : null;
  if (options.role === 'regional_admin' && !regionId) throw invalidInput({ region: 'admin.error.region' });
  if (!canManageRole(options.actor, options.role, regionId)) throw forbidden('may not appoint this administrator');
  return options.db.transaction().execute(async (trx) => {
    const region = regionId ? (await listRegionRows(trx)).find((r) => r.id === regionId) : null;
    if (regionId && !region) throw invalidInput({ region: 'admin.error.region' });
    const user = await ensureUser(trx, { id: newId(), email, lang: options.lang });
    const scopeId = regionId ?? '';
    if (await hasRoleRow(trx, { userId: user.id, role: options.role, scopeId })) return { already: true, userId: user.id };
    await addRole(trx, { userId: user.id, role: options.role, scopeId: regionId });
    await recordAudit(trx, {
      actorId: options.actor.id,
      action: 'role.grant',
      subjectType: 'user',
      subjectId: user.id,
      toState: options.role,
      detail: { role: options.role, scopeId: regionId },
    });
    const token = newSecret();
    await insertLoginToken(trx, { id: newId(), userId: user.id, email, tokenHash: hashSecret(token), minutes: SIGN_IN_LINK_MINUTES });
    await enqueueMail(trx, {
      to: user.email,
      lang: user.lang,
      template: adminInvitationMail,
      params: { token, role: options.role, regionName: region ? region.nameFi : '' },
    });
    return { already: false, userId: user.id };
  });
}
