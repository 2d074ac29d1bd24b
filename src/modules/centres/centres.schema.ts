import { z } from 'zod';
import { isUuid } from '../../platform/ids.js';
import { SLUG } from '../regions/regions.schema.js';

/** The forms, queries and route parameters of care centres and their materials (shared by pages and tests). */

const text = (max: number) => z.string().max(max, 'centres.error.tooLong').optional().default('').transform((s) => s.trim());
const list = (v: string | string[] | undefined) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])];
const manyOf = z.union([z.string(), z.array(z.string())]).optional().transform(list);
const whole = (min: number, max: number, key: 'centres.error.screenSize' | 'centres.error.maxFileMb' | 'centres.error.maxPdfPages') =>
  z
    .string()
    .optional()
    .default('')
    .transform((s) => s.trim())
    .refine((s) => s === '' || (/^\d{1,5}$/.test(s) && Number(s) >= min && Number(s) <= max), key)
    .transform((s) => (s === '' ? null : Number(s)));

export const CENTRE_KINDS = ['sote_keskus', 'perhekeskus', 'other'] as const;
export const CENTRE_OFFERS = ['brochureRacks', 'noticeBoards', 'infoScreens', 'groupRooms'] as const;

export const centreForm = z
  .object({
    nameFi: text(200).refine((s) => s.length > 0, 'centres.error.nameFi'),
    nameSv: text(200),
    kind: z.enum(CENTRE_KINDS, { message: 'centres.error.kind' }),
    streetAddress: text(200),
    postalCode: text(5).refine((s) => s === '' || /^\d{5}$/.test(s), 'centres.error.postalCode'),
    postOffice: text(100),
    municipality: z.string().optional().default('').refine((s) => /^\d{3}$/.test(s), 'centres.error.municipality'),
    openingHours: text(1000),
    offers: manyOf.pipe(z.array(z.enum(CENTRE_OFFERS, { message: 'centres.error.offers' }))),
    roomsDescription: text(2000),
    screenWidth: whole(100, 10000, 'centres.error.screenSize'),
    screenHeight: whole(100, 10000, 'centres.error.screenSize'),
    maxFileMb: whole(1, 10, 'centres.error.maxFileMb'),
    maxPdfPages: whole(1, 50, 'centres.error.maxPdfPages'),
  })
  .superRefine((v, ctx) => {
    if (v.offers.includes('infoScreens') && (v.screenWidth === null || v.screenHeight === null)) {
      ctx.addIssue({ code: 'custom', path: [v.screenWidth === null ? 'screenWidth' : 'screenHeight'], message: 'centres.error.screenNeeded' });
    }
  });

export type CentreInput = z.output<typeof centreForm>;

export const liaisonForm = z.object({
  email: z.string().max(254, 'centres.error.email').optional().default('').transform((s) => s.trim()),
});

export const removeLiaisonForm = z.object({ user: z.string().optional().default('').refine(isUuid, 'centres.error.liaison') });

export const centreParams = z.object({ id: z.string().refine(isUuid) });
export const materialParams = z.object({ id: z.string().refine(isUuid), materialId: z.string().refine(isUuid) });
export const fileParams = z.object({ id: z.string().refine(isUuid) });
export const kioskParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const centreListQuery = z
  .object({
    region: z.string().max(60).regex(SLUG).optional().catch(undefined),
    municipality: z.string().regex(/^\d{3}$/).optional().catch(undefined),
  })
  .loose();

export type CentreListQuery = z.output<typeof centreListQuery>;

export const doneQuery = z.object({ done: z.enum(['created', 'saved', 'appointed', 'removed', 'sent', 'approved', 'returned', 'proposed', 'accepted', 'countered', 'declined', 'requested']).optional().catch(undefined) }).loose();

// Materials.

export const MATERIAL_KINDS = ['brochure', 'poster', 'slide'] as const;
export const MATERIAL_LANGS = ['fi', 'sv', 'en', 'other'] as const;
/** What the sender confirms (seed 003): plain language, alternative text, contact details visible, general-interest activity. */
export const CHECKLIST = ['plainLanguage', 'altText', 'contactDetails', 'generalInterest'] as const;

const isoDate = (key: 'centres.error.validFrom' | 'centres.error.validUntil') =>
  z
    .string()
    .optional()
    .default('')
    .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s) && !Number.isNaN(Date.parse(`${s}T12:00:00Z`)) && new Date(`${s}T12:00:00Z`).toISOString().startsWith(s), key);

