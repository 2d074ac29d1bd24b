import { z } from 'zod';

/**
 * Zod schemas for the part of HSDS 3.0 that the importer reads (the official JSON schemas are vendored in
 * src/modules/hsds/schema/).
 * Objects are loose: fields we do not import are allowed and ignored. Optional fields may also be `null`, which
 * counts as absent. Required fields follow the HSDS schemas for the objects we read (ids everywhere, organization
 * name + description, service name + status, location location_type, phone number, identifier type + value),
 * except that an address needs only id, address_1, postal_code and city (state_province means nothing in Finland).
 * Messages never repeat the input value: the importer prints them and input may hold personal data.
 */

export const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A type error that says "missing" for an absent required field and names the expected type otherwise. */
const expected = (what: string) => (issue: { input?: unknown }) =>
  issue.input === undefined ? 'required field is missing' : `must be ${what}`;

const uuid = z.string({ error: expected('a UUID string') }).regex(UUID_PATTERN, { error: 'not a UUID' });
const optionalUuid = uuid.nullish();
const text = z.string({ error: expected('a string') }).nullish();
const requiredText = z.string({ error: expected('a string') }).refine((s) => s.trim().length > 0, { error: 'must not be empty' });
const email = z
  .string({ error: 'must be a string' })
  .regex(/^[^\s@]+@[^\s@]+\.[^\s@]+$/, { error: 'not an e-mail address' })
  .nullish();
/** Only absolute http(s) URLs: anything else (javascript:, relative) would end up as a link on our pages. */
const webUrl = z
  .string({ error: 'must be a string' })
  .refine(
    (s) => {
      try {
        const u = new URL(s);
        return u.protocol === 'http:' || u.protocol === 'https:';
      } catch {
        return false;
      }
    },
    { error: 'not an absolute http(s) URL' },
  )
  .nullish();
const wholeNumber = z.number({ error: expected('a number') }).int({ error: 'must be a whole number' }).nullish();
const obj = <S extends z.core.$ZodLooseShape>(shape: S) => z.looseObject(shape, { error: expected('an object') });
const list = <T extends z.ZodType>(item: T) => z.array(item, { error: expected('an array') }).nullish();

export const phoneSchema = obj({ id: uuid, number: requiredText });

export const languageSchema = obj({ id: uuid, code: text, name: text });

export const contactSchema = obj({
  id: uuid,
  name: text,
  title: text,
  email,
  phones: list(phoneSchema),
});

export const addressSchema = obj({
  id: uuid,
  address_1: requiredText,
  address_2: text,
  city: requiredText,
  postal_code: requiredText,
  country: text,
  address_type: z.enum(['physical', 'postal', 'virtual'], { error: expected('physical, postal or virtual') }).nullish(),
});

export const accessibilitySchema = obj({ id: optionalUuid, description: text, details: text });

export const locationSchema = obj({
  id: uuid,
  location_type: z.enum(['physical', 'postal', 'virtual'], { error: expected('physical, postal or virtual') }),
  name: text,
  description: text,
  latitude: z.number({ error: expected('a number') }).min(-90).max(90).nullish(),
  longitude: z.number({ error: expected('a number') }).min(-180).max(180).nullish(),
  external_identifier: text,
  external_identifier_type: text,
  addresses: list(addressSchema),
  accessibility: list(accessibilitySchema),
});

export const scheduleSchema = obj({
  id: uuid,
  freq: z.enum(['WEEKLY', 'MONTHLY'], { error: expected('WEEKLY or MONTHLY') }).nullish(),
  byday: text,
  opens_at: text,
  closes_at: text,
  description: text,
  attending_type: text,
});

export const taxonomyTermRefSchema = obj({
  id: optionalUuid,
  code: text,
  taxonomy_id: optionalUuid,
  taxonomy: text,
});

export const attributeSchema = obj({
  id: uuid,
  link_type: text,
  taxonomy_term_id: optionalUuid,
  taxonomy_term: taxonomyTermRefSchema.nullish(),
});

export const serviceAreaSchema = obj({
  id: uuid,
  name: text,
  uri: text,
  extent: text,
  extent_type: text,
});

export const serviceAtLocationSchema = obj({
  id: uuid,
  location_id: optionalUuid,
  location: locationSchema.nullish(),
  schedules: list(scheduleSchema),
});

export const costOptionSchema = obj({ id: uuid, amount: z.number({ error: expected('a number') }).nullish() });

export const organizationIdentifierSchema = obj({
  id: uuid,
  identifier_scheme: text,
  identifier_type: requiredText,
  identifier: requiredText,
});

export const serviceSchema = obj({
  id: uuid,
  organization_id: optionalUuid,
  name: requiredText,
  description: text,
  url: webUrl,
  email,
  status: z.enum(['active', 'inactive', 'defunct', 'temporarily closed'], {
    error: expected('active, inactive, defunct or temporarily closed'),
  }),
  application_process: text,
  fees_description: text,
  minimum_age: wholeNumber,
  maximum_age: wholeNumber,
  assured_date: z
    .string({ error: 'must be a string' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'not a date (YYYY-MM-DD)' })
    .refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s), {
      error: 'not a calendar date',
    })
    .nullish(),
  phones: list(phoneSchema),
  schedules: list(scheduleSchema),
  service_areas: list(serviceAreaSchema),
  service_at_locations: list(serviceAtLocationSchema),
  languages: list(languageSchema),
  cost_options: list(costOptionSchema),
  contacts: list(contactSchema),
  attributes: list(attributeSchema),
});

export const organizationSchema = obj({
  id: uuid,
  name: requiredText,
  alternate_name: text,
  description: z.string({ error: expected('a string (HSDS requires it; it may be empty)') }),
  email,
  website: webUrl,
  year_incorporated: wholeNumber,
  legal_status: text,
  parent_organization_id: optionalUuid,
  contacts: list(contactSchema),
  phones: list(phoneSchema),
  locations: list(locationSchema),
  organization_identifiers: list(organizationIdentifierSchema),
});

/** Shape (a): an organization with its services nested. */
export const organizationRecordSchema = organizationSchema.extend({ services: list(serviceSchema) });

/** Shape (b): a service with its organization nested (the nested organization's own `services` are ignored). */
export const serviceRecordSchema = serviceSchema.extend({
  organization: z.looseObject(organizationSchema.shape, {
    error: (issue) => (issue.input === undefined ? 'a service record needs its organization nested' : 'must be an object'),
  }),
});

export type HsdsOrganization = z.infer<typeof organizationSchema>;
export type HsdsService = z.infer<typeof serviceSchema>;
export type HsdsLocation = z.infer<typeof locationSchema>;
export type HsdsContact = z.infer<typeof contactSchema>;
export type HsdsSchedule = z.infer<typeof scheduleSchema>;
export type HsdsOrganizationRecord = z.infer<typeof organizationRecordSchema>;
export type HsdsServiceRecord = z.infer<typeof serviceRecordSchema>;
