import { spawn } from 'node:child_process';

/**
 * PostgreSQL backups with Debian's `postgresql-client`: `pg_dump --format=custom` and `pg_restore`. The connection
 * settings go to them in the environment (PGHOST, PGPORT, PGUSER, PGPASSWORD, PGDATABASE, PGSSLMODE …) taken from
 * DATABASE_URL, never on the command line (where `ps` shows them) and never in output.
 */

/** Query parameters of a postgres:// URL that libpq also reads from the environment. */
const URL_PARAMS: Record<string, string> = {
  host: 'PGHOST',
  port: 'PGPORT',
  sslmode: 'PGSSLMODE',
  sslrootcert: 'PGSSLROOTCERT',
  sslcert: 'PGSSLCERT',
  sslkey: 'PGSSLKEY',
  connect_timeout: 'PGCONNECT_TIMEOUT',
  application_name: 'PGAPPNAME',
  options: 'PGOPTIONS',
};

export interface LibpqSettings {
  /** Variables for pg_dump / pg_restore (PGPASSWORD among them: never print this). */
  env: Record<string, string>;
  database: string;
  /** For messages: "database <name> on <host>:<port>", without user or password. */
  description: string;
}

/** The libpq environment for a postgres:// URL. */
export function libpqSettings(databaseUrl: string): LibpqSettings {
  const url = new URL(databaseUrl);
  const env: Record<string, string> = {};
  if (url.hostname) env.PGHOST = decodeURIComponent(url.hostname.replace(/^\[(.*)\]$/, '$1'));
  if (url.port) env.PGPORT = url.port;
  if (url.username) env.PGUSER = decodeURIComponent(url.username);
  if (url.password) env.PGPASSWORD = decodeURIComponent(url.password);
  const database = decodeURIComponent(url.pathname.replace(/^\//, '')) || env.PGUSER || 'postgres';
  env.PGDATABASE = database;
  for (const [name, value] of url.searchParams) {
    const variable = URL_PARAMS[name];
    if (variable) env[variable] = value;
  }
  const host = env.PGHOST ?? 'localhost';
  return { env, database, description: `database ${database} on ${host}${env.PGPORT ? `:${env.PGPORT}` : ''}` };
}

/**
 * pg_dump / pg_restore error output as it may be shown: without the server's DETAIL and CONTEXT lines and echoed
 * statements (a failed COPY quotes the row, a key conflict its values: personal data), and without the password.
 */
export function scrubClientOutput(stderr: string, password: string | undefined): string {
  let text = stderr
    .split('\n')
    .filter((line) => !/^\s*(pg_(dump|restore): (detail|context): |DETAIL: |CONTEXT: |LINE \d+: |\s*\^\s*$)/i.test(line))
    .join('\n')
    .trim();
  if (password) text = text.split(password).join('***');
  return text;
}

/** Runs a client program with the libpq settings; rejects with its error output (the password removed) on failure. */
function runClient(program: string, args: string[], settings: LibpqSettings): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  // Settings of the caller's own shell must not mix with DATABASE_URL's.
  for (const name of Object.keys(env)) if (/^PG[A-Z]+$/.test(name)) delete env[name];
  Object.assign(env, settings.env);
  return new Promise((resolve, reject) => {
    const child = spawn(program, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    child.on('error', (err: NodeJS.ErrnoException) => {
      reject(
        err.code === 'ENOENT'
          ? new Error(`${program} was not found: install PostgreSQL's client programs (Debian: apt-get install postgresql-client), of the server's major version or newer`)
          : err,
      );
    });
    child.on('close', (code) => {
      if (code === 0) return resolve();
      const message = scrubClientOutput(stderr, settings.env.PGPASSWORD);
      reject(new Error(`${program} failed (exit code ${code})${message ? `:\n${message}` : ''}`));
    });
  });
}

/** `pg_dump --format=custom` of the whole database into `file` (which must not exist yet). */
export async function pgDump(databaseUrl: string, file: string): Promise<void> {
  await runClient('pg_dump', ['--format=custom', '--no-password', `--file=${file}`], libpqSettings(databaseUrl));
}

/**
 * `pg_restore` into the database of `databaseUrl`, in one transaction (a failure leaves it as it was): objects are
 * created without their old owner, and (`clean`) the dump's objects dropped first when they exist.
 */
export async function pgRestore(databaseUrl: string, file: string, options: { clean: boolean }): Promise<void> {
  const settings = libpqSettings(databaseUrl);
  const args = ['--no-owner', '--no-password', '--single-transaction', '--exit-on-error', `--dbname=${settings.database}`];
  if (options.clean) args.push('--clean', '--if-exists');
  args.push(file);
  await runClient('pg_restore', args, settings);
}
