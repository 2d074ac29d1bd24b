import type { Config } from '../../config.js';
import type { FieldCipher } from '../crypto/field-cipher.js';
import type { Database } from '../db/database.js';
import type { MailTemplate } from '../mail/mail-template.js';
import { mailTransportFor } from '../mail/mail-transport.js';
import { createSendMailHandler } from '../mail/send-mail.job.js';
import { createSignInRequestHandler } from '../auth/request-sign-in-link.js';
import type { JobHandler } from './job-types.js';
import { pruneJobsHandler, pruneJobsJob } from './prune-jobs.job.js';
import { schedule, type Schedule } from './schedule.js';
import { startWorker, type WorkerLog } from './worker.js';

/**
 * The mail transport as logged and compared between instances: `smtp://host:port` (or smtps), never the user name or
 * password of SMTP_URL, or `outbox` when SMTP_URL is unset.
 */
export function describeMailTransport(smtpUrl: string | undefined): string {
  if (!smtpUrl) return 'outbox';
  const url = new URL(smtpUrl);
  const port = url.port || (url.protocol === 'smtps:' ? '465' : '587');
  return `${url.protocol}//${url.hostname}:${port}`;
}

export interface BackgroundWork {
  stop(): Promise<void>;
}

/**
 * Starts the job worker inside the app process (the embedded default): e-mail (SMTP when SMTP_URL is set,
 * otherwise the outbox, rendered from `templates`: src/mail-templates.ts) and the platform's scheduled jobs, plus the
 * modules' jobs in `extra` (src/jobs.ts). Several app instances may each run one; every job still runs once.
 */
export function startBackgroundWork(options: {
  config: Pick<Config, 'smtpUrl' | 'mailFrom' | 'baseUrl'>;
  db: Database;
  /** Opens e-mail recipients sealed with the field cipher (enqueueMail's `seal`). */
  cipher?: FieldCipher;
  log?: WorkerLog;
  pollMs?: number;
  /** Every e-mail template the send-mail job may be asked for (src/mail-templates.ts). */
  templates: readonly MailTemplate[];
  extra?: { handlers?: readonly JobHandler[]; schedules?: readonly Schedule[] };
  /** Heartbeat and takeover timing (tests shorten them; the defaults are startWorker's). */
  heartbeatMs?: number;
  staleMs?: number;
}): BackgroundWork {
  const transport = mailTransportFor(options.config);
  const worker = startWorker({
    db: options.db,
    log: options.log,
    pollMs: options.pollMs ?? 1000,
    heartbeatMs: options.heartbeatMs,
    staleMs: options.staleMs,
    mailTransport: describeMailTransport(options.config.smtpUrl),
    handlers: [
      createSendMailHandler({ transport, templates: options.templates, config: options.config, cipher: options.cipher }),
      createSignInRequestHandler({ cipher: options.cipher }),
      pruneJobsHandler,
      ...(options.extra?.handlers ?? []),
    ],
    schedules: [schedule(pruneJobsJob, '1 day'), ...(options.extra?.schedules ?? [])],
  });
  return {
    stop: async () => {
      await worker.stop();
      if (transport.kind === 'smtp') transport.close();
    },
  };
}
