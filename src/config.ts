import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { isIP } from 'node:net';
import { parseEnv } from 'node:util';
import { z } from 'zod';

/** The optional settings file, in the working directory: the app and every command (`npm run …`) read the same one. */
export const ENV_FILE = '.env';

/** An IPv4 or IPv6 address, optionally with a /prefix length in range. */
function isAddressOrCidr(value: string): boolean {
  const [address, prefix, ...rest] = value.split('/');
  const family = isIP(address ?? '');
  if (family === 0 || rest.length > 0) return false;
  if (prefix === undefined) return true;
  return /^\d{1,3}$/.test(prefix) && Number(prefix) <= (family === 4 ? 32 : 128);
}

/** TRUST_PROXY: a hop count (1–10) or a comma-separated list of proxy addresses / CIDR ranges. */
function isTrustProxy(value: string): boolean {
  if (/^\d+$/.test(value)) return Number(value) >= 1 && Number(value) <= 10;
  return value.split(',').every((part) => isAddressOrCidr(part.trim()));
}

/**
 * REGION_HOSTS: comma-separated `host=slug` pairs (a host name without port or scheme, a region's slug), each host
 * once. Parsed into a map host → slug; null when malformed.
 */
export function parseRegionHosts(value: string): Map<string, string> | null {
  const map = new Map<string, string>();
  for (const part of value.split(',')) {
    const m = /^\s*([a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)\s*=\s*([a-z0-9]+(-[a-z0-9]+)*)\s*$/i.exec(part);
    if (!m || map.has(m[1]!.toLowerCase())) return null;
    map.set(m[1]!.toLowerCase(), m[5]!);
  }
  return map;
}

/** Every setting the service reads from the environment (or `.env`); the README has the same table. */
const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  BASE_URL: z.url({ protocol: /^https?$/ }).optional(),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must start with postgres:// or postgresql://')
    .optional(),
  TRUST_PROXY: z
    .string()
    .refine(isTrustProxy, 'must be a hop count (1, 2, …) or a comma-separated list of proxy IP addresses or CIDR ranges')
    .optional(),
  DEMO_DATA: z.enum(['on', 'off']).default('on'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SMTP_URL: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^[^\r\n]*@[^\r\n]*$/, 'must be an e-mail address, optionally with a name: Name <address@example.org>')
    .default('Tarjotin <noreply@tarjotin.example.org>'),
  // Freshness (src/modules/freshness): days since the data was last checked.
  FRESHNESS_REMIND_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(182),
  FRESHNESS_SECOND_REMINDER_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  FRESHNESS_TELL_ADMINS_DAYS: z.coerce.number().int().min(1).max(365).default(14),
  FRESHNESS_MARK_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(365),
  FRESHNESS_HIDE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(548),
  // Contact requests (src/modules/referrals): keys for the personal fields, and when they are erased.
  DATA_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9]{1,16}:[A-Za-z0-9+/]{43}=(,[A-Za-z0-9]{1,16}:[A-Za-z0-9+/]{43}=)*$/, 'must be <version>:<base64 of 32 bytes>, newest first, comma-separated')
    .optional(),
  CONTACT_REQUEST_ERASE_AFTER_CLOSED_DAYS: z.coerce.number().int().min(1).max(3650).default(90),
  CONTACT_REQUEST_ERASE_AFTER_DAYS: z.coerce.number().int().min(1).max(3650).default(180),
  // Scheduled backups (src/platform/backup): every so many hours (0 = off), keeping the newest BACKUP_KEEP.
  BACKUP_INTERVAL_HOURS: z.coerce.number().int().min(0).max(8760).default(0),
  BACKUP_KEEP: z.coerce.number().int().min(1).max(1000).default(7),
  // Regional portals (src/modules/regions): hosts that serve a region's portal at their root.
  REGION_HOSTS: z
    .string()
    .refine((v) => parseRegionHosts(v) !== null, 'must be comma-separated host=slug pairs, each host once, e.g. tarjotin-pohjois-savo.example.org=pohjois-savo')
    .optional(),
})
  .superRefine((c, ctx) => {
    if (c.FRESHNESS_MARK_AFTER_DAYS <= c.FRESHNESS_REMIND_AFTER_DAYS)
      ctx.addIssue({ code: 'custom', path: ['FRESHNESS_MARK_AFTER_DAYS'], message: 'must be more than FRESHNESS_REMIND_AFTER_DAYS' });
    if (c.FRESHNESS_HIDE_AFTER_DAYS <= c.FRESHNESS_MARK_AFTER_DAYS)
      ctx.addIssue({ code: 'custom', path: ['FRESHNESS_HIDE_AFTER_DAYS'], message: 'must be more than FRESHNESS_MARK_AFTER_DAYS' });
    if (c.CONTACT_REQUEST_ERASE_AFTER_DAYS < c.CONTACT_REQUEST_ERASE_AFTER_CLOSED_DAYS)
      ctx.addIssue({ code: 'custom', path: ['CONTACT_REQUEST_ERASE_AFTER_DAYS'], message: 'must be at least CONTACT_REQUEST_ERASE_AFTER_CLOSED_DAYS' });
  });

