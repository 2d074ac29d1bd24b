import type { z } from 'zod';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/database.js';
import type { Lang } from '../i18n/i18n.js';
import { enqueue } from '../jobs/enqueue.js';
import type { MailTemplate } from './mail-template.js';
import { SEALED_TO_FIELD, sendMailJob } from './send-mail.job.js';

/**
 * Queues one e-mail. Call it with the transaction of the change that causes the e-mail: the message exists exactly
 * when that change is committed. The template is rendered later, in the job, in `lang`; `params` must be plain JSON
 * and are checked against the template's schema now. With `seal` (a person's own address: a resident, a client, a
 * professional's follow-up address), the address is stored in the job encrypted and decrypted only at send time.
 * Returns the send-mail job's id.
 */
export async function enqueueMail<S extends z.ZodType>(
  trx: Database,
  mail: { to: string; lang: Lang; template: MailTemplate<S>; params: z.input<S>; runAt?: Date; seal?: FieldCipher },
): Promise<string> {
  mail.template.params.parse(mail.params);
  const to = mail.to.trim();
  const recipient = mail.seal ? { toSealed: mail.seal.encrypt(to, SEALED_TO_FIELD) } : { to };
  const id = await enqueue(
    trx,
    sendMailJob,
    { ...recipient, lang: mail.lang, template: mail.template.name, params: mail.params },
    { runAt: mail.runAt },
  );
  return id!;
}
