import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { saveReadUpTo } from './peer-help-jobs.repo.js';
import { canReadConversation } from './peer-help.policy.js';
import { loadRequestContext } from './request-context.js';

/**
 * Read tracking: the person has seen the request's conversation up to the message written at `upTo` (the newest
 * one shown to them). Called when the request page is shown (and, for live updates, when messages are delivered);
 * the unread notices (send-unread-notices.ts) count only what came after. Does nothing for anyone who may not read
 * the conversation.
 */
export async function markConversationRead({ db, user, id, upTo }: { db: Database; user: SessionUser; id: string; upTo: Date }): Promise<void> {
  const { request, applications } = await loadRequestContext(db, user, id);
  if (!canReadConversation(user, request, applications)) return;
  await saveReadUpTo(db, { requestId: id, userId: user.id, upTo });
}
