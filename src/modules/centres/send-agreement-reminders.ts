import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { agreementReminderMail } from './agreement-mail.js';
import { lockDueAgreementReminders, markAgreementReminded } from './agreements.repo.js';
import { listLiaisonRecipients } from './centres.repo.js';
import { ngoRecipients } from './agreement-recipients.js';

/** How long before an accepted agreement's time both sides are reminded. */
export const AGREEMENT_REMIND_HOURS = 48;

/**
 * Reminds both sides of each accepted agreement starting within AGREEMENT_REMIND_HOURS, once: the organisation's
 * contact person (its maintainers when the centre asked) and the centre's liaisons, each address once; the agreement is marked in the same transaction as the mail is queued.
 */
export async function sendAgreementReminders({ db, now }: { db: Database; now: Date }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    const due = await lockDueAgreementReminders(trx, { from: now, until: new Date(now.getTime() + AGREEMENT_REMIND_HOURS * 3600_000) });
    for (const a of due) {
      const params = { agreementId: a.id, title: a.title, centreFi: a.centreFi, centreSv: a.centreSv, organization: a.organizationFi, startsAt: a.startsAt.toISOString() };
      const all = [...(await ngoRecipients(trx, a)), ...(await listLiaisonRecipients(trx, a.centreId))];
      const recipients = all.filter((r, i) => all.findIndex((o) => o.email.toLowerCase() === r.email.toLowerCase()) === i);
      for (const r of recipients) await enqueueMail(trx, { to: r.email, lang: r.lang, template: agreementReminderMail, params });
      await markAgreementReminded(trx, a.id, now);
    }
    return due.length;
  });
}
