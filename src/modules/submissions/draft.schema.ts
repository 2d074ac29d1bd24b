import { z } from 'zod';
import { isPlausibleEmail } from '../../platform/auth/auth-tokens.js';
import { normalizeBusinessId } from '../directory/business-id.js';
import { ORGANIZATION_KINDS } from '../directory/organization-kinds.js';
import { listMunicipalities } from '../reference/municipalities.js';
import { TAXONOMIES } from '../reference/taxonomies.data.js';
import type { ActivityDraft, OrganizationDraft, OrganizationDraftFields } from './draft.types.js';

/**
 * Validation of an OrganizationDraft, one form step at a time or whole (on submit). The draft itself is always
 * saved as typed; these checks only say what is wrong. Errors are a map from a field path (`organization.nameFi`,
 * `activities.0.needs`, `organization.maintainerEmails.1`) to a message key of submissions.messages.ts.
 */
export const DRAFT_STEPS = ['organisation', 'contact', 'maintainers', 'activities', 'review'] as const;
export type DraftStep = (typeof DRAFT_STEPS)[number];

export function isDraftStep(value: unknown): value is DraftStep {
  return typeof value === 'string' && (DRAFT_STEPS as readonly string[]).includes(value);
}

/** The step after `step` ("Tallenna ja jatka"); the last step is its own next. */
export function nextDraftStep(step: DraftStep): DraftStep {
  return DRAFT_STEPS[Math.min(DRAFT_STEPS.indexOf(step) + 1, DRAFT_STEPS.length - 1)]!;
}

/** The organisation kinds of the form's choice: the directory's one list. */
export { ORGANIZATION_KINDS };
export const HOW_TO_JOIN = ['drop_in', 'registration', 'referral'] as const;
/** Languages offered as checkboxes; other ISO 639-1 codes are accepted too. */
export const COMMON_LANGUAGES = ['fi', 'sv', 'en', 'se', 'ru', 'et', 'ar', 'so', 'uk', 'fa'] as const;
export const MAX_MAINTAINER_EMAILS = 10;
export const MAX_ACTIVITIES = 30;

export type DraftErrorKey =
  | 'submissions.error.required'
  | 'submissions.error.tooLong'
  | 'submissions.error.businessId'
  | 'submissions.error.kind'
  | 'submissions.error.email'
  | 'submissions.error.url'
  | 'submissions.error.phone'
  | 'submissions.error.postalCode'
  | 'submissions.error.municipality'
  | 'submissions.error.municipalityRequired'
  | 'submissions.error.contactMissing'
  | 'submissions.error.tooMany'
  | 'submissions.error.term'
  | 'submissions.error.needOrSupport'
  | 'submissions.error.areaRequired'
  | 'submissions.error.language'
  | 'submissions.error.languageRequired'
  | 'submissions.error.howToJoin'
  | 'submissions.error.activityRequired'
  | 'submissions.error.archiveReason';

export type DraftErrors = Record<string, DraftErrorKey>;

const municipalityCodes = new Set(listMunicipalities().map((m) => m.code));
const termCodes = new Map(TAXONOMIES.map((t) => [t.slug, new Set(t.terms.map((term) => term.code))]));

/** Canonical web address for a typed one: adds https:// to "www.example.fi"; null when it is not a web address. */
export function normalizeUrl(value: string): string | null {
  const s = value.trim();
  if (!s) return null;
  const withScheme = /^[a-z][a-z0-9+.-]*:/i.test(s) ? s : `https://${s}`;
  try {
    const u = new URL(withScheme);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return null;
    if (!u.hostname.includes('.') || /\s/.test(s)) return null;
    return u.toString();
  } catch {
    return null;
  }
}

const text = (max: number) => z.string().max(max, { error: 'submissions.error.tooLong' });
const required = (max: number) => z.string().trim().min(1, { error: 'submissions.error.required' }).max(max, { error: 'submissions.error.tooLong' });
const optionalEmail = z.string().refine((s) => s.trim() === '' || isPlausibleEmail(s.trim()), { error: 'submissions.error.email' });
const requiredEmail = z
  .string()
  .trim()
  .min(1, { error: 'submissions.error.required' })
  .refine((s) => isPlausibleEmail(s), { error: 'submissions.error.email' });
const phone = z.string().refine((s) => s.trim() === '' || /^\+?[0-9][0-9 ()-]{4,24}$/.test(s.trim()), { error: 'submissions.error.phone' });
const postalCode = z.string().refine((s) => s.trim() === '' || /^[0-9]{5}$/.test(s.trim()), { error: 'submissions.error.postalCode' });
const url = z.string().refine((s) => s.trim() === '' || normalizeUrl(s) !== null, { error: 'submissions.error.url' });
const terms = (slug: 'need' | 'support' | 'target') =>
  z.array(z.string().refine((c) => termCodes.get(slug)!.has(c), { error: 'submissions.error.term' })).max(50, { error: 'submissions.error.tooMany' });

