import { z } from 'zod';
import { isUuid } from '../../platform/ids.js';

/** The forms, queries and route parameters of municipal NGO meetings, follow-ups and a centre's report. */

const text = (max: number) => z.string().max(max, 'meetings.error.tooLong').optional().default('').transform((s) => s.trim());
const list = (v: string | string[] | undefined) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])];
const manyIds = (key: 'meetings.error.organizations' | 'meetings.error.present') => z.union([z.string(), z.array(z.string())]).optional().transform(list).pipe(z.array(z.string().refine(isUuid, key)).max(300, key));
const EMAIL = /^[^\s@,;<>]+@[^\s@,;<>]+\.[^\s@,;<>]+$/;
const wholeOrEmpty = (min: number, max: number, key: 'meetings.error.people' | 'meetings.error.attendance' | 'meetings.error.rating') =>
  z
    .string()
    .optional()
    .default('')
    .transform((s) => s.trim())
    .refine((s) => s === '' || (/^\d{1,6}$/.test(s) && Number(s) >= min && Number(s) <= max), key)
    .transform((s) => (s === '' ? null : Number(s)));

export const meetingForm = z
  .object({
    title: text(200).refine((s) => s.length > 0, 'meetings.error.title'),
    date: z.string().optional().default('').refine((s) => /^\d{4}-\d{2}-\d{2}$/.test(s), 'meetings.error.date'),
    time: z.string().optional().default('').refine((s) => /^([01]\d|2[0-3]):[0-5]\d$/.test(s), 'meetings.error.time'),
    duration: z
      .string()
      .optional()
      .default('')
      .refine((s) => /^\d{1,3}$/.test(s) && Number(s) >= 15 && Number(s) <= 720, 'meetings.error.duration')
      .transform(Number),
    place: text(300),
    onlineUrl: text(500).refine((s) => s === '' || /^https:\/\/[^\s<>"]+$/.test(s), 'meetings.error.onlineUrl'),
    agenda: text(4000).transform((s) =>
      s
        .split(/\r?\n/)
        .map((l) => l.trim().replace(/^[-*•]\s*|^\d+[.)]\s*/, ''))
        .filter(Boolean),
    ),
    organizations: manyIds('meetings.error.organizations'),
    staff: text(10000).transform((s) => [...new Set(s.split(/[\s,;]+/).map((e) => e.trim().toLowerCase()).filter(Boolean))]),
  })
  .superRefine((v, ctx) => {
    if (v.place === '' && v.onlineUrl === '') ctx.addIssue({ code: 'custom', path: ['place'], message: 'meetings.error.placeOrLink' });
    if (v.agenda.length > 30 || v.agenda.some((l) => l.length > 300)) ctx.addIssue({ code: 'custom', path: ['agenda'], message: 'meetings.error.agenda' });
    if (v.staff.length > 100 || v.staff.some((e) => e.length > 254 || !EMAIL.test(e))) ctx.addIssue({ code: 'custom', path: ['staff'], message: 'meetings.error.staff' });
    if (v.organizations.length === 0 && v.staff.length === 0) ctx.addIssue({ code: 'custom', path: ['organizations'], message: 'meetings.error.nobody' });
  });

export type MeetingInput = z.output<typeof meetingForm>;

export const registrationForm = z
  .object({
    organization: z.string().optional().default(''),
    response: z.enum(['coming', 'declined'], { message: 'meetings.error.response' }),
    people: wholeOrEmpty(1, 100, 'meetings.error.people'),
    names: text(1000),
    needs: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.response === 'coming' && v.people === null) ctx.addIssue({ code: 'custom', path: ['people'], message: 'meetings.error.people' });
  });

export type RegistrationInput = z.output<typeof registrationForm>;

export const recordForm = z.object({
  people: wholeOrEmpty(0, 10000, 'meetings.error.people'),
  present: manyIds('meetings.error.present'),
  supportNeeds: text(5000),
  services: text(5000),
  cooperation: text(5000),
  development: text(5000),
});

export type RecordInput = z.output<typeof recordForm>;

export const FOLLOW_UP_OUTCOMES = ['happened', 'not_happened', 'cancelled'] as const;
export const RATINGS = ['1', '2', '3', '4', '5'] as const;

export const followUpForm = z
  .object({
    outcome: z.enum(FOLLOW_UP_OUTCOMES, { message: 'meetings.error.outcome' }),
    attendance: wholeOrEmpty(0, 100000, 'meetings.error.attendance'),
    rating: wholeOrEmpty(1, 5, 'meetings.error.rating'),
    comment: text(2000),
  })
  .superRefine((v, ctx) => {
    if (v.outcome === 'happened' && v.attendance === null) ctx.addIssue({ code: 'custom', path: ['attendance'], message: 'meetings.error.attendance' });
  });

export type FollowUpInput = z.output<typeof followUpForm>;

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T12:00:00Z`)) && new Date(`${s}T12:00:00Z`).toISOString().startsWith(s));

/** The report's period: both days or neither (then the last 12 months); a wrong value is ignored, not a 500. */
export const reportQuery = z
  .object({
    from: day.optional().catch(undefined),
    until: day.optional().catch(undefined),
  })
  .loose();

export const meetingParams = z.object({ id: z.string().refine(isUuid) });
export const invitationParams = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const meetingDoneQuery = z.object({ done: z.enum(['created', 'registered', 'declined', 'recorded', 'followedUp']).optional().catch(undefined) }).loose();

export const staffRegistrationForm = z.object({
  response: z.enum(['coming', 'declined'], { message: 'meetings.error.response' }),
  needs: text(1000),
});

export type StaffRegistrationInput = z.output<typeof staffRegistrationForm>;
