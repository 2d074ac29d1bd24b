import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { finnishDate } from '../referrals/working-days.js';
import { matchesProfile } from './list-open-requests.js';
import { lockDueDigestProfiles, listRequestsPublishedBetween, markDigestChecked } from './peer-help-jobs.repo.js';
import { peerHelpDigestMail } from './peer-help.mail.js';
import { canSeeRequest } from './peer-help.policy.js';
import { listGroupIdsOfUser } from './peer-help.repo.js';
import type { Category } from './peer-help.schema.js';

const DAY_MS = 24 * 3600_000;

/**
 * The daily digest at `now` (the job passes the clock, tests their own): each helper whose profile chose "once a
 * day" gets one e-mail listing the open requests published since their last digest (the first one: the last 24
 * hours) that match them by the rules of the notice at once (publish-request.ts): a category of interest, remote or
 * within their distance, visible to them (a group's request: its members), not their own. Nothing new, no e-mail.
 * The profiles are locked and marked checked in the same transaction as the e-mails are queued, so a second run on
 * the same Finnish day, or on another worker at the same time, sends nothing. Returns the number of e-mails.
 */
export async function sendRequestDigests({ db, now }: { db: Database; now: Date }): Promise<number> {
  return db.transaction().execute(async (trx) => {
    let sent = 0;
    for (const p of await lockDueDigestProfiles(trx, { today: finnishDate(now) })) {
      const after = p.digestCheckedAt ?? new Date(now.getTime() - DAY_MS);
      const helper: SessionUser = { id: p.userId, email: p.email, lang: p.lang, roles: [] };
      const groupIds = await listGroupIdsOfUser(trx, p.userId, p.email);
      const requests = (await listRequestsPublishedBetween(trx, { after, until: now })).filter(
        (r) => r.requesterId !== p.userId && matchesProfile(r, p) && canSeeRequest(helper, { ...r, status: 'open' }, groupIds),
      );
      if (requests.length > 0) {
        await enqueueMail(trx, {
          to: p.email,
          lang: p.lang,
          template: peerHelpDigestMail,
          params: { requests: requests.map((r) => ({ requestId: r.id, reference: r.reference, category: r.category as Category, summary: r.summary })) },
        });
        sent += 1;
      }
      await markDigestChecked(trx, p.profileId, now);
    }
    return sent;
  });
}