const organisationStep = z.object({
  nameFi: required(200),
  nameSv: text(200),
  nameEn: text(200),
  businessId: z.string().refine((s) => s.trim() === '' || normalizeBusinessId(s) !== null, { error: 'submissions.error.businessId' }),
  kind: z.string().refine((s) => (ORGANIZATION_KINDS as readonly string[]).includes(s), { error: 'submissions.error.kind' }),
  descriptionFi: required(5000),
  descriptionSv: text(5000),
  descriptionEn: text(5000),
  plainSummaryFi: text(1000),
});

const contactStep = z
  .object({
    website: url,
    email: optionalEmail,
    phone,
    streetAddress: text(200),
    postalCode,
    city: text(100),
    municipalityCode: z
      .string()
      .refine((s) => s !== '', { error: 'submissions.error.municipalityRequired' })
      .refine((s) => s === '' || municipalityCodes.has(s), { error: 'submissions.error.municipality' }),
    contactRequestEmail: requiredEmail,
    contactName: text(200),
    contactTitle: text(200),
    contactEmail: optionalEmail,
    contactPhone: phone,
  })
  .superRefine((o, ctx) => {
    if (!o.website.trim() && !o.email.trim() && !o.phone.trim()) {
      ctx.addIssue({ code: 'custom', path: ['email'], message: 'submissions.error.contactMissing' });
    }
  });

const maintainersStep = z.object({
  maintainerEmails: z
    .array(z.string().refine((s) => isPlausibleEmail(s.trim()), { error: 'submissions.error.email' }))
    .max(MAX_MAINTAINER_EMAILS, { error: 'submissions.error.tooMany' }),
});

const activitySchema = z
  .object({
    nameFi: required(200),
    nameSv: text(200),
    nameEn: text(200),
    descriptionFi: required(5000),
    descriptionSv: text(5000),
    descriptionEn: text(5000),
    needs: terms('need'),
    supports: terms('support'),
    targets: terms('target'),
    municipalityCodes: z.array(z.string().refine((c) => municipalityCodes.has(c), { error: 'submissions.error.municipality' })),
    nationwide: z.boolean(),
    remote: z.boolean(),
    languages: z
      .array(z.string().regex(/^[a-z]{2}$/, { error: 'submissions.error.language' }))
      .min(1, { error: 'submissions.error.languageRequired' })
      .max(20, { error: 'submissions.error.tooMany' }),
    howToJoin: z.string().refine((s) => s === '' || (HOW_TO_JOIN as readonly string[]).includes(s), { error: 'submissions.error.howToJoin' }),
    applicationProcessFi: text(2000),
    scheduleFi: text(1000),
    freeOfCharge: z.boolean(),
    placeName: text(200),
    streetAddress: text(200),
    postalCode,
    city: text(100),
    contactName: text(200),
    contactEmail: optionalEmail,
    contactPhone: phone,
  })
  .superRefine((a, ctx) => {
    if (a.needs.length === 0 && a.supports.length === 0) {
      ctx.addIssue({ code: 'custom', path: ['needs'], message: 'submissions.error.needOrSupport' });
    }
    if (a.municipalityCodes.length === 0 && !a.nationwide && !a.remote) {
      ctx.addIssue({ code: 'custom', path: ['municipalityCodes'], message: 'submissions.error.areaRequired' });
    }
  });

function collect(result: z.ZodSafeParseResult<unknown>, prefix: (string | number)[], into: DraftErrors): void {
  if (result.success) return;
  for (const issue of result.error.issues) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))].join('.');
    if (!(path in into)) into[path] = issue.message as DraftErrorKey;
  }
}

function organisationFields(o: OrganizationDraftFields): DraftErrors {
  const errors: DraftErrors = {};
  collect(organisationStep.safeParse(o), ['organization'], errors);
  return errors;
}

function contactFields(o: OrganizationDraftFields): DraftErrors {
  const errors: DraftErrors = {};
  collect(contactStep.safeParse(o), ['organization'], errors);
  return errors;
}

function maintainerFields(o: OrganizationDraftFields): DraftErrors {
  const errors: DraftErrors = {};
  collect(maintainersStep.safeParse(o), ['organization'], errors);
  return errors;
}

/** Errors of one activity, with paths relative to the activity (`nameFi`, `needs`, …). */
export function validateActivity(a: ActivityDraft): DraftErrors {
  const errors: DraftErrors = {};
  if (a.archived) {
    if (!a.archived.reason.trim()) errors['archived.reason'] = 'submissions.error.archiveReason';
    return errors;
  }
  collect(activitySchema.safeParse(a), [], errors);
  return errors;
}

function activityFields(activities: ActivityDraft[]): DraftErrors {
  const errors: DraftErrors = {};
  if (activities.filter((a) => !a.archived).length === 0) errors.activities = 'submissions.error.activityRequired';
  if (activities.length > MAX_ACTIVITIES) errors.activities = 'submissions.error.tooMany';
  activities.forEach((a, i) => {
    for (const [path, key] of Object.entries(validateActivity(a))) errors[`activities.${i}.${path}`] = key;
  });
  return errors;
}

