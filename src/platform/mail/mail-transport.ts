import { createTransport } from 'nodemailer';
import type { Config } from '../../config.js';
import type { Lang } from '../i18n/i18n.js';

export interface OutgoingMail {
  from: string;
  to: string;
  lang: Lang;
  subject: string;
  text: string;
  html: string;
  /** Deterministic, from the job id: a resend of the same job carries the same Message-ID. */
  messageId: string;
  /** A mailing list's one-click unsubscribe address (RFC 2369 and RFC 8058 headers). */
  listUnsubscribe?: string;
}

/**
 * Where mail goes: over SMTP, or (when SMTP_URL is unset) into the outbox table, which the send-mail job writes
 * itself in the transaction that marks it done.
 */
export type MailTransport =
  | { kind: 'outbox' }
  | { kind: 'smtp'; send(mail: OutgoingMail): Promise<{ messageId: string }>; close(): void };

/** Milliseconds nodemailer waits for a TCP connection, for the server's greeting and for any answer on the socket. */
export interface SmtpTimeouts {
  connectionMs: number;
  greetingMs: number;
  socketMs: number;
}

/**
 * The defaults: a server that accepts the connection and never answers fails the attempt after 15 s (greeting), one
 * that stops answering mid-message after 60 s; the job is then retried. Both are well inside the job lease, which a
 * running worker renews anyway (tests/faults/smtp-hanging.db.test.ts).
 */
export const DEFAULT_SMTP_TIMEOUTS: SmtpTimeouts = { connectionMs: 15_000, greetingMs: 15_000, socketMs: 60_000 };

/** An SMTP transport over nodemailer, with timeouts well inside the job lease. */
export function smtpTransport(smtpUrl: string, timeouts: SmtpTimeouts = DEFAULT_SMTP_TIMEOUTS): MailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    connectionTimeout: timeouts.connectionMs,
    greetingTimeout: timeouts.greetingMs,
    socketTimeout: timeouts.socketMs,
  });
  return {
    kind: 'smtp',
    async send(mail) {
      const info = await transporter.sendMail({
        from: mail.from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: mail.messageId,
        headers: {
          'Auto-Submitted': 'auto-generated',
          'Content-Language': mail.lang,
          ...(mail.listUnsubscribe ? { 'List-Unsubscribe': `<${mail.listUnsubscribe}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' } : {}),
        },
      });
      return { messageId: typeof info.messageId === 'string' && info.messageId ? info.messageId : mail.messageId };
    },
    close: () => transporter.close(),
  };
}

export function mailTransportFor(config: Pick<Config, 'smtpUrl'>): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : { kind: 'outbox' };
}
