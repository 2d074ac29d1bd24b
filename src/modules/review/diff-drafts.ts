import { diffWords } from 'diff';
import { CONTACT_STEP_FIELDS, ORGANISATION_STEP_FIELDS, type ActivityDraft, type OrganizationDraft, type OrganizationDraftFields } from '../submissions/draft.types.js';

/**
 * The difference between the published version of an organisation (as a draft, or null for a join) and a
 * submitted draft, field by field, with display values already turned into text by `labels` (taxonomy codes,
 * municipality codes, yes/no …). Pure: the review page renders it, the tests check it.
 */

/** Turns stored codes and flags into the reader's words. */
export interface DiffLabels {
  term(taxonomy: 'need' | 'support' | 'target', code: string): string;
  municipality(code: string): string;
  kind(kind: string): string;
  howToJoin(value: string): string;
  language(code: string): string;
  yes: string;
  no: string;
}

export type OrganizationField = Exclude<keyof OrganizationDraftFields, never>;
export type ActivityField = Exclude<keyof ActivityDraft, 'id' | 'archived'>;

export interface FieldChange<F extends string = string> {
  field: F;
  before: string;
  after: string;
  /** Long free text: shown with word-level highlighting. */
  long: boolean;
}

export type ActivityChangeKind = 'added' | 'removed' | 'changed' | 'archived' | 'unchanged';

export interface ActivityChange {
  id: string;
  /** The activity's Finnish name after the change (before, for a removed one). */
  name: string;
  change: ActivityChangeKind;
  /** For 'archived': the reason the maintainer gave. */
  archivedReason?: string;
  fields: FieldChange<ActivityField>[];
}

export interface DraftDiff {
  /** True when there is no published version: every value is new. */
  isNew: boolean;
  organization: FieldChange<OrganizationField>[];
  activities: ActivityChange[];
}

/** Every organisation field in the form's order: its two steps, then the choice and the maintainers. */
export const ORGANIZATION_FIELDS: readonly OrganizationField[] = [
  ...ORGANISATION_STEP_FIELDS,
  ...CONTACT_STEP_FIELDS,
  'acceptsNewParticipants',
  'maintainerEmails',
];

export const ACTIVITY_FIELDS: readonly ActivityField[] = [
  'nameFi',
  'nameSv',
  'nameEn',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'needs',
  'supports',
  'targets',
  'municipalityCodes',
  'nationwide',
  'remote',
  'languages',
  'howToJoin',
  'applicationProcessFi',
  'scheduleFi',
  'freeOfCharge',
  'placeName',
  'streetAddress',
  'postalCode',
  'city',
  'contactName',
  'contactEmail',
  'contactPhone',
];

const LONG_FIELDS = new Set<string>([
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'plainSummaryFi',
  'applicationProcessFi',
  'scheduleFi',
]);

function text(value: unknown): string {
  return typeof value === 'string' ? value.trim() : '';
}

function list(value: unknown, label: (code: string) => string): string {
  if (!Array.isArray(value)) return '';
  return value
    .filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    .map((v) => label(v.trim()))
    .join(', ');
}

function flag(value: unknown, labels: DiffLabels): string {
  return value === true ? labels.yes : value === false ? labels.no : '';
}

export function organizationValue(field: OrganizationField, fields: Partial<OrganizationDraftFields> | undefined, labels: DiffLabels): string {
  const v = fields?.[field];
  switch (field) {
    case 'kind':
      return text(v) ? labels.kind(text(v)) : '';
    case 'municipalityCode':
      return text(v) ? labels.municipality(text(v)) : '';
    case 'acceptsNewParticipants':
      return flag(v, labels);
    case 'maintainerEmails':
      return list(v, (e) => e.toLowerCase());
    default:
      return text(v);
  }
}

export function activityValue(field: ActivityField, activity: Partial<ActivityDraft> | undefined, labels: DiffLabels): string {
  const v = activity?.[field];
  switch (field) {
    case 'needs':
      return list(v, (c) => labels.term('need', c));
    case 'supports':
      return list(v, (c) => labels.term('support', c));
    case 'targets':
      return list(v, (c) => labels.term('target', c));
    case 'municipalityCodes':
      return list(v, labels.municipality);
    case 'languages':
      return list(v, labels.language);
    case 'nationwide':
    case 'remote':
    case 'freeOfCharge':
      return flag(v, labels);
    case 'howToJoin':
      return text(v) ? labels.howToJoin(text(v)) : '';
    default:
      return text(v);
  }
}

function fieldChanges<F extends string>(
  fields: readonly F[],
  value: (field: F, side: 'before' | 'after') => string,
  isNew: boolean,
): FieldChange<F>[] {
  const out: FieldChange<F>[] = [];
  for (const field of fields) {
    const before = isNew ? '' : value(field, 'before');
    const after = value(field, 'after');
    if (isNew ? after === '' : before === after) continue;
    out.push({ field, before, after, long: LONG_FIELDS.has(field) });
  }
  return out;
}

/**
 * Compares the published draft (null for a join) with the submitted one. For a change, only changed fields are
 * listed; for a join (or an added activity), every filled-in field. Activities are matched by id: in the
 * submission only → added; in the published version only → removed; `archived` set → archived.
 */
export function diffDrafts(before: OrganizationDraft | null, after: OrganizationDraft, labels: DiffLabels): DraftDiff {
  const isNew = before === null;
  const organization = fieldChanges(
    ORGANIZATION_FIELDS,
    (f, side) => organizationValue(f, side === 'before' ? before?.organization : after.organization, labels),
    isNew,
  );
  const previous = new Map((before?.activities ?? []).map((a) => [a.id, a]));
  const activities: ActivityChange[] = [];
  for (const a of after.activities ?? []) {
    const old = previous.get(a.id);
    previous.delete(a.id);
    if (a.archived) {
      activities.push({ id: a.id, name: text(a.nameFi) || text(old?.nameFi), change: 'archived', archivedReason: text(a.archived.reason), fields: [] });
      continue;
    }
    const added = old === undefined;
    const fields = fieldChanges(ACTIVITY_FIELDS, (f, side) => activityValue(f, side === 'before' ? old : a, labels), added);
    activities.push({ id: a.id, name: text(a.nameFi), change: added ? 'added' : fields.length > 0 ? 'changed' : 'unchanged', fields });
  }
  for (const old of previous.values()) {
    const fields = ACTIVITY_FIELDS.map((f) => ({ field: f, before: activityValue(f, old, labels), after: '', long: LONG_FIELDS.has(f) })).filter(
      (c) => c.before !== '',
    );
    activities.push({ id: old.id, name: text(old.nameFi), change: 'removed', fields });
  }
  return { isNew, organization, activities };
}

export interface WordPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Word-level difference of two texts, for highlighting long fields. */
export function wordDiff(before: string, after: string): WordPart[] {
  return diffWords(before, after).map((p) => ({ kind: p.added ? 'added' : p.removed ? 'removed' : 'same', text: p.value }));
}
