import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { addCalendarDays, finnishDate } from '../referrals/working-days.js';
import { closeRequest, lockRequestsToClose, lockRequestsToWarn, markExpiryWarned, type JobRequest } from './peer-help-jobs.repo.js';
import { peerHelpClosedApplicantMail, peerHelpClosedMail, peerHelpExpiryWarningMail } from './peer-help.mail.js';
import { markOthersNotChosen } from './peer-help.repo.js';
import type { Category } from './peer-help.schema.js';
import { mailAccounts } from './request-context.js';

/** Days between the warning and the closing of a request past its wished time. */
export const CLOSE_AFTER_WARNING_DAYS = 7;

export interface PastRequestsResult {
  warned: number;
  closed: number;
}

const paramsOf = (r: JobRequest) => ({ requestId: r.id, reference: r.reference, category: r.category as Category, summary: r.summary });

/**
 * Open requests past their wished time, at `now` (issue 15, item 4: "closed after a warning"). Only requests whose
 * wished time has exact dates have a last wished day (`wished_until`); free-text wishes are left alone. A request
 * with a helper selected is agreed work and is never closed here.
 * 1. The last wished day is before today (Finland) and no warning yet → the requester is warned that the request
 *    will be closed in CLOSE_AFTER_WARNING_DAYS days unless they keep it open (a new day: extend-request.ts, which
 *    forgets the warning) or choose a helper.
 * 2. Warned CLOSE_AFTER_WARNING_DAYS days ago or earlier and still nothing → closed (status `closed`); the requester
 *    is told kindly, and so is every applicant (marked not chosen).
 * Each step locks its requests and marks them in the transaction that queues the e-mails: a re-run sends nothing.
 */
export async function closePastRequests({ db, now }: { db: Database; now: Date }): Promise<PastRequestsResult> {
  const today = finnishDate(now);
  const closesOn = addCalendarDays(today, CLOSE_AFTER_WARNING_DAYS);
  const warned = await db.transaction().execute(async (trx) => {
    const due = await lockRequestsToWarn(trx, { today });
    for (const r of due) {
      await enqueueMail(trx, {
        to: r.email,
        lang: r.lang,
        template: peerHelpExpiryWarningMail,
        params: { ...paramsOf(r), wishedUntil: r.wishedUntil!, closesOn, days: CLOSE_AFTER_WARNING_DAYS },
      });
      await markExpiryWarned(trx, r.id, now);
    }
    return due.length;
  });
  const closed = await db.transaction().execute(async (trx) => {
    let n = 0;
    for (const r of await lockRequestsToClose(trx, { today, warnedOnOrBefore: addCalendarDays(today, -CLOSE_AFTER_WARNING_DAYS) })) {
      if (!(await closeRequest(trx, r.id, now))) continue;
      await mailAccounts(trx, [r.requesterId], peerHelpClosedMail, paramsOf(r));
      await mailAccounts(trx, await markOthersNotChosen(trx, r.id), peerHelpClosedApplicantMail, paramsOf(r));
      n += 1;
    }
    return n;
  });
  return { warned, closed };
}
