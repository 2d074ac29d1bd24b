import type { MessageKey } from './i18n/catalog.js';

/**
 * Application errors with a code. Use cases and guards throw them; routes do not catch them: the central handler
 * (platform/http/app.ts) turns each into a translated page or an `application/problem+json` answer with the status
 * below, and a form route's field errors into the form shown again with the input kept (platform/http/form.ts).
 */
export type AppErrorCode =
  | 'BAD_REQUEST'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'GONE'
  | 'RATE_LIMITED'
  | 'UNAVAILABLE';

export const ERROR_STATUS: Record<AppErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  GONE: 410,
  RATE_LIMITED: 429,
  UNAVAILABLE: 503,
};

/** A form's errors: field name (as in the form, e.g. `email` or `activities.0.name`) → message key. */
export type FieldErrors = Record<string, MessageKey>;

export interface AppErrorOptions {
  /** The text shown to people (the page's body, or the form's error); default: the code's own message. */
  messageKey?: MessageKey;
  /** The page's title; default: the code's own title. */
  titleKey?: MessageKey;
  /** Values for `{name}` placeholders in the messages. */
  params?: Record<string, string | number>;
  /** For BAD_REQUEST from a form: what is wrong with each field. */
  fieldErrors?: FieldErrors;
  /** For RATE_LIMITED and UNAVAILABLE: seconds until the next try (sent as Retry-After). */
  retryAfterSeconds?: number;
  /** A link offered on the error page (e.g. "ask for a new link"): a message key and a language-neutral path. */
  link?: { labelKey: MessageKey; path: string };
  /** English detail for logs and API clients; never shown on a page, never personal data. */
  detail?: string;
}

export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly messageKey?: MessageKey;
  readonly titleKey?: MessageKey;
  readonly params?: Record<string, string | number>;
  readonly fieldErrors?: FieldErrors;
  readonly retryAfterSeconds?: number;
  readonly link?: { labelKey: MessageKey; path: string };

  constructor(code: AppErrorCode, options: AppErrorOptions = {}) {
    super(options.detail ?? options.messageKey ?? code.toLowerCase());
    this.name = 'AppError';
    this.code = code;
    this.messageKey = options.messageKey;
    this.titleKey = options.titleKey;
    this.params = options.params;
    this.fieldErrors = options.fieldErrors;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.link = options.link;
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

type More = Omit<AppErrorOptions, 'detail'>;

/** The thing does not exist, or the person may not know that it does (`what` is English, for logs and the API). */
export const notFound = (what = 'resource', more: More = {}) => new AppError('NOT_FOUND', { detail: `${what} not found`, ...more });
export const forbidden = (detail = 'forbidden', more: More = {}) => new AppError('FORBIDDEN', { detail, ...more });
export const conflict = (detail: string, more: More = {}) => new AppError('CONFLICT', { detail, ...more });
export const gone = (detail: string, more: More = {}) => new AppError('GONE', { detail, ...more });
export const badRequest = (detail: string, more: More = {}) => new AppError('BAD_REQUEST', { detail, ...more });
export const unauthenticated = () => new AppError('UNAUTHENTICATED', { detail: 'sign-in required' });
export const rateLimited = (retryAfterSeconds: number, more: More = {}) =>
  new AppError('RATE_LIMITED', { detail: 'too many requests', retryAfterSeconds: Math.max(1, Math.ceil(retryAfterSeconds)), ...more });
/**
 * The service cannot answer now, through no fault of the request (the database dropped its connections: a failover
 * or restart); trying again in a few seconds should work. src/platform/db raises it for connection errors.
 */
export const unavailable = (detail: string, retryAfterSeconds = 5) =>
  new AppError('UNAVAILABLE', { detail, retryAfterSeconds });
/** A form's input is not acceptable: the form is shown again (400) with these errors next to the fields. */
export const invalidInput = (fieldErrors: FieldErrors, more: More = {}) =>
  new AppError('BAD_REQUEST', { detail: `invalid: ${Object.keys(fieldErrors).join(', ')}`, fieldErrors, ...more });

export function isAppError(err: unknown, code?: AppErrorCode): err is AppError {
  return err instanceof AppError && (code === undefined || err.code === code);
}
