import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { notFound } from '../../platform/errors.js';
import { canReadConversation } from './peer-help.policy.js';
import { findLatestMessageTime, findMessageTime, listMessagesSince, type MessageRow, type RequestRow } from './peer-help.repo.js';
import { loadRequestContext } from './request-context.js';
import { saveReadUpTo } from './peer-help-jobs.repo.js';

/**
 * How far back each poll looks again, in the database's own time: a message whose transaction began earlier but
 * committed after a later one was already sent still arrives (ids seen are skipped), so nothing is lost between polls
 * of several app instances sharing one database.
 */
export const LOOK_BACK_MS = 10_000;

/**
 * Where one reader of a conversation is: the message they have last (the page's last one, or the EventSource's
 * Last-Event-ID), then the ids already sent within the look-back window with their times.
 */
export interface ConversationCursor {
  lastId: string | null;
  seen: Map<string, number> | null;
}

export function newConversationCursor(lastId: string | null): ConversationCursor {
  return { lastId, seen: null };
}

/**
 * The conversation's messages the reader does not have yet (the live conversation's poll), after checking again that
 * they may read it (the requester side and the selected helpers; 404 for anybody else, as for the page). The first
 * call places the cursor: after `lastId` when it is a message of this request, after the newest message when it is
 * not (an unknown id never replays the whole conversation), from the start when the reader has none.
 */
export async function readNewMessages({ db, user, id, cursor }: { db: Database; user: SessionUser; id: string; cursor: ConversationCursor }): Promise<{ request: RequestRow; messages: MessageRow[] }> {
  const { request, applications } = await loadRequestContext(db, user, id);
  if (!canReadConversation(user, request, applications)) throw notFound('conversation');
  const fresh: MessageRow[] = [];
  if (!cursor.seen) {
    cursor.seen = new Map();
    let anchor: Date | null = null;
    let known = false;
    if (cursor.lastId) {
      anchor = await findMessageTime(db, id, cursor.lastId);
      known = anchor !== null;
      if (!known) anchor = await findLatestMessageTime(db, id);
    }
    const rows = await listMessagesSince(db, id, anchor ? new Date(anchor.getTime() - LOOK_BACK_MS) : null);
    const upTo = !cursor.lastId ? -1 : known ? rows.findIndex((m) => m.id === cursor.lastId) : rows.length - 1;
    rows.forEach((m, i) => {
      cursor.seen!.set(m.id, m.createdAt.getTime());
      if (i > upTo) fresh.push(m);
    });
    return { request, messages: await markDelivered(db, user, id, fresh) };
  }
  const times = [...cursor.seen.values()];
  const since = times.length === 0 ? null : new Date(Math.max(...times) - LOOK_BACK_MS);
  for (const m of await listMessagesSince(db, id, since)) {
    if (cursor.seen.has(m.id)) continue;
    cursor.seen.set(m.id, m.createdAt.getTime());
    fresh.push(m);
  }
  // Ids older than the next poll's window can no longer come back: forget them.
  if (since) for (const [mid, at] of cursor.seen) if (at < since.getTime() - LOOK_BACK_MS) cursor.seen.delete(mid);
  return { request, messages: await markDelivered(db, user, id, fresh) };
}

/** Messages delivered live into the open page are read (read tracking of the unread notices: send-unread-notices.ts). */
async function markDelivered(db: Database, user: SessionUser, id: string, messages: MessageRow[]): Promise<MessageRow[]> {
  const newest = messages.at(-1);
  if (newest) await saveReadUpTo(db, { requestId: id, userId: user.id, upTo: newest.createdAt });
  return messages;
}