export type Config = {
  port: number;
  host: string;
  baseUrl: string;
  dataDir: string;
  databaseUrl: string | undefined;
  /**
   * Which proxies' X-Forwarded-For / -Proto / -Host to believe: false (default: none, the client is the TCP peer),
   * a hop count, or the proxies' addresses and CIDR ranges. Passed to Fastify's `trustProxy`.
   */
  trustProxy: false | number | string[];
  demoData: boolean;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  /** smtp:// or smtps:// URL of the mail server; unset: e-mail goes to the outbox table. */
  smtpUrl: string | undefined;
  mailFrom: string;
  freshness: FreshnessSettings;
  /** Keys for personal fields (`<version>:<base64>`, newest first); unset: a key file under DATA_DIR. */
  dataKeys: string | undefined;
  referrals: ReferralSettings;
  /** Scheduled backups into DATA_DIR/backups: every `intervalHours` (0 = off), the newest `keep` kept. */
  backup: { intervalHours: number; keep: number };
  /** REGION_HOSTS: host name (lower case, no port) → region slug; the host's `/` is that region's portal. */
  regionHosts: ReadonlyMap<string, string>;
  /** The `.env` file the settings were completed from (absolute path), when there was one. */
  envFile?: string;
};

/** When maintainers are reminded to check their data, and when unchecked data is marked and hidden (in days). */
export interface FreshnessSettings {
  /** First reminder when the data was last checked this many days ago (default 182, about 6 months). */
  remindAfterDays: number;
  /** Second reminder this many days after the first, when nobody answered (default 14). */
  secondReminderDays: number;
  /** The administrators are told this many days after the second reminder (default 14). */
  tellAdminsDays: number;
  /** "Information may be out of date" on cards and results from this age on (default 365). */
  markAfterDays: number;
  /** The organisation's activities leave search from this age on, until confirmed (default 548, about 18 months). */
  hideAfterDays: number;
}

/** When the personal fields of a contact request are erased (in days). */
export interface ReferralSettings {
  /** After the request was closed (every recipient acted) (default 90). */
  eraseAfterClosedDays: number;
  /** After the request was made, in any case (default 180). */
  eraseAfterDays: number;
}

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/**
 * The variables of a `.env` file (NAME=value lines, # comments, optional quotes); null when there is no such file.
 * A file that exists but cannot be read throws.
 */
export function readEnvFile(path: string): Record<string, string> | null {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw err;
  }
  return parseEnv(text) as Record<string, string>;
}

/**
 * Reads and validates the settings; throws ConfigError listing every bad value. From the process's own environment
 * (the default), variables missing there are taken from `.env` in the working directory when it exists, so the app
 * and the commands (admin:create, seed, import) agree. A variable set in the environment wins over the file, even
 * when empty (as with Node's --env-file), and an empty value means the default. `envFile` names another file, or null
 * for none; an `env` object passed in (tests) is read alone unless `envFile` is given.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, options: { envFile?: string | null } = {}): Config {
  const envFile = options.envFile === undefined ? (env === process.env ? ENV_FILE : null) : options.envFile;
  const path = envFile === null ? null : resolve(envFile);
  const file = path === null ? null : readEnvFile(path);
  const fromFile = new Set<string>();
  const present: Record<string, string> = {};
  for (const [name, value] of Object.entries(env)) if (value !== undefined && value !== '') present[name] = value;
  for (const [name, value] of Object.entries(file ?? {})) {
    if (env[name] === undefined && value !== '') {
      present[name] = value;
      fromFile.add(name);
    }
  }
  const parsed = schema.safeParse(present);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((i) => {
        // A URL's user:password part never reaches the message (it may end up in logs).
        const shown = String(present[String(i.path[0])] ?? '').replace(/\/\/[^/@\s]*@/, '//***@');
        const where = fromFile.has(String(i.path[0])) ? ` (from ${path})` : '';
        return `${i.path.join('.')}=${JSON.stringify(shown)}${where}: ${i.message}`;
      }),
    );
  }
  const c = parsed.data;
  return {
    port: c.PORT,
    host: c.HOST,
    baseUrl: (c.BASE_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, ''),
    dataDir: c.DATA_DIR,
    databaseUrl: c.DATABASE_URL,
    trustProxy:
      c.TRUST_PROXY === undefined ? false : /^\d+$/.test(c.TRUST_PROXY) ? Number(c.TRUST_PROXY) : c.TRUST_PROXY.split(',').map((p) => p.trim()),
    demoData: c.DEMO_DATA === 'on',
    logLevel: c.LOG_LEVEL,
    smtpUrl: c.SMTP_URL,
    mailFrom: c.MAIL_FROM,
    freshness: {
      remindAfterDays: c.FRESHNESS_REMIND_AFTER_DAYS,
      secondReminderDays: c.FRESHNESS_SECOND_REMINDER_DAYS,
      tellAdminsDays: c.FRESHNESS_TELL_ADMINS_DAYS,
      markAfterDays: c.FRESHNESS_MARK_AFTER_DAYS,
      hideAfterDays: c.FRESHNESS_HIDE_AFTER_DAYS,
    },
    dataKeys: c.DATA_KEYS,
    referrals: { eraseAfterClosedDays: c.CONTACT_REQUEST_ERASE_AFTER_CLOSED_DAYS, eraseAfterDays: c.CONTACT_REQUEST_ERASE_AFTER_DAYS },
    backup: { intervalHours: c.BACKUP_INTERVAL_HOURS, keep: c.BACKUP_KEEP },
    regionHosts: c.REGION_HOSTS ? parseRegionHosts(c.REGION_HOSTS)! : new Map(),
    ...(file !== null && path !== null ? { envFile: path } : {}),
  };
}

/** For entry points: the validated settings (with `.env`, as loadConfig), or the list of bad values on stderr and exit code 78 (EX_CONFIG). */
export function loadConfigOrExit(env: NodeJS.ProcessEnv = process.env, options: { envFile?: string | null } = {}): Config {
  try {
    return loadConfig(env, options);
  } catch (err) {
    if (err instanceof ConfigError) {
      console.error(err.message);
      process.exit(78);
    }
    throw err;
  }
}
