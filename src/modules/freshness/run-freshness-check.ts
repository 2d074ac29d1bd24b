import { listMaintainers } from '../../platform/auth/auth.repo.js';
import { listAdministratorsForOrganizations } from '../../platform/auth/list-administrators-for.js';
import type { FreshnessSettings } from '../../config.js';
import type { Database } from '../../platform/db/database.js';
import { recordAudit } from '../../platform/audit/record-audit.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { rebuildSearchIndex } from '../search/rebuild-search-index.js';
import { daysBefore, helsinkiDate } from './freshness-dates.js';
import { CONFIRM_LINK_DAYS, freshnessAdminMail, freshnessReminderMail } from './freshness.mail.js';
import {
  addRemindersSent,
  clearHidden,
  closeSupersededCycles,
  insertCycle,
  insertToken,
  listActivityIds,
  listDueForAdmins,
  listDueForFirstReminder,
  listDueForHiding,
  listDueForMarkedReminder,
  listDueForSecondReminder,
  listHiddenCheckedSince,
  markAdminsTold,
  markHidden,
  markSecondReminder,
  restartCycle,
  type DueOrganizationRow,
} from './freshness.repo.js';

const DAY_MS = 86_400_000;

export interface FreshnessRunResult {
  /** Open cycles closed because the data was updated (or unpublished) meanwhile. */
  cyclesClosed: number;
  firstReminders: number;
  /** Cycles asked again from the start because the data got marked "may be out of date" meanwhile. */
  markedReminders: number;
  secondReminders: number;
  /** Organisations the administrators were told about (no answer to two reminders). */
  adminsTold: number;
  hidden: number;
  unhidden: number;
  /** E-mails queued, by kind. */
  mails: { reminder: number; secondReminder: number; admin: number };
}

/**
 * The daily freshness run at `now` (the scheduled job passes the clock; tests and the benchmark pass their own):
 * 1. closes cycles of organisations updated since; brings back into search hidden ones checked again meanwhile;
 * 2. first reminder to the maintainers of published organisations last checked `remindAfterDays` ago or earlier;
 * 3. second reminder `secondReminderDays` after the first; 4. the administrators are told `tellAdminsDays` after
 * the second; still unanswered when the data reaches `markAfterDays`: the same again once (a marked reminder);
 * 5. organisations unchecked for `hideAfterDays` leave search and the administrators are told.
 * Each step's state change and its e-mails are written in one transaction and guarded by the cycle row, so a run
 * repeated (or run twice at once) sends nothing twice.
 */
