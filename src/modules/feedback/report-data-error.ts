import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { listMaintainers, listPlatformAdministrators, listRegionalAdministratorsOfOrganizations, type MailRecipient } from '../../platform/auth/auth.repo.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { feedbackReceivedMail } from './feedback-received.mail.js';
import { findPublicActivityNames, findPublicOrganizationNames, insertFeedback } from './feedback.repo.js';
import type { FeedbackInput } from './feedback.schema.js';
import { MESSAGE_FIELD, REPLY_FIELD } from './send-portal-feedback.js';

/**
 * "Ilmoita virheestä": a report of an error in one organisation's public data (optionally about one of its
 * activities), kept encrypted; the organisation's maintainers and the administrators of its regions (the platform
 * administrators when there are none of either) are mailed a link to it, once each, in one transaction.
 */
export async function reportDataError({
  db,
  cipher,
  organizationId,
  activityId,
  input,
  lang,
}: {
  db: Database;
  cipher: FieldCipher;
  organizationId: string;
  activityId: string | null;
  input: FeedbackInput;
  lang: Lang;
}): Promise<string> {
  const organization = await findPublicOrganizationNames(db, organizationId);
  if (!organization) throw notFound('organisation');
  const activity = activityId ? await findPublicActivityNames(db, { activityId, organizationId }) : null;
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await insertFeedback(trx, {
      id,
      kind: 'data_error',
      regionId: null,
      organizationId: organization.id,
      activityId: activity?.id ?? null,
      pagePath: input.back ?? '',
      lang,
      messageEnc: cipher.encrypt(input.message, MESSAGE_FIELD),
      replyEmailEnc: cipher.encryptOptional(input.replyEmail, REPLY_FIELD),
    });
    const byAddress = new Map<string, MailRecipient>();
    for (const r of [...(await listMaintainers(trx, organization.id)), ...(await listRegionalAdministratorsOfOrganizations(trx, [organization.id]))]) {
      if (!byAddress.has(r.email)) byAddress.set(r.email, r);
    }
    if (byAddress.size === 0) for (const r of await listPlatformAdministrators(trx)) byAddress.set(r.email, r);
    for (const r of byAddress.values()) {
      await enqueueMail(trx, {
        to: r.email,
        lang: r.lang,
        template: feedbackReceivedMail,
        params: { id, kind: 'data_error', place: pick(r.lang, organization.nameFi, organization.nameSv, organization.nameEn), activity: activity ? pick(r.lang, activity.nameFi, activity.nameSv, activity.nameEn) : null },
      });
    }
  });
  return id;
}
