import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.js';
import type { Lang } from '../i18n/i18n.js';
import { isUuid, newId } from '../ids.js';

/** SQL of the mail records: the outbox (mail kept in the database) and the SMTP send log. */

export async function insertOutboxMessage(
  db: Kysely<DB>,
  message: { jobId: string; to: string; lang: Lang; template: string; subject: string; text: string; html: string; messageId: string },
): Promise<string> {
  const id = newId();
  await db
    .insertInto('outbox')
    .values({
      id,
      job_id: message.jobId,
      to: message.to,
      lang: message.lang,
      template: message.template,
      subject: message.subject,
      text: message.text,
      html: message.html,
      message_id: message.messageId,
    })
    .execute();
  return id;
}

export async function insertMailSent(db: Kysely<DB>, sent: { jobId: string; template: string; messageId: string }): Promise<void> {
  await db.insertInto('mail_sent').values({ job_id: sent.jobId, template: sent.template, message_id: sent.messageId }).execute();
}

export interface OutboxSummary {
  id: string;
  to: string;
  lang: Lang;
  template: string;
  subject: string;
  createdAt: Date;
}

export interface OutboxMessage extends OutboxSummary {
  jobId: string;
  text: string;
  html: string;
  messageId: string;
}

/** The outbox, newest first, one page at a time (for the platform administrator's mail page). */
export async function listOutboxRows(options: {
  db: Kysely<DB>;
  limit?: number;
  offset?: number;
  /** Only messages to this address (exact, case-insensitive). */
  to?: string;
}): Promise<{ total: number; items: OutboxSummary[] }> {
  const limit = Math.min(Math.max(options.limit ?? 50, 1), 200);
  const offset = Math.max(options.offset ?? 0, 0);
  let base = options.db.selectFrom('outbox');
  if (options.to) base = base.where((eb) => eb(eb.fn('lower', ['to']), '=', options.to!.toLowerCase()));
  const [rows, count] = await Promise.all([
    base
      .select(['id', 'to', 'lang', 'template', 'subject', 'created_at'])
      .orderBy('created_at', 'desc')
      .orderBy('id', 'desc')
      .limit(limit)
      .offset(offset)
      .execute(),
    base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
  ]);
  return {
    total: Number(count.n),
    items: rows.map((r) => ({ id: r.id, to: r.to, lang: r.lang, template: r.template, subject: r.subject, createdAt: r.created_at })),
  };
}

/** One outbox message with both parts, or null (also for an id that is not a UUID). */
export async function findOutboxMessage(options: { db: Kysely<DB>; id: string }): Promise<OutboxMessage | null> {
  if (!isUuid(options.id)) return null;
  const r = await options.db.selectFrom('outbox').selectAll().where('id', '=', options.id).executeTakeFirst();
  if (!r) return null;
  return {
    id: r.id,
    jobId: r.job_id,
    to: r.to,
    lang: r.lang,
    template: r.template,
    subject: r.subject,
    text: r.text,
    html: r.html,
    messageId: r.message_id,
    createdAt: r.created_at,
  };
}