export async function runFreshnessCheck(options: { db: Database; settings: FreshnessSettings; now?: Date }): Promise<FreshnessRunResult> {
  const { db, settings } = options;
  const now = options.now ?? new Date();
  const today = helsinkiDate(now);
  const result: FreshnessRunResult = {
    cyclesClosed: 0,
    firstReminders: 0,
    markedReminders: 0,
    secondReminders: 0,
    adminsTold: 0,
    hidden: 0,
    unhidden: 0,
    mails: { reminder: 0, secondReminder: 0, admin: 0 },
  };
  const hideDue = daysBefore(today, settings.hideAfterDays);

  result.cyclesClosed = await closeSupersededCycles(db, { now });

  const checkedAgain = await listHiddenCheckedSince(db, { dueOn: hideDue });
  if (checkedAgain.length > 0) {
    await db.transaction().execute(async (trx) => {
      await clearHidden(trx, { organizationIds: checkedAgain });
      await rebuildSearchIndex({ db: trx, activityIds: await listActivityIds(trx, { organizationIds: checkedAgain }) });
      for (const id of checkedAgain) {
        await recordAudit(trx, { actorId: null, action: 'freshness.unhide', subjectType: 'organization', subjectId: id, organizationId: id, fromState: 'hidden', toState: 'shown' });
      }
    });
    result.unhidden = checkedAgain.length;
  }

  for (const org of await listDueForFirstReminder(db, { dueOn: daysBefore(today, settings.remindAfterDays) })) {
    const sent = await db.transaction().execute(async (trx) => {
      const cycleId = await insertCycle(trx, { id: newId(), organizationId: org.id, checkedOn: org.checkedOn, now });
      if (!cycleId) return null;
      const mails = await remindMaintainers(trx, { cycleId, org, second: false, now });
      await recordAudit(trx, {
        actorId: null,
        action: 'freshness.remind',
        subjectType: 'organization',
        subjectId: org.id,
        organizationId: org.id,
        toState: 'reminded',
        detail: { checkedOn: org.checkedOn, recipients: mails },
      });
      return mails;
    });
    if (sent !== null) {
      result.firstReminders += 1;
      result.mails.reminder += sent;
    }
  }

  // Still unanswered when the data gets marked "may be out of date": asked once more from the start (the mark is
  // news to the organisation), with a second reminder and the administrators told again if need be.
  const markedOn = daysBefore(today, settings.markAfterDays);
  const graceDays = settings.secondReminderDays + settings.tellAdminsDays;
  for (const cycle of await listDueForMarkedReminder(db, { markedOn, markAfterDays: settings.markAfterDays, graceDays })) {
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await restartCycle(trx, { cycleId: cycle.cycleId, now, markAfterDays: settings.markAfterDays, graceDays }))) return null;
      const mails = await remindMaintainers(trx, { cycleId: cycle.cycleId, org: cycle, second: false, marked: true, now });
      await recordAudit(trx, {
        actorId: null,
        action: 'freshness.remind_marked',
        subjectType: 'organization',
        subjectId: cycle.id,
        organizationId: cycle.id,
        toState: 'reminded',
        detail: { checkedOn: cycle.checkedOn, recipients: mails },
      });
      return mails;
    });
    if (sent !== null) {
      result.markedReminders += 1;
      result.mails.reminder += sent;
    }
  }

  for (const cycle of await listDueForSecondReminder(db, { sentBefore: new Date(now.getTime() - settings.secondReminderDays * DAY_MS) })) {
    const sent = await db.transaction().execute(async (trx) => {
      if (!(await markSecondReminder(trx, { cycleId: cycle.cycleId, now }))) return null;
      const mails = await remindMaintainers(trx, { cycleId: cycle.cycleId, org: cycle, second: true, now });
      await recordAudit(trx, {
        actorId: null,
        action: 'freshness.remind_again',
        subjectType: 'organization',
        subjectId: cycle.id,
        organizationId: cycle.id,
        fromState: 'reminded',
        toState: 'reminded_again',
        detail: { checkedOn: cycle.checkedOn, recipients: mails },
      });
      return mails;
    });
    if (sent !== null) {
      result.secondReminders += 1;
      result.mails.secondReminder += sent;
    }
  }

  const overdue = await listDueForAdmins(db, { sentBefore: new Date(now.getTime() - settings.tellAdminsDays * DAY_MS) });
  const stale = await listDueForHiding(db, { dueOn: hideDue });
  if (overdue.length > 0 || stale.length > 0) {
    await db.transaction().execute(async (trx) => {
      const told = new Set(await markAdminsTold(trx, { cycleIds: overdue.map((c) => c.cycleId), now }));
      const toldOrgs = overdue.filter((c) => told.has(c.cycleId));
      const hiddenIds = new Set(await markHidden(trx, { organizationIds: stale.map((o) => o.id), now }));
      const hiddenOrgs = stale.filter((o) => hiddenIds.has(o.id));
      if (hiddenOrgs.length > 0) {
        await rebuildSearchIndex({ db: trx, activityIds: await listActivityIds(trx, { organizationIds: [...hiddenIds] }) });
      }
      for (const o of toldOrgs) {
        await recordAudit(trx, { actorId: null, action: 'freshness.tell_admins', subjectType: 'organization', subjectId: o.id, organizationId: o.id, fromState: 'reminded_again', toState: 'admins_told', detail: { checkedOn: o.checkedOn } });
      }
      for (const o of hiddenOrgs) {
        await recordAudit(trx, { actorId: null, action: 'freshness.hide', subjectType: 'organization', subjectId: o.id, organizationId: o.id, fromState: 'shown', toState: 'hidden', detail: { checkedOn: o.checkedOn } });
      }
      result.adminsTold = toldOrgs.length;
      result.hidden = hiddenOrgs.length;
      result.mails.admin = await tellAdmins(trx, { overdue: toldOrgs, hidden: hiddenOrgs });
    });
  }
  return result;
}

/** A fresh one-click link and a reminder for each maintainer of the organisation; returns the number of e-mails. */
async function remindMaintainers(
  trx: Database,
  options: { cycleId: string; org: DueOrganizationRow; second: boolean; marked?: boolean; now: Date },
): Promise<number> {
  const maintainers = await listMaintainers(trx, options.org.id);
  const expiresAt = new Date(options.now.getTime() + CONFIRM_LINK_DAYS * DAY_MS);
  for (const m of maintainers) {
    const token = newSecret();
    await insertToken(trx, { id: newId(), cycleId: options.cycleId, organizationId: options.org.id, userId: m.userId, tokenHash: hashSecret(token), expiresAt });
    await enqueueMail(trx, {
      to: m.email,
      lang: m.lang,
      template: freshnessReminderMail,
      params: { second: options.second, marked: options.marked ?? false, organizationId: options.org.id, names: options.org.names, checkedOn: options.org.checkedOn, token },
    });
  }
  if (maintainers.length > 0) await addRemindersSent(trx, { cycleId: options.cycleId, count: maintainers.length });
  return maintainers.length;
}

/** One e-mail per administrator listing their organisations (regional administrators, else platform ones). */
async function tellAdmins(trx: Database, options: { overdue: DueOrganizationRow[]; hidden: DueOrganizationRow[] }): Promise<number> {
  const all = [...options.overdue, ...options.hidden];
  if (all.length === 0) return 0;
  const recipients = await listAdministratorsForOrganizations(trx, [...new Set(all.map((o) => o.id))]);
  const byUser = new Map<string, { email: string; lang: (typeof recipients)[number]['lang']; orgs: Set<string> }>();
  for (const r of recipients) {
    const entry = byUser.get(r.userId) ?? { email: r.email, lang: r.lang, orgs: new Set<string>() };
    entry.orgs.add(r.organizationId);
    byUser.set(r.userId, entry);
  }
  const item = (o: DueOrganizationRow) => ({ names: o.names, checkedOn: o.checkedOn });
  for (const entry of byUser.values()) {
    await enqueueMail(trx, {
      to: entry.email,
      lang: entry.lang,
      template: freshnessAdminMail,
      params: {
        overdue: options.overdue.filter((o) => entry.orgs.has(o.id)).map(item),
        hidden: options.hidden.filter((o) => entry.orgs.has(o.id)).map(item),
      },
    });
  }
  return byUser.size;
}
