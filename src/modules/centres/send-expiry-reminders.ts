import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { dateInput } from '../events/helsinki-time.js';
import { materialExpiryMail } from './material-mail.js';
import { lockDueReminders, markReminderSent } from './materials.repo.js';

/** How many days before the end of its validity the sender is reminded (seed 003: the sender keeps it current). */
export const REMIND_DAYS_BEFORE = 14;

/**
 * Reminds the sender of each approved material whose validity ends within REMIND_DAYS_BEFORE days, once (the
 * material is marked in the same transaction as the mail is queued). Expired material needs no job: every list
 * asks for validity by date.
 */
export async function sendExpiryReminders({ db, now }: { db: Database; now: Date }): Promise<number> {
  const today = dateInput(now);
  const until = dateInput(new Date(now.getTime() + REMIND_DAYS_BEFORE * 24 * 3600_000));
  return db.transaction().execute(async (trx) => {
    const due = await lockDueReminders(trx, { today, until });
    for (const m of due) {
      await enqueueMail(trx, { to: m.email, lang: m.lang, template: materialExpiryMail, params: { title: m.title, validUntil: m.validUntil } });
      await markReminderSent(trx, m.id, now);
    }
    return due.length;
  });
}
