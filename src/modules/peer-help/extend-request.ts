import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { conflict, invalidInput, notFound } from '../../platform/errors.js';
import { finnishDate } from '../referrals/working-days.js';
import { updateWishedUntil } from './peer-help-jobs.repo.js';
import { canExtend, isRequesterSide } from './peer-help.policy.js';
import { loadRequestContext } from './request-context.js';

/**
 * "Keep the request open": the requester side gives an open request a new last wished day (today or later in
 * Finland, at `now`). A warning already sent is forgotten, so the request is not closed (close-past-requests.ts).
 */
export async function extendRequest({ db, user, id, wishedUntil, now }: { db: Database; user: SessionUser; id: string; wishedUntil: string; now: Date }): Promise<void> {
  await db.transaction().execute(async (trx) => {
    const { request } = await loadRequestContext(trx, user, id);
    if (!isRequesterSide(user, request)) throw notFound('peer help request');
    if (!canExtend(user, request)) throw conflict('not open', { messageKey: 'peerHelp.error.notOpen' });
    if (wishedUntil < finnishDate(now)) throw invalidInput({ wishedUntil: 'peerHelp.error.wishedUntilPast' });
    if (!(await updateWishedUntil(trx, id, wishedUntil))) throw conflict('not open', { messageKey: 'peerHelp.error.notOpen' });
  });
}
