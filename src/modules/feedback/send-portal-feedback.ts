import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { listPlatformAdministrators } from '../../platform/auth/auth.repo.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { feedbackReceivedMail } from './feedback-received.mail.js';
import { insertFeedback, listRegionAdministrators } from './feedback.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';
import type { FeedbackInput } from './feedback.schema.js';

export const MESSAGE_FIELD = 'feedback.message';
export const REPLY_FIELD = 'feedback.replyEmail';

/**
 * Feedback from a page of a region's portal: kept encrypted, and each of the region's administrators (the platform
 * administrators when the region has none, so that nothing goes unread) is mailed a link to it, in one transaction.
 */
export async function sendPortalFeedback({
  db,
  cipher,
  regionId,
  input,
  lang,
}: {
  db: Database;
  cipher: FieldCipher;
  regionId: string;
  input: FeedbackInput;
  lang: Lang;
}): Promise<string> {
  const region = await findRegionNames(db, regionId);
  if (!region) throw notFound('region');
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await insertFeedback(trx, {
      id,
      kind: 'portal',
      regionId: region.id,
      organizationId: null,
      activityId: null,
      pagePath: input.back ?? '',
      lang,
      messageEnc: cipher.encrypt(input.message, MESSAGE_FIELD),
      replyEmailEnc: cipher.encryptOptional(input.replyEmail, REPLY_FIELD),
    });
    let recipients = await listRegionAdministrators(trx, region.id);
    if (recipients.length === 0) recipients = await listPlatformAdministrators(trx);
    for (const r of recipients) {
      await enqueueMail(trx, { to: r.email, lang: r.lang, template: feedbackReceivedMail, params: { id, kind: 'portal', place: pick(r.lang, region.nameFi, region.nameSv, region.nameEn), activity: null } });
    }
  });
  return id;
}
