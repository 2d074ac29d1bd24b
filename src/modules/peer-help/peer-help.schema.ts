import { z } from 'zod';
import { isUuid } from '../../platform/ids.js';

/** Forms of peer help: the helper profile, the three steps of a request, applying, messages and feedback; list filters. */

/** The 14 categories of the seed, in its order (names in peer-help.messages.ts: `peerHelp.category.<key>`). */
export const CATEGORIES = [
  'bookkeeping',
  'procurement',
  'funding',
  'risk',
  'infosec',
  'hr',
  'leadership',
  'systems',
  'premises',
  'fundraising',
  'legal',
  'communications',
  'marketing',
  'accessibility',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Languages a helper can name (at least one). */
export const LANGUAGES = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'de', 'fr', 'ar', 'so', 'uk', 'fa'] as const;
export const NOTIFY = ['none', 'immediate', 'daily'] as const;

type ErrorKey =
  | 'peerHelp.error.tooLong'
  | 'peerHelp.error.displayName'
  | 'peerHelp.error.place'
  | 'peerHelp.error.postalCode'
  | 'peerHelp.error.municipality'
  | 'peerHelp.error.distance'
  | 'peerHelp.error.categories'
  | 'peerHelp.error.languages'
  | 'peerHelp.error.videoUrl'
  | 'peerHelp.error.linkedinUrl'
  | 'peerHelp.error.category'
  | 'peerHelp.error.summary'
  | 'peerHelp.error.organisation'
  | 'peerHelp.error.businessId'
  | 'peerHelp.error.hours'
  | 'peerHelp.error.wishedTime'
  | 'peerHelp.error.wishedUntil'
  | 'peerHelp.error.remoteOrPlace'
  | 'peerHelp.error.groupCode'
  | 'peerHelp.error.message'
  | 'peerHelp.error.rating'
  | 'peerHelp.error.choice'
  | 'peerHelp.error.email';

const text = (max: number) =>
  z
    .string()
    .max(max, 'peerHelp.error.tooLong' satisfies ErrorKey)
    .optional()
    .default('')
    .transform((s) => s.trim());

const list = (max: number) =>
  z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
    .pipe(z.array(z.string().max(60)).max(max, 'peerHelp.error.choice' satisfies ErrorKey));

const yes = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => v === 'yes' || (Array.isArray(v) && v.includes('yes')));

const MUNICIPALITY = /^\d{3}$/;

/** A YouTube or Vimeo address (https only). */
export function isVideoUrl(value: string): boolean {
  try {
    const u = new URL(value);
    if (u.protocol !== 'https:') return false;
    return ['youtube.com', 'www.youtube.com', 'm.youtube.com', 'youtu.be', 'vimeo.com', 'www.vimeo.com', 'player.vimeo.com'].includes(u.hostname.toLowerCase());
  } catch {
    return false;
  }
}

/** A LinkedIn profile or company page (https only). */
export function isLinkedInUrl(value: string): boolean {
  try {
    const u = new URL(value);
    if (u.protocol !== 'https:') return false;
    const host = u.hostname.toLowerCase();
    return (host === 'linkedin.com' || host.endsWith('.linkedin.com')) && /^\/(in|company|pub)\//.test(u.pathname);
  } catch {
    return false;
  }
}

/** The helper profile ("Profiilin asetukset"). Home is a municipality or a postal code (at least one). */
export const profileForm = z
  .object({
    displayName: text(100).pipe(z.string().min(1, 'peerHelp.error.displayName' satisfies ErrorKey)),
    municipality: text(3).refine((v) => v === '' || MUNICIPALITY.test(v), 'peerHelp.error.municipality' satisfies ErrorKey),
    postalCode: text(5).refine((v) => v === '' || /^\d{5}$/.test(v), 'peerHelp.error.postalCode' satisfies ErrorKey),
    distanceKm: text(4).pipe(
      z
        .string()
        .regex(/^\d{1,4}$/, 'peerHelp.error.distance' satisfies ErrorKey)
        .transform(Number)
        .refine((n) => n <= 1000, 'peerHelp.error.distance' satisfies ErrorKey),
    ),
    categories: list(CATEGORIES.length).refine((v) => v.every((c) => (CATEGORIES as readonly string[]).includes(c)), 'peerHelp.error.categories' satisfies ErrorKey),
    skills: text(2000),
    languages: list(LANGUAGES.length).refine((v) => v.length > 0 && v.every((c) => (LANGUAGES as readonly string[]).includes(c)), 'peerHelp.error.languages' satisfies ErrorKey),
    education: text(2000),
    experience: text(2000),
    description: text(1000),
    videoUrl: text(300).refine((v) => v === '' || isVideoUrl(v), 'peerHelp.error.videoUrl' satisfies ErrorKey),
    linkedinUrl: text(300).refine((v) => v === '' || isLinkedInUrl(v), 'peerHelp.error.linkedinUrl' satisfies ErrorKey),
    showCv: yes,
    currentOrganisation: text(200),
    notify: z.enum(NOTIFY, { message: 'peerHelp.error.choice' satisfies ErrorKey }).optional().default('none'),
  })
  .superRefine((v, ctx) => {
    if (!v.municipality && !v.postalCode) ctx.addIssue({ code: 'custom', path: ['municipality'], message: 'peerHelp.error.place' satisfies ErrorKey });
  });
export type ProfileInput = z.output<typeof profileForm>;

/**
 * Step 1 of a request: what. The organisation is one the person maintains (`organizationId`) or a name with its
 * Y-tunnus (an association without a card in the directory).
 */
