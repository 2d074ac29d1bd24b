/**
 * A job worker in a process of its own, for tests/faults/worker-killed.db.test.ts: the embedded worker
 * (startBackgroundWork, as src/main.ts starts it) against DATABASE_URL or the PGlite under DATA_DIR, sending over
 * SMTP_URL. Heartbeat and takeover are shortened (HEARTBEAT_MS, STALE_MS). Prints "ready" and one JSON line per
 * log entry; on SIGTERM it stops cleanly.
 */
import { openDatabase } from '../../src/platform/db/database.js';
import { startBackgroundWork } from '../../src/platform/jobs/start-background-work.js';
import { testMessage } from '../../src/platform/mail/test-message.mail.js';

async function main(): Promise<void> {
  const database = await openDatabase({ databaseUrl: process.env.DATABASE_URL || undefined, dataDir: process.env.DATA_DIR ?? 'memory://' });
  const line = (level: string) => (obj: object, msg: string) => console.log(JSON.stringify({ level, msg, ...obj }));
  const work = startBackgroundWork({
    config: { smtpUrl: process.env.SMTP_URL, mailFrom: 'Tarjotin <noreply@tarjotin.example.org>', baseUrl: 'https://tarjotin.example.org' },
    db: database.db,
    templates: [testMessage],
    pollMs: 50,
    heartbeatMs: Number(process.env.HEARTBEAT_MS ?? 5000),
    staleMs: Number(process.env.STALE_MS ?? 30_000),
    log: { info: line('info'), warn: line('warn'), error: line('error') },
  });
  console.log('ready');
  process.once('SIGTERM', () => {
    void work
      .stop()
      .then(() => database.close())
      .then(() => process.exit(0));
  });
}

void main();
