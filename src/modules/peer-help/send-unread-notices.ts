import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import type { Category } from './peer-help.schema.js';
import { claimUnreadNotice, listUnreadCandidates, type UnreadCandidate } from './peer-help-jobs.repo.js';
import { peerHelpUnreadMail } from './peer-help.mail.js';
import { findAccounts, findRequest } from './peer-help.repo.js';

/** Conversations with no message for this long are not looked at any more. */
const LOOK_BACK_MS = 14 * 24 * 3600_000;

/**
 * The batched notice of unread conversation messages, run every batch window (peer-help.job.ts). Each participant
 * (the requester and the selected helpers: nobody else reads a conversation) with messages by others that they
 * have not read (read-tracking: mark-conversation-read.ts) gets at most one e-mail per run, listing how many unread
 * messages on which request, with the link; never a message's text. A request is not mentioned again until new
 * messages arrive after the last notice (reading it also ends the count). Each participant's claims and e-mail are one
 * transaction; a claim moves `notified_up_to` forward only once, so a re-run, or a second worker, sends nothing.
 * Returns the number of e-mails.
 */
export async function sendUnreadNotices({ db, now }: { db: Database; now: Date }): Promise<number> {
  const byUser = new Map<string, UnreadCandidate[]>();
  for (const c of await listUnreadCandidates(db, { since: new Date(now.getTime() - LOOK_BACK_MS) })) {
    byUser.set(c.userId, [...(byUser.get(c.userId) ?? []), c]);
  }
  let sent = 0;
  for (const [userId, candidates] of byUser) {
    await db.transaction().execute(async (trx) => {
      const items = [];
      for (const c of candidates) {
        if (!(await claimUnreadNotice(trx, c))) continue;
        const r = await findRequest(trx, c.requestId);
        if (r) items.push({ requestId: r.id, reference: r.reference, category: r.category as Category, summary: r.summary, unread: c.unread });
      }
      const [account] = await findAccounts(trx, [userId]);
      if (items.length === 0 || !account) return;
      await enqueueMail(trx, { to: account.email, lang: account.lang, template: peerHelpUnreadMail, params: { requests: items } });
      sent += 1;
    });
  }
  return sent;
}
