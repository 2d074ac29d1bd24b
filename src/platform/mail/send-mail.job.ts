import { z } from 'zod';
import type { Config } from '../../config.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import { LANGS } from '../i18n/i18n.js';
import { defineJobHandler, defineJobType, PermanentJobError, type Backoff, type JobHandler } from '../jobs/job-types.js';
import { describeError } from '../jobs/worker.js';
import { insertMailSent, insertOutboxMessage } from './mail.repo.js';
import type { MailTemplate } from './mail-template.js';
import type { MailTransport } from './mail-transport.js';
import { renderMail } from './render-mail.js';

/**
 * The send-mail job: one e-mail to one recipient, rendered from a template at send time in the recipient's
 * language. 48 attempts with the backoff below (30 s doubling up to 1 h) keep a message trying for about two
 * days while SMTP is down; after that the job stays in the table as given up, with its payload, to be retried.
 *
 * The recipient is either `to` (an organisation's or a staff member's address, in clear) or `toSealed`: a person's
 * own address encrypted with the field cipher (field SEALED_TO_FIELD), decrypted only when the mail is sent, so that
 * the job table never holds it in clear (see enqueueMail's `seal`).
 */
export const SEALED_TO_FIELD = 'job.send-mail.to';

export const sendMailJob = defineJobType({
  name: 'send-mail',
  version: 1,
  schema: z
    .object({
      to: z.email().optional(),
      toSealed: z.string().min(1).optional(),
      lang: z.enum(LANGS),
      template: z.string().min(1),
      params: z.unknown(),
    })
    .refine((p) => (p.to === undefined) !== (p.toSealed === undefined), { message: 'exactly one of to and toSealed' }),
  maxAttempts: 48,
});

export type SendMailPayload = z.infer<typeof sendMailJob.schema>;

/** `<job id@domain of MAIL_FROM>`: the same for every attempt of one job, so a repeated send is recognisable. */
export function messageIdFor(jobId: string, mailFrom: string): string {
  const domain = /@([A-Za-z0-9.-]+)>?\s*$/.exec(mailFrom)?.[1] ?? 'tarjotin.invalid';
  return `<${jobId}@${domain}>`;
}

/**
 * Sends one e-mail.
 * - Outbox: the message row and the job's "done" mark are written in one transaction: exactly once.
 * - SMTP: the message is handed to the server, then the send log row and the "done" mark are written in one
 *   transaction. If the process dies (or the database fails) after the server accepted the message but before that
 *   commit, the job runs again and the message is sent a second time with the SAME Message-ID, which receiving
 *   systems can use to drop the copy. SMTP offers no way to ask whether a message was received, so this window
 *   (milliseconds) is at-least-once; everything else is exactly once.
 */
export function createSendMailHandler(options: {
  transport: MailTransport;
  templates: readonly MailTemplate[];
  config: Pick<Config, 'baseUrl' | 'mailFrom'>;
  /** Opens sealed recipients (`toSealed`); without it such a job fails and is retried. */
  cipher?: FieldCipher;
  /** Retry backoff (default: 30 s doubling up to 1 h). */
  backoff?: Partial<Backoff>;
}): JobHandler<typeof sendMailJob.schema> {
  const byName = new Map(options.templates.map((t) => [t.name, t]));
  const { transport, config } = options;
  return defineJobHandler(
    sendMailJob,
    async ({ payload, job, finish }) => {
      const template = byName.get(payload.template);
      // Retried, not given up: an instance running newer code may know the template.
      if (!template) throw new Error(`unknown mail template "${payload.template}"`);
      let rendered;
      try {
        rendered = renderMail({ template, params: payload.params, lang: payload.lang, baseUrl: config.baseUrl });
      } catch (err) {
        throw new PermanentJobError(`mail template "${template.name}" could not be rendered: ${describeError(err)}`);
      }
      const to = recipientOf(payload, options.cipher);
      const messageId = messageIdFor(job.id, config.mailFrom);
      if (transport.kind === 'outbox') {
        await finish(async (trx) => {
          await insertOutboxMessage(trx, { jobId: job.id, to, lang: payload.lang, template: template.name, messageId, ...rendered });
        });
        return;
      }
      const sent = await transport.send({ from: config.mailFrom, to, lang: payload.lang, messageId, ...rendered });
      await finish(async (trx) => {
        await insertMailSent(trx, { jobId: job.id, template: template.name, messageId: sent.messageId });
      });
    },
    { backoff: { baseMs: 30_000, maxMs: 60 * 60_000, ...options.backoff } },
  );
}

/** The clear address: `to`, or `toSealed` decrypted (an undecryptable or malformed one is given up at once). */
function recipientOf(payload: SendMailPayload, cipher: FieldCipher | undefined): string {
  if (payload.to !== undefined) return payload.to;
  if (!cipher) throw new Error('a sealed recipient needs the data keys (no cipher given to the send-mail handler)');
  let to: string;
  try {
    to = cipher.decrypt(payload.toSealed!, SEALED_TO_FIELD);
  } catch (err) {
    throw new PermanentJobError(`sealed recipient could not be decrypted: ${describeError(err)}`);
  }
  if (!z.email().safeParse(to).success) throw new PermanentJobError('sealed recipient is not an e-mail address');
  return to;
}