export const materialForm = z
  .object({
    organization: z.string().optional().default('').refine(isUuid, 'centres.error.organization'),
    kind: z.enum(MATERIAL_KINDS, { message: 'centres.error.materialKind' }),
    title: text(200).refine((s) => s.length > 0, 'centres.error.title'),
    lang: z.enum(MATERIAL_LANGS, { message: 'centres.error.lang' }),
    activity: z.string().optional().default('').refine((s) => s === '' || isUuid(s), 'centres.error.activity'),
    centres: manyOf.pipe(z.array(z.string().refine(isUuid, 'centres.error.centres')).min(1, 'centres.error.centres').max(50, 'centres.error.centres')),
    validFrom: isoDate('centres.error.validFrom'),
    validUntil: isoDate('centres.error.validUntil'),
    altText: text(500),
    checklist: manyOf.pipe(z.array(z.enum(CHECKLIST, { message: 'centres.error.checklist' }))),
  })
  .superRefine((v, ctx) => {
    if (CHECKLIST.some((c) => !v.checklist.includes(c))) ctx.addIssue({ code: 'custom', path: ['checklist'], message: 'centres.error.checklist' });
    if (v.kind !== 'brochure' && v.altText === '') ctx.addIssue({ code: 'custom', path: ['altText'], message: 'centres.error.altText' });
    if (v.validFrom && v.validUntil && v.validUntil < v.validFrom) ctx.addIssue({ code: 'custom', path: ['validUntil'], message: 'centres.error.validOrder' });
  });

export type MaterialInput = z.output<typeof materialForm>;

export const decisionForm = z
  .object({
    decision: z.enum(['approve', 'return'], { message: 'centres.error.decision' }),
    message: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.decision === 'return' && v.message === '') ctx.addIssue({ code: 'custom', path: ['message'], message: 'centres.error.returnMessage' });
  });

// Cooperation agreed in advance (issue 14, item 5).

export const AGREEMENT_KINDS = ['staff_presentation', 'centre_event', 'centre_own_event', 'group_activity', 'ngo_visit', 'client_appointment'] as const;
export const AGREEMENT_REPEATS = ['none', 'weekly', 'biweekly', 'monthly'] as const;
export const ATTENDANCES = ['on_site', 'remote', 'hybrid'] as const;
export const ACCESSES = ['drop_in', 'booking', 'registration'] as const;

const day = z
  .string()
  .optional()
  .default('')
  .refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), 'centres.error.date');
const clock = z
  .string()
  .optional()
  .default('')
  .refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), 'centres.error.time');
const minutes = z
  .string()
  .optional()
  .default('')
  .refine((s) => /^\d{1,3}$/.test(s) && Number(s) >= 15 && Number(s) <= 720, 'centres.error.duration')
  .transform(Number);

export const agreementForm = z
  .object({
    centre: z.string().optional().default('').refine(isUuid, 'centres.error.centre'),
    organization: z.string().optional().default('').refine(isUuid, 'centres.error.organization'),
    kind: z.enum(AGREEMENT_KINDS, { message: 'centres.error.agreementKind' }),
    title: text(200).refine((s) => s.length > 0, 'centres.error.title'),
    date: day,
    time: clock,
    duration: minutes,
    repeat: z.enum(AGREEMENT_REPEATS, { message: 'centres.error.repeat' }).optional().default('none'),
    repeatUntil: z.string().optional().default(''),
    attendance: z.enum(ATTENDANCES, { message: 'centres.error.attendance' }),
    access: z.enum(ACCESSES, { message: 'centres.error.access' }),
    bookingInfo: text(1000),
    room: text(500),
    catering: text(500),
    keysBadges: text(500),
    materials: text(500),
    programme: text(2000),
    targetGroup: text(500),
    contactName: text(150).refine((s) => s.length > 0, 'centres.error.contactName'),
    contactEmail: text(254).refine((s) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(s), 'centres.error.email'),
    contactPhone: text(40),
    clientConsent: z.string().optional().transform((v) => v === 'yes'),
    public: z.string().optional().transform((v) => v === 'yes'),
    message: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.repeat !== 'none' && !/^\d{4}-\d{2}-\d{2}$/.test(v.repeatUntil)) ctx.addIssue({ code: 'custom', path: ['repeatUntil'], message: 'centres.error.repeatUntil' });
    if (v.access !== 'drop_in' && v.bookingInfo === '') ctx.addIssue({ code: 'custom', path: ['bookingInfo'], message: 'centres.error.bookingInfo' });
    if (v.kind === 'client_appointment' && !v.clientConsent) ctx.addIssue({ code: 'custom', path: ['clientConsent'], message: 'centres.error.clientConsent' });
  });

export type AgreementInput = z.output<typeof agreementForm>;

export const answerForm = z
  .object({
    action: z.enum(['accept', 'counter', 'decline'], { message: 'centres.error.answer' }),
    date: z.string().optional().default(''),
    time: z.string().optional().default(''),
    duration: z.string().optional().default(''),
    message: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'counter') {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) ctx.addIssue({ code: 'custom', path: ['date'], message: 'centres.error.date' });
      if (!/^([01]\d|2[0-3]):[0-5]\d$/.test(v.time)) ctx.addIssue({ code: 'custom', path: ['time'], message: 'centres.error.time' });
      if (v.duration !== '' && !(/^\d{1,3}$/.test(v.duration) && Number(v.duration) >= 15 && Number(v.duration) <= 720)) ctx.addIssue({ code: 'custom', path: ['duration'], message: 'centres.error.duration' });
    }
    if (v.action !== 'accept' && v.message === '') ctx.addIssue({ code: 'custom', path: ['message'], message: 'centres.error.answerMessage' });
  });

export type AnswerInput = z.output<typeof answerForm>;

export const agreementParams = z.object({ id: z.string().refine(isUuid) });
