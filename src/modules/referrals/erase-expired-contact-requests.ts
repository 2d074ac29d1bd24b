import type { ReferralSettings } from '../../config.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import { deletePersonalMails, eraseDueRequests } from './retention.repo.js';

const DAY_MS = 86_400_000;
/** Requests erased per transaction. */
const BATCH = 500;

export interface ErasureRunResult {
  /** Requests erased because they were closed `eraseAfterClosedDays` ago, or made `eraseAfterDays` ago. */
  closed: number;
  age: number;
  /** Send-mail jobs and outbox copies of e-mails to the client or the professional that went with them. */
  mails: number;
}

/**
 * The scheduled erasure at `now`: every request closed more than `eraseAfterClosedDays` ago, or made more than
 * `eraseAfterDays` ago whatever its state, loses its personal data, in batches of 500, one transaction each:
 * the client's name, phone, e-mail, preferred time and message, the professional's unit and follow-up address, the
 * look-up hashes (the request can no longer be found by phone or e-mail), and every recipient's internal note;
 * `erased_at` is set. What statistics need stays: reference, sender kind, languages, municipality, dates, closing,
 * recipients' organisations, activities, statuses, reasons, reminders. The e-mails addressed to the client or the
 * professional about the request (job payloads, outbox) are deleted too; each erasure is audited (reason only).
 */
export async function eraseExpiredContactRequests(options: { db: Database; settings: ReferralSettings; now?: Date }): Promise<ErasureRunResult> {
  const now = options.now ?? new Date();
  const closedBefore = new Date(now.getTime() - options.settings.eraseAfterClosedDays * DAY_MS);
  const createdBefore = new Date(now.getTime() - options.settings.eraseAfterDays * DAY_MS);
  const result: ErasureRunResult = { closed: 0, age: 0, mails: 0 };
  for (;;) {
    const erased = await options.db.transaction().execute(async (trx) => {
      const rows = await eraseDueRequests(trx, { closedBefore, createdBefore, now, limit: BATCH });
      for (const r of rows) {
        await recordAudit(trx, {
          actorId: null,
          action: 'contact_request.erase',
          subjectType: 'contact_request',
          subjectId: r.id,
          organizationId: r.organizationId,
          toState: 'erased',
          detail: { reason: r.reason === 'closed' ? 'closed_days' : 'created_days', reference: r.reference },
        });
        result[r.reason] += 1;
      }
      const mails = await deletePersonalMails(trx, rows.map((r) => r.reference));
      result.mails += mails.jobs + mails.outbox;
      return rows.length;
    });
    if (erased < BATCH) return result;
  }
}
