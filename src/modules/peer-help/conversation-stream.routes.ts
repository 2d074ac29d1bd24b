import type { OutgoingHttpHeaders } from 'node:http';
import type { FastifyPluginAsync } from 'fastify';
import { currentUser, requireUser } from '../../platform/auth/auth.plugin.js';
import { notFound } from '../../platform/errors.js';
import { pageContext } from '../../platform/http/app.js';
import { isUuid } from '../../platform/ids.js';
import { messageAuthor, messageMeta } from './conversation.views.js';
import { linkParts, type TextPart } from './linkify.js';
import { idParams } from './peer-help.schema.js';
import { newConversationCursor, readNewMessages } from './read-new-messages.js';

/** Timing of the live conversation; the browser's EventSource reconnects after `lifetimeMs` (and after any break). */
export const STREAM_TIMING = {
  /** How often the database is asked for new messages (works across app instances sharing one PostgreSQL). */
  pollMs: 2_000,
  /** A comment line that keeps proxies from closing an idle connection. */
  heartbeatMs: 15_000,
  /** A connection is closed after this; the reconnection signs in again and re-checks the policy from the start. */
  lifetimeMs: 5 * 60_000,
  /** The reconnection delay the browser is told to use. */
  retryMs: 3_000,
};

/** One message as a live event: plain data only; public/js/peer-help-conversation.js builds text nodes and anchors. */
export interface LiveMessage {
  id: string;
  meta: string;
  parts: TextPart[];
  announce: string;
}

function lastIdOf(header: string | string[] | undefined, query: unknown): string | null {
  const fromHeader = Array.isArray(header) ? header[0] : header;
  if (fromHeader && isUuid(fromHeader.trim())) return fromHeader.trim();
  const after = (query as Record<string, unknown> | undefined)?.after;
  return typeof after === 'string' && isUuid(after) ? after : null;
}

/**
 * The live conversation of a request (issue 15 item 5): `GET /peer-help/requests/{id}/messages/stream` answers
 * Server-Sent Events with each new message, for those who may read the conversation (the requester side and the
 * selected helpers; 404 for anybody else, as the page). New messages are found by polling the database after the
 * last message the reader has (Last-Event-ID, or `?after=` from the page), so several app instances can share one
 * PostgreSQL without a message bus; every poll checks the policy again. A plain GET (no `Accept: text/event-stream`)
 * is sent to the conversation on the request's page. Without JavaScript the page shows new messages on reload.
 */
export const peerHelpStreamPages: FastifyPluginAsync = async (app) => {
  const { db } = app.deps;
  /** The open streams' closers, so that shutting the server down does not wait for their lifetime. */
  const open = new Set<() => void>();
  app.addHook('preClose', async () => {
    for (const end of [...open]) end();
  });

  app.get('/peer-help/requests/:id/messages/stream', { preHandler: requireUser }, async (request, reply) => {
    const parsed = idParams.safeParse(request.params);
    if (!parsed.success) throw notFound('peer help request');
    const id = parsed.data.id;
    const user = currentUser(request);
    const ctx = pageContext(request);
    const cursor = newConversationCursor(lastIdOf(request.headers['last-event-id'], request.query));
    const first = await readNewMessages({ db, user, id, cursor }); // 404 unless they may read the conversation
    if (!String(request.headers.accept ?? '').includes('text/event-stream')) {
      return reply.redirect(ctx.href(`/peer-help/requests/${id}#conversation-title`), 303);
    }

    reply.hijack();
    const raw = reply.raw;
    const headers: OutgoingHttpHeaders = {
      ...(reply.getHeaders() as OutgoingHttpHeaders),
      'content-type': 'text/event-stream; charset=utf-8',
      'cache-control': 'no-store, no-transform',
      'x-accel-buffering': 'no',
      connection: 'keep-alive',
    };
    raw.writeHead(200, headers);
    raw.write(`retry: ${STREAM_TIMING.retryMs}\n\n`);

    const send = (result: Awaited<ReturnType<typeof readNewMessages>>) => {
      for (const m of result.messages) {
        const event: LiveMessage = {
          id: m.id,
          meta: messageMeta(ctx, result.request, m),
          parts: linkParts(m.body),
          announce: ctx.t('peerHelp.live.new', { name: messageAuthor(ctx, result.request, m) }),
        };
        // JSON has no raw line breaks, so the event's data is one line.
        raw.write(`id: ${m.id}\ndata: ${JSON.stringify(event)}\n\n`);
      }
    };

    let closed = false;
    let busy = false;
    const end = () => {
      if (closed) return;
      closed = true;
      clearInterval(poll);
      clearInterval(heartbeat);
      clearTimeout(lifetime);
      open.delete(end);
      raw.end();
    };
    const poll = setInterval(() => {
      if (busy || closed) return;
      busy = true;
      readNewMessages({ db, user, id, cursor })
        .then((result) => {
          if (!closed) send(result);
        })
        .catch((err: unknown) => {
          // Access gone (404) or the database closing: end the stream; the browser's reconnection gets the answer.
          request.log.info({ route: '/peer-help/requests/:id/messages/stream', code: (err as { code?: string }).code ?? 'error' }, 'conversation stream ended');
          end();
        })
        .finally(() => {
          busy = false;
        });
    }, STREAM_TIMING.pollMs);
    const heartbeat = setInterval(() => {
      if (!closed) raw.write(': keep-alive\n\n');
    }, STREAM_TIMING.heartbeatMs);
    const lifetime = setTimeout(end, STREAM_TIMING.lifetimeMs);
    poll.unref();
    heartbeat.unref();
    lifetime.unref();
    open.add(end);
    request.raw.on('close', end);
    raw.on('close', end);
    send(first);
  });
};
