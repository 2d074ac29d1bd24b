import { listPlatformAdministrators } from '../../platform/auth/auth.repo.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { peerHelpFeedbackReportedMail } from './peer-help.mail.js';
import { canHideFeedback } from './peer-help.policy.js';
import { findFeedbackTarget, hideFeedback as hide } from './peer-help.repo.js';

/**
 * Feedback comments shown on profiles: anyone signed in may report one (the platform administrators are mailed a
 * link to the profile, nothing about who reported), and a platform administrator hides it. Returns the profile's id.
 */
export async function reportFeedback({ db, id }: { db: Database; id: string }): Promise<string> {
  return db.transaction().execute(async (trx) => {
    const target = await findFeedbackTarget(trx, id);
    if (!target?.profileId || target.hidden) throw notFound('feedback');
    for (const admin of await listPlatformAdministrators(trx)) {
      await enqueueMail(trx, { to: admin.email, lang: admin.lang, template: peerHelpFeedbackReportedMail, params: { profileId: target.profileId } });
    }
    return target.profileId;
  });
}

export async function hideFeedback({ db, user, id }: { db: Database; user: SessionUser; id: string }): Promise<string> {
  const target = await findFeedbackTarget(db, id);
  if (!target?.profileId || !canHideFeedback(user)) throw notFound('feedback');
  await hide(db, id);
  return target.profileId;
}
