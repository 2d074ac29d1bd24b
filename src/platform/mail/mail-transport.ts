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
}

/**
 * Where mail goes: over SMTP, or (when SMTP_URL is unset) into the outbox table, which the send-mail job writes
 * itself in the transaction that marks it done.
 */
export type MailTransport =
  | { kind: 'outbox' }
  | { kind: 'smtp'; send(mail: OutgoingMail): Promise<{ messageId: string }>; close(): void };

/** An SMTP transport over nodemailer, with timeouts well inside the job lease (5 minutes). */
export function smtpTransport(smtpUrl: string): MailTransport {
  const transporter = createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 60_000,
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
        headers: { 'Auto-Submitted': 'auto-generated', 'Content-Language': mail.lang },
      });
      return { messageId: typeof info.messageId === 'string' && info.messageId ? info.messageId : mail.messageId };
    },
    close: () => transporter.close(),
  };
}

export function mailTransportFor(config: Pick<Config, 'smtpUrl'>): MailTransport {
  return config.smtpUrl ? smtpTransport(config.smtpUrl) : { kind: 'outbox' };
}
