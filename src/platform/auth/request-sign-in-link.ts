import { z } from 'zod';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/database.js';
import { LANGS, type Lang } from '../i18n/i18n.js';
import { newId } from '../ids.js';
import { enqueue } from '../jobs/enqueue.js';
import { defineJobHandler, defineJobType, PermanentJobError, type JobHandler } from '../jobs/job-types.js';
import { enqueueMail } from '../mail/enqueue-mail.js';
import { findUserByEmail, insertLoginToken } from './auth.repo.js';
import { hashSecret, newSecret, normalizeEmail, safeReturnPath, SIGN_IN_LINK_MINUTES } from './auth-tokens.js';
import { signInLinkMail } from './sign-in-link.mail.js';

/** The field name the address is sealed under in the job (see the field cipher's associated data). */
export const SEALED_EMAIL_FIELD = 'job.sign-in-request.email';

/**
 * A request for a sign-in link, decided in the background: the account lookup, the link and its mail happen in the
 * job, so that the request itself does the same work for every address.
 */
export const signInRequestJob = defineJobType({
  name: 'sign-in-request',
  version: 1,
  schema: z
    .object({
      email: z.string().min(1).max(320).optional(),
      emailSealed: z.string().min(1).optional(),
      lang: z.enum(LANGS),
      next: z.string().max(300).optional(),
    })
    .refine((p) => (p.email === undefined) !== (p.emailSealed === undefined), { message: 'exactly one of email and emailSealed' }),
  maxAttempts: 10,
});

/**
 * Asks for a one-time sign-in link. The request only writes a `sign-in-request` job, the same statement whatever the
 * address, so neither the answer nor its timing tells whether the address has an account; the job (below) looks the
 * address up and, for a known one, writes the link's hash and the mail job in one transaction. With `seal` (the app's
 * field cipher) the address is stored in the job encrypted; without (the admin:create command), in clear.
 */
export async function requestSignInLink(options: {
  db: Database;
  email: string;
  lang: Lang;
  next?: string | null;
  seal?: FieldCipher;
}): Promise<void> {
  const email = normalizeEmail(options.email);
  const recipient = options.seal ? { emailSealed: options.seal.encrypt(email, SEALED_EMAIL_FIELD) } : { email };
  const next = options.next ? safeReturnPath(options.next) : null;
  await enqueue(options.db, signInRequestJob, { ...recipient, lang: options.lang, ...(next ? { next } : {}) });
}

/**
 * The sign-in-request job: a known address gets a link (its hash stored, the token only in the mail job) in the
 * transaction that marks the job done, so it is made exactly once; an unknown address gets nothing.
 */
export function createSignInRequestHandler(options: { cipher?: FieldCipher }): JobHandler<typeof signInRequestJob.schema> {
  return defineJobHandler(signInRequestJob, async ({ payload, finish }) => {
    const email = normalizeEmail(openEmail(payload, options.cipher));
    await finish(async (trx) => {
      const user = await findUserByEmail(trx, email);
      if (!user) return;
      const token = newSecret();
      await insertLoginToken(trx, { id: newId(), userId: user.id, email, tokenHash: hashSecret(token), minutes: SIGN_IN_LINK_MINUTES });
      await enqueueMail(trx, { to: user.email, lang: payload.lang, template: signInLinkMail, params: payload.next ? { token, next: payload.next } : { token } });
    });
  });
}

function openEmail(payload: z.infer<typeof signInRequestJob.schema>, cipher: FieldCipher | undefined): string {
  if (payload.email !== undefined) return payload.email;
  if (!cipher) throw new Error('a sealed sign-in request needs the data keys (no cipher given to its handler)');
  try {
    return cipher.decrypt(payload.emailSealed!, SEALED_EMAIL_FIELD);
  } catch {
    throw new PermanentJobError('sealed address could not be decrypted');
  }
}
