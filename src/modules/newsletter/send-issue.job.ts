import { z } from 'zod';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import { enqueue } from '../../platform/jobs/enqueue.js';
import { defineJobHandler, defineJobType, PermanentJobError, type Backoff } from '../../platform/jobs/job-types.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { issueContentSchema } from './issue-content.js';
import { newsletterIssueMail } from './newsletter-issue.mail.js';
import { claimDelivery, createDeliveries, findIssueById, listUnqueuedDeliveries, markIssueSent, setDeliveryMailJob } from './newsletter.repo.js';
import { BATCH_SIZE } from './newsletter.types.js';
import { EMAIL_FIELD, UNSUBSCRIBE_FIELD } from './subscribe-to-newsletter.js';

/**
 * Sending an issue, after sendIssue() moved it to `sending`:
 *
 * 1. newsletter-prepare: one delivery row per confirmed subscriber of the region (unique (issue, subscriber): a rerun
 *    adds nothing twice), and the first batch job, in the transaction that finishes the job.
 * 2. newsletter-batch: the next BATCH_SIZE deliveries not yet queued. Each one in its own transaction: the row is
 *    claimed (`queued_at`, a conditional update) and its e-mail queued (the send-mail job, the address sealed) —
 *    both or neither. A crash or failure anywhere leaves every delivery either queued with its one e-mail or not
 *    queued at all; the retried job (or the next worker) continues with the rows not queued, so nobody gets the issue
 *    twice and nobody is skipped. When none is left the issue becomes `sent`; otherwise the job queues its successor,
 *    in the transaction that finishes it (one chain per issue).
 * 3. send-mail (src/platform/mail): each e-mail on its own, retried on its own while SMTP is down.
 */
export const newsletterPrepareJob = defineJobType({ name: 'newsletter-prepare', version: 1, schema: z.object({ issueId: z.uuid() }), maxAttempts: 20 });
export const newsletterBatchJob = defineJobType({ name: 'newsletter-batch', version: 1, schema: z.object({ issueId: z.uuid() }), maxAttempts: 48 });

export const newsletterPrepareHandler = defineJobHandler(newsletterPrepareJob, async ({ payload, db, finish }) => {
  const issue = await findIssueById(db, payload.issueId);
  if (!issue || issue.status !== 'sending') return;
  await finish(async (trx) => {
    await createDeliveries(trx, { issueId: issue.id, regionId: issue.regionId });
    await enqueue(trx, newsletterBatchJob, { issueId: issue.id });
  });
});

/** Queues one batch of an issue's e-mails (see above); `cipher` opens the addresses and unsubscribe tokens and seals the addresses again for the send-mail jobs. */
export async function runNewsletterBatch({ db, cipher, issueId, now = new Date() }: { db: Database; cipher: FieldCipher; issueId: string; now?: Date }): Promise<{ queued: number; more: boolean }> {
  const issue = await findIssueById(db, issueId);
  if (!issue || issue.status !== 'sending') return { queued: 0, more: false };
  const parsed = issueContentSchema.safeParse(issue.content);
  if (!parsed.success) throw new PermanentJobError('newsletter issue content does not fit the template');
  const content = parsed.data;
  const ids = await listUnqueuedDeliveries(db, { issueId, limit: BATCH_SIZE });
  let queued = 0;
  for (const id of ids) {
    await db.transaction().execute(async (trx) => {
      const claimed = await claimDelivery(trx, { id, now });
      if (!claimed?.subscriber) return; // queued by an earlier run, or unsubscribed meanwhile
      const { emailEnc, lang, unsubscribeTokenEnc } = claimed.subscriber;
      const mailJobId = await enqueueMail(trx, {
        to: cipher.decrypt(emailEnc, EMAIL_FIELD),
        lang,
        template: newsletterIssueMail,
        params: { content, unsubscribeToken: cipher.decrypt(unsubscribeTokenEnc, UNSUBSCRIBE_FIELD) },
        seal: cipher,
      });
      await setDeliveryMailJob(trx, { id, mailJobId });
      queued += 1;
    });
  }
  return { queued, more: ids.length === BATCH_SIZE };
}

export function createNewsletterBatchHandler(options: { cipher?: FieldCipher; backoff?: Partial<Backoff> }) {
  return defineJobHandler(
    newsletterBatchJob,
    async ({ payload, db, finish }) => {
      if (!options.cipher) throw new Error('the newsletter needs the data keys (no cipher given to its batch job)');
      const { more } = await runNewsletterBatch({ db, cipher: options.cipher, issueId: payload.issueId });
      await finish(async (trx) => {
        if (more) await enqueue(trx, newsletterBatchJob, { issueId: payload.issueId });
        else await markIssueSent(trx, { id: payload.issueId, now: new Date() });
      });
    },
    { backoff: { baseMs: 30_000, maxMs: 30 * 60_000, ...options.backoff } },
  );
}
