import { z } from 'zod';

/** The administration form of /admin/crisis-help: phrases per language and up to MAX_HELPLINES helplines. */

export const MAX_HELPLINES = 10;
export const MAX_PHRASES = 500;
export const HELPLINE_FIELDS = ['NameFi', 'NameSv', 'NameEn', 'Phone', 'HoursFi', 'HoursSv', 'HoursEn', 'Url'] as const;
export type HelplineField = (typeof HELPLINE_FIELDS)[number];

/** Field name of row `i`'s field, e.g. `h0Phone`. */
export const helplineField = (i: number, field: HelplineField) => `h${i}${field}`;

const phraseList = z
  .string()
  .max(20_000, 'crisis.error.phrase')
  .optional()
  .default('')
  .transform((s) =>
    [...new Set(s.split(/\r?\n/).map((l) => l.trim().toLowerCase().replace(/\s+/g, ' ')).filter(Boolean))],
  )
  .refine((lines) => lines.length <= MAX_PHRASES && lines.every((l) => l.length >= 2 && l.length <= 100), 'crisis.error.phrase');

const text = z.string().max(200, 'crisis.error.text').optional().default('').transform((s) => s.trim());

const rowShape: Record<string, typeof text> = {};
for (let i = 0; i < MAX_HELPLINES; i++) for (const f of HELPLINE_FIELDS) rowShape[helplineField(i, f)] = text;

export interface HelplineInput {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  phone: string;
  hoursFi: string;
  hoursSv: string;
  hoursEn: string;
  url: string;
}

const PHONE = /^\+?[\d\s-]{3,30}$/;

export const crisisHelpForm = z
  .object({ phrasesFi: phraseList, phrasesSv: phraseList, phrasesEn: phraseList, ...rowShape })
  .superRefine((v, ctx) => {
    if (v.phrasesFi.length + v.phrasesSv.length + v.phrasesEn.length === 0) ctx.addIssue({ code: 'custom', path: ['phrasesFi'], message: 'crisis.error.phrasesEmpty' });
    const values = v as unknown as Record<string, string>;
    for (let i = 0; i < MAX_HELPLINES; i++) {
      const filled = HELPLINE_FIELDS.some((f) => values[helplineField(i, f)]);
      if (!filled) continue;
      if (!values[helplineField(i, 'NameFi')]) ctx.addIssue({ code: 'custom', path: [helplineField(i, 'NameFi')], message: 'crisis.error.name' });
      if (!PHONE.test(values[helplineField(i, 'Phone')] ?? '')) ctx.addIssue({ code: 'custom', path: [helplineField(i, 'Phone')], message: 'crisis.error.phone' });
      const url = values[helplineField(i, 'Url')];
      if (url && !/^https:\/\/[^\s]+$/.test(url)) ctx.addIssue({ code: 'custom', path: [helplineField(i, 'Url')], message: 'crisis.error.url' });
    }
  })
  .transform((v) => {
    const values = v as unknown as Record<string, string>;
    const helplines: HelplineInput[] = [];
    for (let i = 0; i < MAX_HELPLINES; i++) {
      if (!HELPLINE_FIELDS.some((f) => values[helplineField(i, f)])) continue;
      const get = (f: HelplineField) => values[helplineField(i, f)] ?? '';
      helplines.push({ nameFi: get('NameFi'), nameSv: get('NameSv'), nameEn: get('NameEn'), phone: get('Phone'), hoursFi: get('HoursFi'), hoursSv: get('HoursSv'), hoursEn: get('HoursEn'), url: get('Url') });
    }
    return { phrases: { fi: v.phrasesFi, sv: v.phrasesSv, en: v.phrasesEn }, helplines };
  });

export type CrisisHelpInput = z.output<typeof crisisHelpForm>;

export const savedQuery = z.object({ saved: z.literal('1').optional().catch(undefined) }).loose();
