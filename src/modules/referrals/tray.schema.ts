import { z } from 'zod';
import { emailAddress } from '../../platform/auth/auth.schema.js';
import { isUuid } from '../../platform/ids.js';
import type { TrayItem } from './tray.cookie.js';
import { MAX_RECIPIENTS } from './referrals.types.js';

/**
 * The tray's forms, as posted (url-encoded):
 *   POST /tray/add, /tray/remove   `organization` or `activity` (one id), `return` (the page to go back to)
 *   POST /tray/email               `address` (where to send the list), optionally `organization` / `activity` (one
 *                                  card's details instead of the tray's), `website` (the honeypot, see
 *                                  contact-request.schema.ts)
 */

const uuid = z
  .string()
  .trim()
  .refine(isUuid)
  .transform((s) => s.toLowerCase());

/** One organisation or activity, and where to go back to. Anything else is a 400. */
export const trayItemForm = z
  .object({ organization: uuid.optional(), activity: uuid.optional(), return: z.string().max(2000).optional() })
  .refine((v) => (v.organization === undefined) !== (v.activity === undefined), 'one of organization or activity')
  .transform((v) => ({
    item: (v.organization ? { kind: 'organization', id: v.organization } : { kind: 'activity', id: v.activity! }) as TrayItem,
    returnTo: sameSitePath(v.return),
  }));

/** The ids of a query or form (`organization` / `activity`, one or repeated); malformed ones are dropped. */
const ids = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim().toLowerCase()).filter(isUuid));

/** Items named in a query or form, in order (organisations first), at most MAX_RECIPIENTS. */
export const namedItems = z
  .object({ organization: ids, activity: ids })
  .loose()
  .transform((v): TrayItem[] =>
    [
      ...[...new Set(v.organization)].map((id): TrayItem => ({ kind: 'organization', id })),
      ...[...new Set(v.activity)].map((id): TrayItem => ({ kind: 'activity', id })),
    ].slice(0, MAX_RECIPIENTS),
  );

/** "Lähetä tiedot sähköpostilla": the address, and the items when the form is one card's (else the tray's). */
export const trayEmailForm = z
  .object({ address: emailAddress, organization: ids, activity: ids })
  .loose()
  .transform((v) => ({ address: v.address, items: namedItems.parse({ organization: v.organization, activity: v.activity }) }));

const LANG_PREFIX = /^\/(?:sv|en)(?=\/|\?|$)/;

/**
 * A same-site, language-neutral path and query to go back to after adding or removing ("/search?need=…"), or null for
 * anything else (absolute URLs, //host, backslashes, control characters, javascript: …). The /sv or /en prefix is
 * dropped: the answer adds the language of the request.
 */
export function sameSitePath(value: unknown): string | null {
  if (typeof value !== 'string' || value.length === 0 || value.length > 2000) return null;
  if (!value.startsWith('/') || value.startsWith('//') || /[\\\s\u0000-\u001f\u007f]/.test(value)) return null;
  let url: URL;
  try {
    url = new URL(value, 'http://tarjotin.invalid');
  } catch {
    return null;
  }
  if (url.origin !== 'http://tarjotin.invalid') return null;
  const path = `${url.pathname.replace(LANG_PREFIX, '') || '/'}${url.search}`;
  return path.startsWith('/') && !path.startsWith('//') ? path : null;
}
