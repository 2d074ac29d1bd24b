import { once } from 'node:events';
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/**
 * A real SMTP server for tests (devDependencies smtp-server and mailparser): it accepts every message on a local
 * port and keeps it parsed. stop() takes it down (connections are refused, like a mail server that is down);
 * start() brings it back on the same port.
 */
export interface TestSmtpServer {
  port: number;
  /** smtp://127.0.0.1:PORT */
  url: string;
  messages: ParsedMail[];
  /** Resolves when at least `count` messages have arrived (rejects after `timeoutMs`). */
  waitFor(count: number, timeoutMs?: number): Promise<ParsedMail[]>;
  start(): Promise<void>;
  stop(): Promise<void>;
}

export interface TestSmtpServerOptions {
  /** Listen on this port (default: a free one). */
  port?: number;
  /**
   * A slow server: after a message's data has arrived, wait this long before accepting it (the 250 reply). A message
   * whose client disconnected during the wait is dropped, as a real server drops one it has not acknowledged.
   */
  acceptDelayMs?: number;
}

export async function startTestSmtpServer(options: TestSmtpServerOptions = {}): Promise<TestSmtpServer> {
  const messages: ParsedMail[] = [];
  const waiters: (() => void)[] = [];
  let server: SMTPServer | undefined;
  let port = options.port ?? 0;
  const closedSessions = new Set<string>();

  const listen = async () => {
    const s = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      closeTimeout: 100,
      onClose(session) {
        closedSessions.add(session.id);
      },
      onData(stream, session, callback) {
        simpleParser(stream)
          .then(async (mail) => {
            if (options.acceptDelayMs) {
              await new Promise((resolve) => setTimeout(resolve, options.acceptDelayMs));
              if (closedSessions.has(session.id)) throw new Error('client gone before the message was accepted');
            }
            messages.push(mail);
            for (const w of waiters.splice(0)) w();
            callback();
          })
          .catch((err: Error) => callback(err));
      },
    });
    const net = s.listen(port, '127.0.0.1');
    await once(net, 'listening');
    port = (net.address() as AddressInfo).port;
    server = s;
  };

  await listen();
  const api: TestSmtpServer = {
    get port() {
      return port;
    },
    get url() {
      return `smtp://127.0.0.1:${port}`;
    },
    messages,
    async waitFor(count, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < count) {
        const left = deadline - Date.now();
        if (left <= 0) throw new Error(`expected ${count} messages, got ${messages.length}`);
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, left);
          waiters.push(() => {
            clearTimeout(timer);
            resolve();
          });
        });
      }
      return messages;
    },
    start: async () => {
      if (!server) await listen();
    },
    stop: async () => {
      const s = server;
      server = undefined;
      if (s) await new Promise<void>((resolve) => s.close(() => resolve()));
    },
  };
  return api;
}
