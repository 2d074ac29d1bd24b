import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { newsletterConfirmMail } from './newsletter-confirm.mail.js';
import { findRegion, findSubscriberForUpdate, insertSubscriber, renewConfirmation } from './newsletter.repo.js';
import type { SubscribeInput } from './newsletter.schema.js';
import { CONFIRM_DAYS, CONFIRM_RESEND_MINUTES } from './newsletter.types.js';

/** Field names bound into the encrypted values (field cipher's associated data). */
export const EMAIL_FIELD = 'newsletter.email';
export const UNSUBSCRIBE_FIELD = 'newsletter.unsubscribeToken';

/**
 * "Tilaa uutiskirje": the first step of double opt-in. The caller answers the same whatever happens here, so the form
 * never tells whether an address is subscribed:
 * - a new address: kept encrypted (its look-up hash for duplicates), unconfirmed for CONFIRM_DAYS, and sent a
 *   confirmation link (only the link's hash is stored) in the page's language;
 * - an unconfirmed one: a new link (the old stops working), at most once per CONFIRM_RESEND_MINUTES;
 * - a confirmed one: nothing (no mail: the form cannot be used to flood an address).
 * The e-mail is queued in the same transaction, with the address sealed in the job.
 */
export async function subscribeToNewsletter({
  db,
  cipher,
  slug,
  input,
  lang,
  now = new Date(),
}: {
  db: Database;
  cipher: FieldCipher;
  slug: string;
  input: SubscribeInput;
  lang: Lang;
  now?: Date;
}): Promise<void> {
  const region = await findRegion(db, slug);
  if (!region) throw notFound('region');
  const emailHash = cipher.lookupHash(input.email);
  const token = newSecret();
  const expiresAt = new Date(now.getTime() + CONFIRM_DAYS * 86_400_000);
  await db.transaction().execute(async (trx) => {
    const existing = await findSubscriberForUpdate(trx, { regionId: region.id, emailHash });
    if (existing?.confirmedAt) return;
    if (existing) {
      if (existing.confirmSentAt && now.getTime() - existing.confirmSentAt.getTime() < CONFIRM_RESEND_MINUTES * 60_000) return;
      await renewConfirmation(trx, { id: existing.id, confirmTokenHash: hashSecret(token), lang, now, expiresAt });
    } else {
      const unsubscribeToken = newSecret();
      const inserted = await insertSubscriber(trx, {
        id: newId(),
        regionId: region.id,
        emailEnc: cipher.encrypt(input.email, EMAIL_FIELD),
        emailHash,
        lang,
        confirmTokenHash: hashSecret(token),
        now,
        expiresAt,
        unsubscribeTokenHash: hashSecret(unsubscribeToken),
        unsubscribeTokenEnc: cipher.encrypt(unsubscribeToken, UNSUBSCRIBE_FIELD),
      });
      if (!inserted) return; // the same address, at the same moment, from another request: that one mails
    }
    await enqueueMail(trx, {
      to: input.email,
      lang,
      template: newsletterConfirmMail,
      params: { region: { nameFi: region.nameFi, nameSv: region.nameSv, nameEn: region.nameEn }, token },
      seal: cipher,
    });
  });
}
