import { listAdministratorsForOrganizations } from '../../platform/auth/list-administrators-for.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { contactRequestOverdueAdminMail, contactRequestReminderMail } from './reminders.mail.js';
import { claimAdminNotices, claimReminders, listOrganizationsToRemind, type ClaimedRecipient, type Names } from './reminders.repo.js';
import { addCalendarDays, finnishDate, isWorkingDay, lastDateWithWorkingDaysPassed } from './working-days.js';

/** Working days with no action before the organisation is reminded, and before the administrators are told. */
export const REMIND_AFTER_WORKING_DAYS = 2;
export const TELL_ADMINS_AFTER_WORKING_DAYS = 5;

export interface ReminderRunResult {
  /** Recipients reminded (each once), and the e-mails that took to their organisations. */
  reminded: number;
  reminderMails: number;
  /** Recipients the administrators were told about (each once), and the e-mails to administrators. */
  adminsTold: number;
  adminMails: number;
}

/**
 * The daily reminder run at `now` (the job passes the clock; tests pass their own). On a day that is not a working
 * day in Finland nothing is sent (a reminder waits for Monday, or the day after a holiday). A recipient "has done
 * nothing" while its status is new or opened (acted_at null); working days are counted from the day after the
 * request (working-days.ts):
 * 1. REMIND_AFTER_WORKING_DAYS whole working days over → one e-mail per organisation to its contact-request address,
 *    listing the references (never client details; the signed link cannot be sent again: only its hash is stored),
 *    and reminded_at set;
 * 2. TELL_ADMINS_AFTER_WORKING_DAYS over → the administrators of each organisation (its regions' regional
 *    administrators, else the platform administrators: listAdministratorsForOrganizations) get one e-mail each
 *    listing their organisations and references, and admins_told_at set.
 * Each claim (a conditional update) and its e-mails are one transaction, so a run repeated, or run on two
 * instances at once, sends each e-mail once. Every claim is audited (ids and states only).
 */
export async function sendReferralReminders(options: { db: Database; now?: Date }): Promise<ReminderRunResult> {
  const { db } = options;
  const now = options.now ?? new Date();
  const result: ReminderRunResult = { reminded: 0, reminderMails: 0, adminsTold: 0, adminMails: 0 };
  const today = finnishDate(now);
  if (!isWorkingDay(today)) return result;

  // 1. Reminders, one organisation per transaction.
  const remindBefore = addCalendarDays(lastDateWithWorkingDaysPassed(today, REMIND_AFTER_WORKING_DAYS), 1);
  for (const organizationId of await listOrganizationsToRemind(db, { before: remindBefore })) {
    await db.transaction().execute(async (trx) => {
      const claimed = await claimReminders(trx, { organizationId, before: remindBefore, now });
      if (claimed.length === 0) return;
      for (const c of claimed) {
        await recordAudit(trx, {
          actorId: null,
          action: 'contact_request.remind',
          subjectType: 'contact_request',
          subjectId: c.requestId,
          organizationId: c.organizationId,
          toState: 'reminded',
          detail: { recipientId: c.recipientId, workingDays: REMIND_AFTER_WORKING_DAYS },
        });
      }
      result.reminded += claimed.length;
      const first = claimed[0]!;
      if (!first.requestAddress) return; // the address was removed since: the administrators will hear in step 2
      await enqueueMail(trx, {
        to: first.requestAddress,
        lang: organizationLanguage(first.organization, claimed.map((c) => c.uiLang)),
        template: contactRequestReminderMail,
        params: { organization: first.organization, requests: claimed.map(requestItem) },
      });
      result.reminderMails += 1;
    });
  }

  // 2. The administrators, in one transaction.
  const tellBefore = addCalendarDays(lastDateWithWorkingDaysPassed(today, TELL_ADMINS_AFTER_WORKING_DAYS), 1);
  await db.transaction().execute(async (trx) => {
    const claimed = await claimAdminNotices(trx, { before: tellBefore, now });
    if (claimed.length === 0) return;
    const administrators = await listAdministratorsForOrganizations(trx, [...new Set(claimed.map((c) => c.organizationId))]);
    const byUser = new Map<string, { email: string; lang: Lang; organizationIds: Set<string> }>();
    for (const a of administrators) {
      const entry = byUser.get(a.userId) ?? { email: a.email, lang: a.lang, organizationIds: new Set<string>() };
      entry.organizationIds.add(a.organizationId);
      byUser.set(a.userId, entry);
    }
    for (const c of claimed) {
      await recordAudit(trx, {
        actorId: null,
        action: 'contact_request.tell_admins',
        subjectType: 'contact_request',
        subjectId: c.requestId,
        organizationId: c.organizationId,
        toState: 'admins_told',
        detail: {
          recipientId: c.recipientId,
          workingDays: TELL_ADMINS_AFTER_WORKING_DAYS,
          administrators: administrators.filter((a) => a.organizationId === c.organizationId).length,
        },
      });
    }
    for (const entry of byUser.values()) {
      const organizations = groupByOrganization(claimed.filter((c) => entry.organizationIds.has(c.organizationId)));
      await enqueueMail(trx, {
        to: entry.email,
        lang: entry.lang,
        template: contactRequestOverdueAdminMail,
        params: { organizations: organizations.map((o) => ({ names: o.organization, requests: o.recipients.map(requestItem) })) },
      });
    }
    result.adminsTold = claimed.length;
    result.adminMails = byUser.size;
  });
  return result;
}

function requestItem(c: ClaimedRecipient): { reference: string; sentOn: string } {
  return { reference: c.reference, sentOn: finnishDate(c.createdAt) };
}

/**
 * The language the organisation's reminder is written in, by the rule of the original e-mail
 * (send-contact-request.ts): the request's page language when the organisation has a name in it, else Finnish;
 * requests in several languages → Finnish.
 */
function organizationLanguage(name: Names, uiLangs: Lang[]): Lang {
  const langs = new Set(uiLangs.map((l) => (l === 'fi' || name[l] ? l : 'fi')));
  return langs.size === 1 ? [...langs][0]! : 'fi';
}

function groupByOrganization(claimed: ClaimedRecipient[]): { organization: Names; recipients: ClaimedRecipient[] }[] {
  const groups = new Map<string, { organization: Names; recipients: ClaimedRecipient[] }>();
  for (const c of claimed) {
    const g = groups.get(c.organizationId) ?? { organization: c.organization, recipients: [] };
    g.recipients.push(c);
    groups.set(c.organizationId, g);
  }
  return [...groups.values()];
}
