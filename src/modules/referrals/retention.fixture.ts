import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import type { Database } from '../../platform/db/database.js';
import type { RecipientStatus, Role } from '../../platform/db/schema.js';
import type { Lang } from '../../platform/i18n/i18n.js';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import { newId, stableId } from '../../platform/ids.js';
import { POHJOIS_SAVO_REGION_ID, termId } from '../reference/load-reference-data.js';
import { contactLookupHashes, newReference } from './contact-details.js';
import { newRecipientLink } from './referral-links.js';
import { ENCRYPTED_FIELDS, type SenderKind } from './referrals.types.js';

/**
 * Test builders for reminders, erasure and statistics (D): two regions, organisations placed in them in each way
 * the region rule knows (home municipality; no home, published activities' municipalities; no region at all),
 * activities with need terms, administrators and a maintainer, and contact requests inserted as the sending side
 * stores them (encrypted, look-up hashes, a real YP reference) with any dates and statuses.
 * Names, numbers and addresses are made up (example.org; 040 numbers from the fiction range).
 */

export const KUOPIO = '297';
export const HELSINKI = '091';
export const TURKU = '853';
/** Pohjois-Savo comes with the reference data (Kuopio is in it); Testimaa is added here with Helsinki. */
export const SAVO = POHJOIS_SAVO_REGION_ID;
export const TESTIMAA = 'testimaa';

export const ORGS = {
  /** Kuopio, Pohjois-Savo; a Swedish name too. */
  savoA: stableId('ret-org', 'savo-a'),
  /** Kuopio, Pohjois-Savo. */
  savoB: stableId('ret-org', 'savo-b'),
  /** Helsinki, Testimaa. */
  helsinki: stableId('ret-org', 'helsinki'),
  /** No home municipality; its published activity is in Helsinki, so Testimaa. */
  roaming: stableId('ret-org', 'roaming'),
  /** Turku: in no region, so the platform administrators are its administrators. */
  turku: stableId('ret-org', 'turku'),
} as const;

export const ACTIVITIES = {
  /** savoA: needs masennus and ahdistus. */
  savoGroup: stableId('ret-act', 'savo-group'),
  /** savoB: need paihteet. */
  savoB: stableId('ret-act', 'savo-b'),
  /** helsinki: need masennus. */
  helsinkiGroup: stableId('ret-act', 'helsinki-group'),
  /** roaming: in Helsinki, no need term. */
  roaming: stableId('ret-act', 'roaming'),
  turku: stableId('ret-act', 'turku'),
} as const;

export const ADDRESSES = {
  savoA: 'pyynnot@savo-a.example.org',
  savoB: 'pyynnot@savo-b.example.org',
  helsinki: 'pyynnot@helsinki.example.org',
  roaming: 'pyynnot@roaming.example.org',
  turku: 'pyynnot@turku.example.org',
} as const;

export const PEOPLE = {
  platform: 'alusta.yllapito@example.org',
  savoAdmin: 'savo.yllapito@example.org',
  testimaaAdmin: 'testimaa.yllapito@example.org',
  maintainer: 'savo-a.yllapitaja@example.org',
} as const;

async function org(db: Database, key: keyof typeof ORGS, name: string, municipality: string | null, nameSv: string | null = null): Promise<void> {
  await db
    .insertInto('organization')
    .values({
      id: ORGS[key],
      name_fi: name,
      name_sv: nameSv,
      description_fi: 'Kuvitteellinen yhdistys testejä varten.',
      status: 'published',
      municipality_code: municipality,
      contact_request_email: ADDRESSES[key],
      social_links: '[]',
    })
    .execute();
}

async function activity(db: Database, id: string, organizationId: string, name: string, municipality: string, needs: string[]): Promise<void> {
  await db.insertInto('activity').values({ id, organization_id: organizationId, name_fi: name, description_fi: 'Kuvaus.', status: 'published' }).execute();
  await db.insertInto('activity_municipality').values({ activity_id: id, municipality_code: municipality }).execute();
  for (const code of needs) await db.insertInto('activity_term').values({ activity_id: id, term_id: termId('need', code) }).execute();
}

async function person(db: Database, email: string, role: Role, scopeId: string | null, lang: Lang = 'fi'): Promise<string> {
  const user = await ensureUser(db, { id: stableId('ret-user', email), email, lang });
  await addRole(db, { userId: user.id, role, scopeId });
  return user.id;
}

