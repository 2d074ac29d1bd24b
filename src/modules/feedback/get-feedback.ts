import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { findFeedback, type FeedbackRow } from './feedback.repo.js';
import { canReadFeedback } from './feedback.policy.js';
import { MESSAGE_FIELD, REPLY_FIELD } from './send-portal-feedback.js';

export interface FeedbackDetail extends Omit<FeedbackRow, 'messageEnc' | 'replyEmailEnc'> {
  message: string;
  replyEmail: string | null;
}

/** One message, decrypted, for someone who may read it; null otherwise (and when it does not exist or was erased). */
export async function getFeedback({ db, cipher, actor, id }: { db: Database; cipher: FieldCipher; actor: SessionUser; id: string }): Promise<FeedbackDetail | null> {
  const row = await findFeedback(db, id);
  if (!row || !(await canReadFeedback(db, actor, row))) return null;
  const { messageEnc, replyEmailEnc, ...rest } = row;
  return { ...rest, message: cipher.decrypt(messageEnc, MESSAGE_FIELD), replyEmail: cipher.decryptOptional(replyEmailEnc, REPLY_FIELD) };
}
