import type { DraftStep } from './draft.schema.js';
import { CONTACT_STEP_FIELDS, ORGANISATION_STEP_FIELDS, type ActivityDraft, type OrganizationDraft, type OrganizationDraftFields } from './draft.types.js';

/**
 * Form bodies (urlencoded, parsed by @fastify/formbody: a repeated name is an array) into draft changes. Pure and
 * forgiving: whatever arrives is kept as typed (strings capped at 20,000 characters), validation happens apart.
 * The names of the form fields are the draft's own field names (`nameFi`, `businessId`, `needs` …).
 */
export type FormBody = Record<string, unknown>;

const MAX = 20_000;

export function one(body: FormBody, name: string): string {
  const v = body[name];
  const s = Array.isArray(v) ? v[0] : v;
  return typeof s === 'string' ? s.slice(0, MAX) : '';
}

export function many(body: FormBody, name: string): string[] {
  const v = body[name];
  const list = Array.isArray(v) ? v : v === undefined ? [] : [v];
  return list.filter((s): s is string => typeof s === 'string').map((s) => s.slice(0, 500)).slice(0, 500);
}

function checked(body: FormBody, name: string): boolean {
  return one(body, name) !== '';
}

/** The draft with one organisation step's fields replaced by the form's. Other steps' fields are untouched. */
export function applyOrganizationStep(draft: OrganizationDraft, step: DraftStep, body: FormBody): OrganizationDraft {
  const o: OrganizationDraftFields = { ...draft.organization };
  if (step === 'organisation') for (const f of ORGANISATION_STEP_FIELDS) o[f] = one(body, f);
  if (step === 'contact') {
    for (const f of CONTACT_STEP_FIELDS) o[f] = one(body, f);
    o.acceptsNewParticipants = one(body, 'acceptsNewParticipants') !== 'no';
  }
  if (step === 'maintainers') o.maintainerEmails = many(body, 'maintainerEmails').map((s) => s.trim()).filter((s) => s !== '');
  return { ...draft, organization: o };
}

const ACTIVITY_TEXT = [
  'nameFi',
  'nameSv',
  'nameEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'howToJoin',
  'applicationProcessFi',
  'scheduleFi',
  'placeName',
  'streetAddress',
  'postalCode',
  'city',
  'contactName',
  'contactEmail',
  'contactPhone',
] as const;

/** One activity as the activity form sent it (its id and archive mark are kept from the stored one). */
export function activityFromForm(stored: ActivityDraft, body: FormBody): ActivityDraft {
  const a: ActivityDraft = { ...stored };
  for (const f of ACTIVITY_TEXT) a[f] = one(body, f);
  a.needs = many(body, 'needs');
  a.supports = many(body, 'supports');
  a.targets = many(body, 'targets');
  a.municipalityCodes = [...new Set(many(body, 'municipalityCodes'))];
  a.languages = many(body, 'languages');
  a.nationwide = checked(body, 'nationwide');
  a.remote = checked(body, 'remote');
  a.freeOfCharge = checked(body, 'freeOfCharge');
  return a;
}
