import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { newId, stableId } from '../../platform/ids.js';
import { newReference } from './contact-details.js';
import { newRecipientLink } from './referral-links.js';
import { ENCRYPTED_FIELDS, type ContactLang, type SenderKind } from './referrals.types.js';

/**
 * Test builders for the recipient's side (inbox tests): organisations with an activity, maintainers, and contact
 * requests inserted directly (encrypted with the service's cipher), each recipient's link token returned in clear.
 * Names, numbers and addresses are made up (example.org, 040 numbers from the fiction range).
 */

export async function addInboxOrganization(db: Database, key: string, name: string): Promise<{ id: string; activityId: string }> {
  const id = stableId('inbox-org', key);
  await db
    .insertInto('organization')
    .values({
      id,
      name_fi: name,
      name_sv: `${name} (sv)`,
      description_fi: 'Kuvitteellinen yhdistys testejä varten.',
      status: 'published',
      municipality_code: '297',
      contact_request_email: `pyynnot@${key}.example.org`,
      social_links: '[]',
    })
    .execute();
  const activityId = stableId('inbox-act', key);
  await db
    .insertInto('activity')
    .values({ id: activityId, organization_id: id, name_fi: `${name}: vertaisryhmä`, description_fi: 'Vertaistukea kerran viikossa.', status: 'published' })
    .execute();
  return { id, activityId };
}

export async function addInboxPerson(db: Database, email: string, maintains: string[] = [], lang: Lang = 'fi'): Promise<string> {
  const user = await ensureUser(db, { id: stableId('inbox-user', email), email, lang });
  for (const organizationId of maintains) await addRole(db, { userId: user.id, role: 'maintainer', scopeId: organizationId });
  return user.id;
}

export interface TestClient {
  firstName: string;
  phone: string | null;
  email: string | null;
  preferredTime?: string | null;
  message?: string | null;
}

export interface InsertedRequest {
  requestId: string;
  reference: string;
  recipients: { id: string; organizationId: string; token: string }[];
}

/** A request to the organisations (an activity with each, when given), as the sending side would store it. */
export async function addTestContactRequest(
  db: Database,
  cipher: FieldCipher,
  options: {
    to: { organizationId: string; activityId?: string | null }[];
    client: TestClient;
    senderKind?: SenderKind;
    senderUnit?: string | null;
    followUpEmail?: string | null;
    contactLang?: ContactLang;
    uiLang?: Lang;
    /** When it was sent (default now); links are valid LINK_DAYS from then. */
    sentAt?: Date;
    erased?: boolean;
  },
): Promise<InsertedRequest> {
  const f = ENCRYPTED_FIELDS;
  const sentAt = options.sentAt ?? new Date();
  const requestId = newId();
  const reference = newReference();
  const erased = options.erased ?? false;
  const enc = (v: string | null | undefined, field: string) => (erased ? null : cipher.encryptOptional(v, field));
  await db
    .insertInto('contact_request')
    .values({
      id: requestId,
      reference,
      sender_kind: options.senderKind ?? 'self',
      sender_unit: enc(options.senderUnit, f.senderUnit),
      follow_up_email_enc: enc(options.followUpEmail, f.followUpEmail),
      client_first_name_enc: enc(options.client.firstName, f.firstName),
      client_phone_enc: enc(options.client.phone, f.phone),
      client_email_enc: enc(options.client.email, f.email),
      preferred_time_enc: enc(options.client.preferredTime, f.preferredTime),
      message_enc: enc(options.client.message, f.message),
      phone_lookup: options.client.phone && !erased ? cipher.lookupHash(options.client.phone) : null,
      email_lookup: options.client.email && !erased ? cipher.lookupHash(options.client.email) : null,
      contact_lang: options.contactLang ?? 'fi',
      ui_lang: options.uiLang ?? 'fi',
      consent_at: sentAt,
      created_at: sentAt,
      erased_at: erased ? new Date() : null,
    })
    .execute();
  const recipients: InsertedRequest['recipients'] = [];
  for (const r of options.to) {
    const link = newRecipientLink(sentAt);
    const id = newId();
    await db
      .insertInto('contact_request_recipient')
      .values({
        id,
        request_id: requestId,
        organization_id: r.organizationId,
        activity_id: r.activityId ?? null,
        link_token_hash: link.tokenHash,
        link_expires_at: link.expiresAt,
        created_at: sentAt,
      })
      .execute();
    recipients.push({ id, organizationId: r.organizationId, token: link.token });
  }
  return { requestId, reference, recipients };
}
