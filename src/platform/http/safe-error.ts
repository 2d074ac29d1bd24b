/**
 * Errors as they may be logged: type, code, message and stack, never the data a failing query carried.
 *
 * A PostgreSQL error carries the statement's context: `detail` ("Failing row contains (…)", "Key (email)=(…)"),
 * `where` (the parameter or the JSON text being parsed), and drivers add `query` / `parameters`. Those hold what
 * people typed, e-mail addresses included, so only the SQLSTATE and the names of the schema objects are kept, and
 * quoted values in the message are replaced by "…". Any e-mail address left anywhere in a message is masked too.
 */

export interface SafeError {
  [key: string]: unknown;
  type: string;
  message: string;
  /** The frames under the safe message (empty when the value had no stack). */
  stack: string;
  code?: string;
  /** PostgreSQL only: severity, the server routine and the object names (no values). */
  severity?: string;
  routine?: string;
  constraint?: string;
  table?: string;
  column?: string;
  cause?: SafeError;
}

const EMAIL = /[^\s@"'(),:;<>[\]]+@[^\s@"'(),:;<>[\]]+\.[A-Za-z]{2,}/g;

/** A PostgreSQL error: a five-character SQLSTATE and a severity (pg and PGlite both). */
function isDatabaseError(e: Record<string, unknown>): boolean {
  return typeof e.code === 'string' && /^[0-9A-Z]{5}$/.test(e.code) && typeof e.severity === 'string';
}

/** The message without quoted values ("…", '…'; the error's own object names stay) and without e-mail addresses. */
function maskMessage(message: string, database: boolean, names: ReadonlySet<string> = new Set()): string {
  const masked = database
    ? message.replace(/"([^"]*)"/g, (all, inner: string) => (names.has(inner) ? all : '"…"')).replace(/'[^']*'/g, "'…'")
    : message;
  return masked.replace(EMAIL, '[e-mail]');
}

/** The stack's frames under the safe message (the stack's first lines repeat the original message). */
function maskStack(stack: unknown, type: string, message: string): string | undefined {
  if (typeof stack !== 'string') return undefined;
  const frames = stack.split('\n').filter((line) => /^\s+at /.test(line));
  return [`${type}: ${message}`, ...frames].join('\n');
}

export function safeError(error: unknown, depth = 0): SafeError {
  if (error === null || typeof error !== 'object') return { type: typeof error, message: maskMessage(String(error), false), stack: '' };
  const e = error as Record<string, unknown>;
  const database = isDatabaseError(e);
  const type = database ? 'DatabaseError' : typeof e.name === 'string' ? e.name : (error.constructor?.name ?? 'Error');
  const names = new Set(['schema', 'table', 'column', 'constraint', 'dataType'].map((k) => e[k]).filter((v): v is string => typeof v === 'string'));
  const message = maskMessage(typeof e.message === 'string' ? e.message : '', database, names);
  const out: SafeError = { type, message, stack: maskStack(e.stack, type, message) ?? '' };
  if (typeof e.code === 'string' || typeof e.code === 'number') out.code = String(e.code);
  if (database) {
    for (const key of ['severity', 'routine', 'constraint', 'table', 'column'] as const) {
      if (typeof e[key] === 'string') out[key] = e[key] as string;
    }
  }
  if (e.cause !== undefined && depth < 3) out.cause = safeError(e.cause, depth + 1);
  return out;
}
