import { sql } from 'kysely';
import type { Database } from '../../platform/db/database.js';
import type { Insertable } from 'kysely';
import type { ContactRequestTable } from '../../platform/db/schema.js';
import { isPublicActivity, isPublicOrganization } from '../directory/visibility.js';

/**
 * SQL of sending a contact request (A: the form, sending and the confirmation page). Rows are mapped to camelCase at
 * the edge. Who may receive a request is one rule, here: a public organisation (directory/visibility.ts) with a
 * contact-request address, or a public activity of such an organisation.
 */

export interface Names {
  fi: string;
  sv: string | null;
  en: string | null;
}

/** An organisation that takes contact requests, with its address (never shown; only mailed to). */
export interface RecipientOrganization {
  id: string;
  name: Names;
  contactRequestEmail: string;
}

/** A public activity whose organisation takes contact requests. */
export interface RecipientActivity {
  id: string;
  name: Names;
  organization: RecipientOrganization;
}

const hasRequestAddress = sql<boolean>`coalesce(trim(o.contact_request_email), '') <> ''`;

/** The organisations among `ids` that may receive a request (others are left out). */
export async function findRecipientOrganizations(db: Database, ids: string[]): Promise<RecipientOrganization[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('organization as o')
    .select(['o.id', 'o.name_fi', 'o.name_sv', 'o.name_en', 'o.contact_request_email'])
    .where('o.id', 'in', ids)
    .where(isPublicOrganization('o'))
    .where(hasRequestAddress)
    .execute();
  return rows.map((r) => ({ id: r.id, name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en }, contactRequestEmail: r.contact_request_email!.trim() }));
}

/** The activities among `ids` that may receive a request, each with its organisation. */
export async function findRecipientActivities(db: Database, ids: string[]): Promise<RecipientActivity[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('activity as a')
    .innerJoin('organization as o', 'o.id', 'a.organization_id')
    .select([
      'a.id',
      'a.name_fi',
      'a.name_sv',
      'a.name_en',
      'o.id as org_id',
      'o.name_fi as org_name_fi',
      'o.name_sv as org_name_sv',
      'o.name_en as org_name_en',
      'o.contact_request_email',
    ])
    .where('a.id', 'in', ids)
    .where(isPublicActivity('a', 'o'))
    .where(hasRequestAddress)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    name: { fi: r.name_fi, sv: r.name_sv, en: r.name_en },
    organization: {
      id: r.org_id,
      name: { fi: r.org_name_fi, sv: r.org_name_sv, en: r.org_name_en },
      contactRequestEmail: r.contact_request_email!.trim(),
    },
  }));
}

export async function referenceExists(db: Database, reference: string): Promise<boolean> {
  const row = await db.selectFrom('contact_request').select('id').where('reference', '=', reference).executeTakeFirst();
  return row !== undefined;
}

/** Whether a municipality with this code exists. */
export async function municipalityExists(db: Database, code: string): Promise<boolean> {
  const row = await db.selectFrom('municipality').select('code').where('code', '=', code).executeTakeFirst();
  return row !== undefined;
}

export type NewContactRequest = Insertable<ContactRequestTable>;

export async function insertContactRequest(db: Database, row: NewContactRequest): Promise<void> {
  await db.insertInto('contact_request').values(row).execute();
}

export interface NewRecipient {
  id: string;
  requestId: string;
  organizationId: string;
  activityId: string | null;
  linkTokenHash: string;
  linkExpiresAt: Date;
  createdAt: Date;
}

export async function insertRecipients(db: Database, recipients: NewRecipient[]): Promise<void> {
  if (recipients.length === 0) return;
  await db
    .insertInto('contact_request_recipient')
    .values(
      recipients.map((r) => ({
        id: r.id,
        request_id: r.requestId,
        organization_id: r.organizationId,
        activity_id: r.activityId,
        link_token_hash: r.linkTokenHash,
        link_expires_at: r.linkExpiresAt,
        created_at: r.createdAt,
      })),
    )
    .execute();
}

/** A sent request as its confirmation page shows it: no personal field is read. */
export interface SentRequest {
  reference: string;
  createdAt: Date;
  organizations: Names[];
}

export async function findSentRequest(db: Database, reference: string): Promise<SentRequest | null> {
  const request = await db.selectFrom('contact_request').select(['id', 'reference', 'created_at']).where('reference', '=', reference).executeTakeFirst();
  if (!request) return null;
  const rows = await db
    .selectFrom('contact_request_recipient as r')
    .innerJoin('organization as o', 'o.id', 'r.organization_id')
    .select(['o.name_fi', 'o.name_sv', 'o.name_en'])
    .where('r.request_id', '=', request.id)
    .orderBy('o.name_fi')
    .execute();
  return { reference: request.reference, createdAt: new Date(request.created_at), organizations: rows.map((r) => ({ fi: r.name_fi, sv: r.name_sv, en: r.name_en })) };
}