export const requestStep1Form = z
  .object({
    category: z.enum(CATEGORIES, { message: 'peerHelp.error.category' satisfies ErrorKey }),
    summary: text(200).pipe(z.string().min(1, 'peerHelp.error.summary' satisfies ErrorKey)),
    details: text(4000),
    accountingRef: text(100),
    organizationId: text(36).refine((v) => v === '' || isUuid(v), 'peerHelp.error.organisation' satisfies ErrorKey),
    organisationName: text(200),
    businessId: text(9).refine((v) => v === '' || /^\d{7}-\d$/.test(v), 'peerHelp.error.businessId' satisfies ErrorKey),
  })
  .superRefine((v, ctx) => {
    if (!v.organizationId && !v.organisationName) ctx.addIssue({ code: 'custom', path: ['organisationName'], message: 'peerHelp.error.organisation' satisfies ErrorKey });
  });
export type RequestStep1Input = z.output<typeof requestStep1Form>;

/** Step 2 of a request: where, when, how long, for whom. On site needs a municipality; remote is recommended. */
export const requestStep2Form = z
  .object({
    remote: yes,
    municipality: text(3).refine((v) => v === '' || MUNICIPALITY.test(v), 'peerHelp.error.municipality' satisfies ErrorKey),
    address: text(200),
    wishedTime: text(300).pipe(z.string().min(1, 'peerHelp.error.wishedTime' satisfies ErrorKey)),
    /** Optional: the last wished day when the time has exact dates (the request is warned and closed past it). */
    wishedUntil: text(10).refine((v) => v === '' || isCalendarDate(v), 'peerHelp.error.wishedUntil' satisfies ErrorKey),
    hours: text(6).pipe(
      z
        .string()
        .transform((s) => s.replace(',', '.'))
        .refine((s) => /^\d{1,3}(\.\d)?$/.test(s) && Number(s) >= 0.5, 'peerHelp.error.hours' satisfies ErrorKey)
        .transform(Number),
    ),
    groupCode: text(8)
      .transform((s) => s.toUpperCase())
      .refine((v) => v === '' || /^[A-Z0-9]{8}$/.test(v), 'peerHelp.error.groupCode' satisfies ErrorKey),
  })
  .superRefine((v, ctx) => {
    if (!v.remote && !v.municipality) ctx.addIssue({ code: 'custom', path: ['municipality'], message: 'peerHelp.error.remoteOrPlace' satisfies ErrorKey });
  });
export type RequestStep2Input = z.output<typeof requestStep2Form>;

export const applyForm = z.object({ message: text(2000).pipe(z.string().min(1, 'peerHelp.error.message' satisfies ErrorKey)) });
/** A calendar date written YYYY-MM-DD (what <input type="date"> sends) that exists. */
export function isCalendarDate(v: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v)) return false;
  const at = Date.parse(`${v}T12:00:00Z`);
  return !Number.isNaN(at) && new Date(at).toISOString().startsWith(v);
}

/** "Keep open": a new last wished day for an open request (not in the past: checked by the use case). */
export const extendForm = z.object({ wishedUntil: text(10).refine(isCalendarDate, 'peerHelp.error.wishedUntil' satisfies ErrorKey) });

export const messageForm = z.object({ body: text(4000).pipe(z.string().min(1, 'peerHelp.error.message' satisfies ErrorKey)) });
export const selectForm = z.object({ application: z.string().refine(isUuid, 'peerHelp.error.choice' satisfies ErrorKey) });
export const feedbackForm = z.object({
  to: z.string().refine(isUuid, 'peerHelp.error.choice' satisfies ErrorKey),
  rating: z.enum(['1', '2', '3', '4', '5'], { message: 'peerHelp.error.rating' satisfies ErrorKey }).transform(Number),
  comment: text(2000),
});
export const joinForm = z.object({
  email: text(254).pipe(z.string().regex(/^[^\s@<>"(),;:]+@[^\s@<>"(),;:]+\.[a-z]{2,}$/i, 'peerHelp.error.email' satisfies ErrorKey)),
});

export const idParams = z.object({ id: z.string().refine(isUuid) });
export const stepParams = z.object({ id: z.string().refine(isUuid), step: z.enum(['1', '2', '3']) });
export const tokenParams = z.object({ token: z.string() });

/** Filters of the open requests: category, remote only, municipality; `all` shows every visible request, not only matches. */
export const listQuery = z.object({
  category: z.enum(CATEGORIES).optional().catch(undefined),
  remote: z.literal('yes').optional().catch(undefined),
  municipality: z.string().regex(MUNICIPALITY).optional().catch(undefined),
  all: z.literal('yes').optional().catch(undefined),
});
export type ListFilters = z.output<typeof listQuery>;

/** Members a group may have (seed: "siinä voi olla 30 käyttäjää"). */
export const MAX_GROUP_MEMBERS = 30;

/** A new group: its name and the 5 characters of its code chosen by the owner (3 random ones are added). */
export const groupForm = z.object({
  name: text(100).pipe(z.string().min(1, 'peerHelp.error.groupName')),
  codePrefix: text(5)
    .transform((s) => s.toUpperCase())
    .pipe(z.string().regex(/^[A-Z0-9]{5}$/, 'peerHelp.error.codePrefix')),
});
export const memberForm = joinForm;

/** Taking a member off a group, or leaving one: asked once more before it is done (`confirm=yes`). */
export const removeMemberForm = z.object({ email: z.string().trim().toLowerCase().email('peerHelp.error.email'), confirm: z.literal('yes').optional().catch(undefined) });
export const leaveGroupForm = z.object({ confirm: z.literal('yes').optional().catch(undefined) });
