import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { insertIssue } from './newsletter.repo.js';
import { EMAIL_FIELD, UNSUBSCRIBE_FIELD } from './subscribe-to-newsletter.js';

/** Tests only: a confirmed subscriber of a region, with the clear unsubscribe token of their links. */
export async function addConfirmedSubscriber(db: Database, cipher: FieldCipher, options: { regionId: string; email: string; lang?: Lang }): Promise<{ id: string; unsubscribeToken: string }> {
  const id = newId();
  const unsubscribeToken = newSecret();
  await db
    .insertInto('newsletter_subscriber')
    .values({
      id,
      region_id: options.regionId,
      email_enc: cipher.encrypt(options.email, EMAIL_FIELD),
      email_hash: cipher.lookupHash(options.email),
      lang: options.lang ?? 'fi',
      confirmed_at: new Date(),
      unsubscribe_token_hash: hashSecret(unsubscribeToken),
      unsubscribe_token_enc: cipher.encrypt(unsubscribeToken, UNSUBSCRIBE_FIELD),
    })
    .execute();
  return { id, unsubscribeToken };
}

/** Tests only: a draft issue of a region. */
export async function addDraftIssue(db: Database, options: { regionId: string; subject: string; intro?: string; newsIds?: string[]; eventIds?: string[] }): Promise<string> {
  const id = newId();
  await insertIssue(db, { id, regionId: options.regionId, createdBy: null, lang: 'fi', subject: options.subject, intro: options.intro ?? '', newsIds: options.newsIds ?? [], eventIds: options.eventIds ?? [] });
  return id;
}
