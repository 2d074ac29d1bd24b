import type { FastifyReply, FastifyRequest } from 'fastify';
import { isSecureBase } from '../../platform/auth/auth.plugin.js';
import { isUuid } from '../../platform/ids.js';
import { MAX_RECIPIENTS } from './referrals.types.js';

/**
 * The tray ("Tarjotin") lives in the browser: a cookie holding up to MAX_RECIPIENTS ids of organisations and / or
 * activities, in the order they were added ("o:<uuid>,a:<uuid>"). No account, nothing stored on the server. The
 * cookie is never trusted for more than ids: anything that is not a well-formed entry is ignored, and every read
 * checks the ids against the public directory again (list-tray-items.ts, get-tray.ts).
 */

export type TrayKind = 'organization' | 'activity';

export interface TrayItem {
  kind: TrayKind;
  /** Lower-case UUID. */
  id: string;
}

/** How long the browser keeps the tray after the last change. */
export const TRAY_DAYS = 3;

/** A cookie longer than this is not read at all (20 entries take about 800 characters). */
const MAX_COOKIE_LENGTH = 2000;

const PREFIX: Record<TrayKind, string> = { organization: 'o', activity: 'a' };
const KIND_OF: Record<string, TrayKind> = { o: 'organization', a: 'activity' };

/** `__Host-` when the service runs on https (Secure, path /, no domain), as the session cookie. */
export function trayCookieName(secure: boolean): string {
  return secure ? '__Host-tarjotin_tray' : 'tarjotin_tray';
}

/** The entries of a cookie value: well-formed ones only, without duplicates, at most MAX_RECIPIENTS, in order. */
export function parseTray(value: unknown): TrayItem[] {
  if (typeof value !== 'string' || value === '' || value.length > MAX_COOKIE_LENGTH) return [];
  const out: TrayItem[] = [];
  for (const entry of value.split(',')) {
    const m = /^([oa]):([0-9a-fA-F-]{36})$/.exec(entry.trim());
    if (!m || !isUuid(m[2]!)) continue;
    const item: TrayItem = { kind: KIND_OF[m[1]!]!, id: m[2]!.toLowerCase() };
    if (!out.some((x) => sameItem(x, item))) out.push(item);
    if (out.length === MAX_RECIPIENTS) break;
  }
  return out;
}

export function serializeTray(items: readonly TrayItem[]): string {
  return items.map((i) => `${PREFIX[i.kind]}:${i.id}`).join(',');
}

export function sameItem(a: TrayItem, b: TrayItem): boolean {
  return a.kind === b.kind && a.id === b.id;
}

export function isOnTray(items: readonly TrayItem[] | undefined, item: TrayItem): boolean {
  return items?.some((x) => sameItem(x, item)) ?? false;
}

/** The ids in the request's tray cookie, unchecked (only good for showing "Poista Tarjottimelta" on a public page). */
export function trayOf(request: FastifyRequest): TrayItem[] {
  const secure = isSecureBase(request.server.deps.config.baseUrl);
  return parseTray(request.cookies?.[trayCookieName(secure)]);
}

/** Writes the tray (HttpOnly, SameSite=Lax, Secure on https, TRAY_DAYS); an empty tray clears the cookie. */
export function writeTray(reply: FastifyReply, items: readonly TrayItem[]): void {
  const secure = isSecureBase(reply.server.deps.config.baseUrl);
  const options = { path: '/', httpOnly: true, sameSite: 'lax' as const, secure };
  if (items.length === 0) reply.clearCookie(trayCookieName(secure), options);
  else reply.setCookie(trayCookieName(secure), serializeTray(items), { ...options, maxAge: TRAY_DAYS * 24 * 3600 });
}
