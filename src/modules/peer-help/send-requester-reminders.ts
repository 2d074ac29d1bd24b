import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { addCalendarDays, finnishDate, isWorkingDay, lastDateWithWorkingDaysPassed } from '../referrals/working-days.js';
import { lockUnansweredRequests, markReminderSent } from './peer-help-jobs.repo.js';
import { peerHelpReminderMail } from './peer-help.mail.js';
import type { Category } from './peer-help.schema.js';

/** Whole Finnish working days an application may wait for the requester side before the requester is reminded. */
export const REMIND_AFTER_WORKING_DAYS = 2;

/**
 * The reminder to requesters (issue 15, item 4, as Catchafire and Taproot do): an open request with an application
 * that has waited REMIND_AFTER_WORKING_DAYS whole working days in Finland (weekends, public holidays, juhannusaatto
 * and jouluaatto excluded: referrals/working-days.ts) with no answer from the requester side (no helper selected,
 * no message) gets one reminder to its writer. On a day that is not a working day nothing is sent. The requests are
 * locked and marked in the same transaction as the e-mails are queued: sent once. Returns the number of e-mails.
 */
export async function sendRequesterReminders({ db, now }: { db: Database; now: Date }): Promise<number> {
  const today = finnishDate(now);
  if (!isWorkingDay(today)) return 0;
  const appliedBefore = addCalendarDays(lastDateWithWorkingDaysPassed(today, REMIND_AFTER_WORKING_DAYS), 1);
  return db.transaction().execute(async (trx) => {
    const due = await lockUnansweredRequests(trx, { appliedBefore });
    for (const r of due) {
      await enqueueMail(trx, {
        to: r.email,
        lang: r.lang,
        template: peerHelpReminderMail,
        params: { requestId: r.id, reference: r.reference, category: r.category as Category, summary: r.summary, workingDays: REMIND_AFTER_WORKING_DAYS },
      });
      await markReminderSent(trx, r.id, now);
    }
    return due.length;
  });
}
