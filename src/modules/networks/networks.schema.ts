import { z } from 'zod';
import { isUuid } from '../../platform/ids.js';
import { SLUG } from '../regions/regions.schema.js';

/** The forms of the networks (the administrators' network form, asking to join, deciding a request) and route parameters. */

export const MAX_TEXT = 2000;

const text = (max: number, key: 'networks.error.name' | 'networks.error.text') => z.string().max(max, key).optional().default('').transform((s) => s.trim());

export const networkForm = z.object({
  nameFi: text(150, 'networks.error.name').refine((s) => s.length > 0, 'networks.error.nameFi'),
  nameSv: text(150, 'networks.error.name'),
  nameEn: text(150, 'networks.error.name'),
  descriptionFi: text(MAX_TEXT, 'networks.error.text').refine((s) => s.length > 0, 'networks.error.descriptionFi'),
  descriptionSv: text(MAX_TEXT, 'networks.error.text'),
  descriptionEn: text(MAX_TEXT, 'networks.error.text'),
  howToJoinFi: text(MAX_TEXT, 'networks.error.text'),
  howToJoinSv: text(MAX_TEXT, 'networks.error.text'),
  howToJoinEn: text(MAX_TEXT, 'networks.error.text'),
  meetingsFi: text(MAX_TEXT, 'networks.error.text'),
  meetingsSv: text(MAX_TEXT, 'networks.error.text'),
  meetingsEn: text(MAX_TEXT, 'networks.error.text'),
  coordinator: z.string().optional().default('').refine(isUuid, 'networks.error.coordinator'),
  /** Members to remove (edit only). */
  remove: z
    .union([z.string(), z.array(z.string())])
    .optional()
    .transform((v) => [...new Set(v === undefined ? [] : Array.isArray(v) ? v : [v])])
    .pipe(z.array(z.string().refine(isUuid, 'networks.error.remove')).max(500, 'networks.error.remove')),
});

export type NetworkInput = z.output<typeof networkForm>;

export const joinForm = z.object({
  organization: z.string().optional().default('').refine(isUuid, 'networks.error.organization'),
  message: text(1000, 'networks.error.text'),
});

export type JoinInput = z.output<typeof joinForm>;

export const decisionForm = z.object({
  request: z.string().optional().default('').refine(isUuid, 'networks.error.request'),
  decision: z.enum(['accept', 'decline'], { message: 'networks.error.decision' }),
});

export const regionParams = z.object({ slug: z.string().max(60).regex(SLUG) });
export const networkParams = z.object({ slug: z.string().max(60).regex(SLUG), networkId: z.string().refine(isUuid) });

export const doneQuery = z.object({ done: z.enum(['created', 'saved', 'asked', 'accepted', 'declined']).optional().catch(undefined) }).loose();