/** Errors of the fields one step of the form shows. 'review' checks the whole draft. */
export function validateDraftStep(draft: OrganizationDraft, step: DraftStep): DraftErrors {
  switch (step) {
    case 'organisation':
      return organisationFields(draft.organization);
    case 'contact':
      return contactFields(draft.organization);
    case 'maintainers':
      return maintainerFields(draft.organization);
    case 'activities':
      return activityFields(draft.activities);
    case 'review':
      return validateDraft(draft);
  }
}

/** Every error of the whole draft: empty when it may be submitted. */
export function validateDraft(draft: OrganizationDraft): DraftErrors {
  return {
    ...organisationFields(draft.organization),
    ...contactFields(draft.organization),
    ...maintainerFields(draft.organization),
    ...activityFields(draft.activities),
  };
}

/** The step that shows a field path (for "edit" links and for sending the user to the first error). */
export function stepOfPath(path: string): DraftStep {
  if (path.startsWith('activities')) return 'activities';
  const field = path.split('.')[1] ?? '';
  if (field === 'maintainerEmails') return 'maintainers';
  if (field in organisationStep.shape) return 'organisation';
  return 'contact';
}

// ---- The stored shape: submission.content is read back through this, so an old or odd row never breaks a page.

const str = z.string().max(20_000).catch('');
const bool = z.boolean().catch(false);
const strings = z.array(z.string().max(500)).max(500).catch([]);

const storedActivity = z.object({
  id: z.string().uuid(),
  nameFi: str,
  nameSv: str,
  nameEn: str,
  descriptionFi: str,
  descriptionSv: str,
  descriptionEn: str,
  needs: strings,
  supports: strings,
  targets: strings,
  municipalityCodes: strings,
  nationwide: bool,
  remote: bool,
  languages: strings,
  howToJoin: str,
  applicationProcessFi: str,
  scheduleFi: str,
  freeOfCharge: bool,
  placeName: str,
  streetAddress: str,
  postalCode: str,
  city: str,
  contactName: str,
  contactEmail: str,
  contactPhone: str,
  archived: z.object({ reason: str }).optional().catch(undefined),
});

const storedDraft = z.object({
  organization: z.object({
    nameFi: str,
    nameSv: str,
    nameEn: str,
    businessId: str,
    kind: str,
    descriptionFi: str,
    descriptionSv: str,
    descriptionEn: str,
    plainSummaryFi: str,
    website: str,
    email: str,
    phone: str,
    streetAddress: str,
    postalCode: str,
    city: str,
    municipalityCode: str,
    contactRequestEmail: str,
    contactName: str,
    contactTitle: str,
    contactEmail: str,
    contactPhone: str,
    acceptsNewParticipants: z.boolean().catch(true),
    maintainerEmails: strings,
  }),
  activities: z.array(storedActivity.nullable().catch(null)).max(200).catch([]),
});

/** Reads a stored draft (submission.content), filling anything missing or malformed with empty values. */
export function parseStoredDraft(content: unknown): OrganizationDraft {
  const source = typeof content === 'object' && content !== null ? (content as Record<string, unknown>) : {};
  const organization = typeof source.organization === 'object' && source.organization !== null ? source.organization : {};
  const parsed = storedDraft.parse({ organization, activities: Array.isArray(source.activities) ? source.activities : [] });
  const activities = parsed.activities.filter((a): a is NonNullable<typeof a> => a !== null).map((a) => {
    const { archived, ...rest } = a;
    return archived ? { ...rest, archived } : rest;
  });
  return { organization: parsed.organization, activities };
}

export function emptyOrganizationFields(): OrganizationDraftFields {
  return {
    nameFi: '',
    nameSv: '',
    nameEn: '',
    businessId: '',
    kind: 'association',
    descriptionFi: '',
    descriptionSv: '',
    descriptionEn: '',
    plainSummaryFi: '',
    website: '',
    email: '',
    phone: '',
    streetAddress: '',
    postalCode: '',
    city: '',
    municipalityCode: '',
    contactRequestEmail: '',
    contactName: '',
    contactTitle: '',
    contactEmail: '',
    contactPhone: '',
    acceptsNewParticipants: true,
    maintainerEmails: [],
  };
}

export function emptyActivity(id: string): ActivityDraft {
  return {
    id,
    nameFi: '',
    nameSv: '',
    nameEn: '',
    descriptionFi: '',
    descriptionSv: '',
    descriptionEn: '',
    needs: [],
    supports: [],
    targets: [],
    municipalityCodes: [],
    nationwide: false,
    remote: false,
    languages: ['fi'],
    howToJoin: '',
    applicationProcessFi: '',
    scheduleFi: '',
    freeOfCharge: true,
    placeName: '',
    streetAddress: '',
    postalCode: '',
    city: '',
    contactName: '',
    contactEmail: '',
    contactPhone: '',
  };
}

export function emptyDraft(): OrganizationDraft {
  return { organization: emptyOrganizationFields(), activities: [] };
}
