import { z } from 'zod';
import { isUuid } from '../../platform/ids.js';

/** Forms and parameters of bulletins to staff, staff groups, info screens and a centre's requests (issue 14, items 3–5). */

const text = (max: number) => z.string().max(max, 'centreBulletins.error.tooLong').optional().default('').transform((s) => s.trim());
const list = (v: string | string[] | undefined) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])];
const manyOf = z.union([z.string(), z.array(z.string())]).optional().transform(list);

/** The topics of bulletins and staff groups: the client groups and themes of seed 003's centres. */
export const BULLETIN_TOPICS = ['children_families', 'older_people', 'mental_health_substance', 'disability', 'immigrants', 'employment_income', 'loneliness', 'caregivers', 'health'] as const;
export type BulletinTopic = (typeof BULLETIN_TOPICS)[number];
export const BULLETIN_LANGS = ['fi', 'sv', 'en'] as const;
export const MAX_GROUP_ADDRESSES = 200;

const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[^\s@,;<>"]+$/;

/** One address a line (commas, semicolons and spaces also separate them); lower-cased, without repeats. */
export function splitAddresses(s: string): string[] {
  return [...new Set(s.split(/[\s,;]+/).map((a) => a.trim().toLowerCase()).filter((a) => a !== ''))];
}

export const staffGroupForm = z.object({
  name: text(150).refine((s) => s.length > 0, 'centreBulletins.error.groupName'),
  topics: manyOf.pipe(z.array(z.enum(BULLETIN_TOPICS, { message: 'centreBulletins.error.topics' })).min(1, 'centreBulletins.error.topics')),
  emails: z
    .string()
    .max(20_000, 'centreBulletins.error.tooLong')
    .optional()
    .default('')
    .transform(splitAddresses)
    .refine((a) => a.length > 0 && a.length <= MAX_GROUP_ADDRESSES && a.every((e) => e.length <= 254 && EMAIL.test(e)), 'centreBulletins.error.emails'),
});
export type StaffGroupInput = z.output<typeof staffGroupForm>;

export const bulletinForm = z.object({
  organization: z.string().optional().default('').refine(isUuid, 'centreBulletins.error.organization'),
  title: text(200).refine((s) => s.length > 0, 'centreBulletins.error.title'),
  body: text(5000).refine((s) => s.length > 0, 'centreBulletins.error.body'),
  topics: manyOf.pipe(z.array(z.enum(BULLETIN_TOPICS, { message: 'centreBulletins.error.topics' })).min(1, 'centreBulletins.error.topics')),
  activity: z.string().optional().default('').refine((s) => s === '' || isUuid(s), 'centreBulletins.error.activity'),
  lang: z.enum(BULLETIN_LANGS, { message: 'centreBulletins.error.lang' }),
  centres: manyOf.pipe(z.array(z.string().refine(isUuid, 'centreBulletins.error.centres')).min(1, 'centreBulletins.error.centres').max(50, 'centreBulletins.error.centres')),
});
export type BulletinInput = z.output<typeof bulletinForm>;

export const forwardForm = z.object({
  groups: manyOf.pipe(z.array(z.string().refine(isUuid, 'centreBulletins.error.groups')).min(1, 'centreBulletins.error.groups').max(100, 'centreBulletins.error.groups')),
  note: text(500),
});
export type ForwardInput = z.output<typeof forwardForm>;

export const bulletinDecisionForm = z
  .object({
    action: z.enum(['return', 'archive'], { message: 'centreBulletins.error.action' }),
    message: text(1000),
  })
  .superRefine((v, ctx) => {
    if (v.action === 'return' && v.message === '') ctx.addIssue({ code: 'custom', path: ['message'], message: 'centreBulletins.error.returnMessage' });
  });

export const screenForm = z.object({ name: text(100).refine((s) => s.length > 0, 'centreBulletins.error.screenName') });

/** The extra field of a centre's request (the rest is the agreement form, with the centre from the address). */
export const requestExtras = z.object({ activity: z.string().optional().default('').refine((s) => s === '' || isUuid(s), 'centreBulletins.error.activity') }).loose();

export const centreItemParams = z.object({ id: z.string().refine(isUuid), itemId: z.string().refine(isUuid) });

export const bulletinDoneQuery = z
  .object({ done: z.enum(['groupSaved', 'groupRemoved', 'bulletinSent', 'forwarded', 'returned', 'archived', 'screenRemoved']).optional().catch(undefined) })
  .loose();