/** The regions, organisations, activities and people above; returns the people's user ids by key. */
export async function addRetentionFixture(db: Database): Promise<Record<keyof typeof PEOPLE, string>> {
  await db.insertInto('region').values({ id: TESTIMAA, name_fi: 'Testimaa', name_sv: 'Testland', name_en: 'Testland' }).execute();
  await db.insertInto('region_municipality').values({ region_id: TESTIMAA, municipality_code: HELSINKI }).execute();
  await org(db, 'savoA', 'Savon Vertaiset ry', KUOPIO, 'Savolax Kamrater rf');
  await org(db, 'savoB', 'Kallaveden Tuki ry', KUOPIO);
  await org(db, 'helsinki', 'Helsingin Kohtaamo ry', HELSINKI);
  await org(db, 'roaming', 'Kiertävä Kerho ry', null);
  await org(db, 'turku', 'Turun Apu ry', TURKU);
  await activity(db, ACTIVITIES.savoGroup, ORGS.savoA, 'Mielen vertaisryhmä', KUOPIO, ['masennus', 'ahdistus']);
  await activity(db, ACTIVITIES.savoB, ORGS.savoB, 'Päihdetuki', KUOPIO, ['paihteet']);
  await activity(db, ACTIVITIES.helsinkiGroup, ORGS.helsinki, 'Kohtaamoryhmä', HELSINKI, ['masennus']);
  await activity(db, ACTIVITIES.roaming, ORGS.roaming, 'Kiertävä kerho', HELSINKI, []);
  await activity(db, ACTIVITIES.turku, ORGS.turku, 'Turun ryhmä', TURKU, []);
  return {
    platform: await person(db, PEOPLE.platform, 'platform_admin', null, 'en'),
    savoAdmin: await person(db, PEOPLE.savoAdmin, 'regional_admin', SAVO),
    testimaaAdmin: await person(db, PEOPLE.testimaaAdmin, 'regional_admin', TESTIMAA, 'sv'),
    maintainer: await person(db, PEOPLE.maintainer, 'maintainer', ORGS.savoA),
  };
}

export interface TestRecipient {
  organizationId: string;
  activityId?: string | null;
  status?: RecipientStatus;
  /** When it acted (contacted / unreachable / declined); default: an hour after the request. */
  actedAt?: Date;
}

export interface AddedRequest {
  requestId: string;
  reference: string;
  recipientIds: string[];
}

/** A request as sendContactRequest stores it (phone as E.164, e-mail lower-cased), at `createdAt`, with any statuses. */
export async function addRequest(
  db: Database,
  cipher: FieldCipher,
  options: {
    to: TestRecipient[];
    createdAt: Date;
    phone?: string | null;
    email?: string | null;
    firstName?: string;
    message?: string | null;
    senderKind?: SenderKind;
    senderUnit?: string | null;
    followUpEmail?: string | null;
    uiLang?: Lang;
    closedAt?: Date | null;
    municipality?: string | null;
    note?: string | null;
  },
): Promise<AddedRequest> {
  const f = ENCRYPTED_FIELDS;
  const id = newId();
  const reference = newReference();
  const phone = options.phone === undefined ? '+358401112233' : options.phone;
  const email = options.email === undefined ? 'asiakas@example.org' : options.email;
  const { phoneLookup, emailLookup } = contactLookupHashes(cipher, { phone, email });
  await db
    .insertInto('contact_request')
    .values({
      id,
      reference,
      sender_kind: options.senderKind ?? 'self',
      sender_unit: cipher.encryptOptional(options.senderUnit, f.senderUnit),
      follow_up_email_enc: cipher.encryptOptional(options.followUpEmail, f.followUpEmail),
      client_first_name_enc: cipher.encryptOptional(options.firstName ?? 'Tähtisilmä', f.firstName),
      client_phone_enc: cipher.encryptOptional(phone, f.phone),
      client_email_enc: cipher.encryptOptional(email, f.email),
      preferred_time_enc: cipher.encryptOptional('Iltapäivisin', f.preferredTime),
      message_enc: cipher.encryptOptional(options.message === undefined ? 'Toivon soittoa vertaisryhmästä.' : options.message, f.message),
      phone_lookup: phoneLookup,
      email_lookup: emailLookup,
      contact_lang: 'fi',
      ui_lang: options.uiLang ?? 'fi',
      municipality_code: options.municipality ?? null,
      consent_at: options.createdAt,
      created_at: options.createdAt,
      closed_at: options.closedAt ?? null,
    })
    .execute();
  const recipientIds: string[] = [];
  for (const r of options.to) {
    const rid = newId();
    const status = r.status ?? 'new';
    const acted = status === 'contacted' || status === 'unreachable' || status === 'declined';
    const actedAt = acted ? (r.actedAt ?? new Date(options.createdAt.getTime() + 3_600_000)) : null;
    await db
      .insertInto('contact_request_recipient')
      .values({
        id: rid,
        request_id: id,
        organization_id: r.organizationId,
        activity_id: r.activityId ?? null,
        status,
        decline_reason: status === 'declined' ? 'full' : null,
        note_enc: options.note ? cipher.encrypt(options.note, f.note) : null,
        link_token_hash: newRecipientLink(options.createdAt).tokenHash,
        link_expires_at: newRecipientLink(options.createdAt).expiresAt,
        opened_at: status === 'new' ? null : (actedAt ?? new Date(options.createdAt.getTime() + 1_800_000)),
        acted_at: actedAt,
        created_at: options.createdAt,
      })
      .execute();
    recipientIds.push(rid);
  }
  return { requestId: id, reference, recipientIds };
}
