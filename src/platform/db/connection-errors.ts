import { isAppError, unavailable, type AppError } from '../errors.js';

/**
 * Errors that mean the connection to PostgreSQL was lost or could not be made (failover, restart, an administrator's
 * pg_terminate_backend), as opposed to an error of the statement itself: SQLSTATE class 08 (connection exception),
 * 57P01-57P03 (admin / crash shutdown, cannot connect now), node-postgres's own "Connection terminated" and "not
 * queryable", and the socket's refused / reset / broken pipe.
 */
export function isConnectionError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  if (typeof code === 'string') {
    if (code.startsWith('08') || code === '57P01' || code === '57P02' || code === '57P03') return true;
    if (code === 'ECONNREFUSED' || code === 'ECONNRESET' || code === 'EPIPE' || code === 'ETIMEDOUT') return true;
  }
  return /^Connection terminated|is not queryable|^timeout exceeded when trying to connect/.test(err.message);
}

/** A connection error as the 503 answer (AppError UNAVAILABLE, the driver's error as its cause); others unchanged. */
export function asUnavailable(err: unknown): unknown {
  if (isAppError(err) || !isConnectionError(err)) return err;
  const code = (err as { code?: unknown }).code;
  const e: AppError = unavailable(`database connection lost${typeof code === 'string' ? ` (${code})` : ''}`);
  (e as Error).cause = err;
  return e;
}

/** A connection error for a log line: its code and node-postgres's message (these carry no statement or values). */
export function describeConnectionError(err: unknown): string {
  if (!(err instanceof Error)) return 'non-error';
  const code = (err as { code?: unknown }).code;
  const message = err.message.replace(/\s+/g, ' ').slice(0, 200);
  return typeof code === 'string' ? `${code} ${message}` : message;
}
