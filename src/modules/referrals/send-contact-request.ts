import type { Database } from '../../platform/db/database.js';
import type { FieldCipher } from '../../platform/crypto/field-cipher.js';
import { invalidInput } from '../../platform/errors.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { newId } from '../../platform/ids.js';
import { enqueueMail } from '../../platform/mail/enqueue-mail.js';
import { contactLookupHashes, newReference } from './contact-details.js';
import { contactRequestConfirmationMail } from './contact-request-confirmation.mail.js';
import { contactRequestReceivedMail } from './contact-request-received.mail.js';
import {
  findRecipientActivities,
  findRecipientOrganizations,
  insertContactRequest,
  insertRecipients,
  municipalityExists,
  referenceExists,
  type Names,
  type RecipientOrganization,
} from './contact-request.repo.js';
import type { ContactRequestInput } from './contact-request.schema.js';
import { newRecipientLink } from './referral-links.js';
import { ENCRYPTED_FIELDS, MAX_RECIPIENTS } from './referrals.types.js';

export interface SentContactRequest {
  /** "YP-XXXX-XXXX": nothing personal in it. */
  reference: string;
  /** The recipient organisations' names in the page's language, one per organisation. */
  organizations: string[];
}

/**
 * Sends a contact request, in ONE transaction:
 * 1. checks the recipients: public organisations with a contact-request address, or public activities of such
 *    organisations (else the form is shown again with `referrals.error.recipientUnavailable`);
 * 2. one recipient per organisation (an organisation chosen twice, or through two of its activities, gets one
 *    delivery; the first activity chosen is kept with it);
 * 3. stores the request with its personal fields encrypted (field name bound in) and keyed look-up hashes of the
 *    normalised phone (E.164) and e-mail (the right to erasure), and a random reference;
 *    The request's municipality is the one the search was limited to, when the form carried it (a known code), else
 *    null: the statistics then count each delivery under the recipient organisation's home municipality;
 * 4. one recipient row each with its signed-link token (only its SHA-256 stored);
 * 5. one e-mail per organisation to its contact-request address, in the page's language when the organisation has
 *    a name in it, else in Finnish: the link and public names only, never the client's details;
 * 6. a confirmation to a resident who asked for themself and gave an e-mail address (again without the details;
 *    the job holds the resident's address sealed, see enqueueMail's `seal`).
 * The client's details never leave this function in clear except into the cipher.
 */
export async function sendContactRequest(options: {
  db: Database;
  cipher: FieldCipher;
  input: ContactRequestInput;
  /** The language of the page the form was sent from. */
  lang: Lang;
  /** CONTACT_REQUEST_ERASE_AFTER_DAYS, told in the resident's confirmation. */
  eraseAfterDays: number;
  now?: Date;
}): Promise<SentContactRequest> {
  const { db, cipher, input, lang } = options;
  const now = options.now ?? new Date();
  if (!input.phone && !input.email) throw invalidInput({ phone: 'referrals.error.contactMissing', email: 'referrals.error.contactMissing' });
  const asked = input.organizationIds.length + input.activityIds.length;
  if (asked === 0) throw invalidInput({ recipients: 'referrals.error.noRecipients' });
  if (asked > MAX_RECIPIENTS) throw invalidInput({ recipients: 'referrals.error.tooManyRecipients' });

  return db.transaction().execute(async (trx) => {
    // 1. Who may receive it.
    const organizations = await findRecipientOrganizations(trx, input.organizationIds);
    const activities = await findRecipientActivities(trx, input.activityIds);
    if (organizations.length < new Set(input.organizationIds).size || activities.length < new Set(input.activityIds).size) {
      throw invalidInput({ recipients: 'referrals.error.recipientUnavailable' });
    }

    // 2. One delivery per organisation, in the order chosen.
    const byOrganization = new Map<string, { organization: RecipientOrganization; activity: { id: string; name: Names } | null }>();
    for (const id of input.organizationIds) {
      const organization = organizations.find((o) => o.id === id)!;
      if (!byOrganization.has(id)) byOrganization.set(id, { organization, activity: null });
    }
    for (const id of input.activityIds) {
      const activity = activities.find((a) => a.id === id)!;
      const entry = byOrganization.get(activity.organization.id);
      if (!entry) byOrganization.set(activity.organization.id, { organization: activity.organization, activity });
      else if (!entry.activity) entry.activity = activity;
    }
    const recipients = [...byOrganization.values()];

    // 3. The request, encrypted.
    let reference = newReference();
    while (await referenceExists(trx, reference)) reference = newReference();
    const requestId = newId();
    const { phoneLookup, emailLookup } = contactLookupHashes(cipher, input);
    await insertContactRequest(trx, {
      id: requestId,
      reference,
      sender_kind: input.sender,
      sender_unit: cipher.encryptOptional(input.sender === 'professional' ? input.senderUnit : null, ENCRYPTED_FIELDS.senderUnit),
      follow_up_email_enc: cipher.encryptOptional(input.sender === 'professional' ? input.followUpEmail : null, ENCRYPTED_FIELDS.followUpEmail),
      client_first_name_enc: cipher.encryptOptional(input.firstName, ENCRYPTED_FIELDS.firstName),
      client_phone_enc: cipher.encryptOptional(input.phone, ENCRYPTED_FIELDS.phone),
      client_email_enc: cipher.encryptOptional(input.email, ENCRYPTED_FIELDS.email),
      preferred_time_enc: cipher.encryptOptional(input.preferredTime, ENCRYPTED_FIELDS.preferredTime),
      message_enc: cipher.encryptOptional(input.message, ENCRYPTED_FIELDS.message),
      phone_lookup: phoneLookup,
      email_lookup: emailLookup,
      contact_lang: input.contactLang,
      ui_lang: lang,
      municipality_code: input.municipalityCode && (await municipalityExists(trx, input.municipalityCode)) ? input.municipalityCode : null,
      consent_at: now,
      created_at: now,
    });

    // 4. and 5. One recipient row and one e-mail per organisation.
    const links = recipients.map(() => newRecipientLink(now));
    await insertRecipients(
      trx,
      recipients.map((r, i) => ({
        id: newId(),
        requestId,
        organizationId: r.organization.id,
        activityId: r.activity?.id ?? null,
        linkTokenHash: links[i]!.tokenHash,
        linkExpiresAt: links[i]!.expiresAt,
        createdAt: now,
      })),
    );
    for (const [i, r] of recipients.entries()) {
      const mailLang = mailLanguage(r.organization.name, lang);
      await enqueueMail(trx, {
        to: r.organization.contactRequestEmail,
        lang: mailLang,
        template: contactRequestReceivedMail,
        params: {
          token: links[i]!.token,
          reference,
          organization: nameIn(mailLang, r.organization.name),
          activity: r.activity ? nameIn(mailLang, r.activity.name) : null,
          sender: input.sender,
        },
      });
    }

    // 6. The resident's own confirmation.
    const names = recipients.map((r) => nameIn(lang, r.organization.name));
    if (input.sender === 'self' && input.email) {
      await enqueueMail(trx, {
        to: input.email,
        lang,
        template: contactRequestConfirmationMail,
        params: { reference, organizations: names, eraseAfterDays: options.eraseAfterDays },
        seal: cipher,
      });
    }
    return { reference, organizations: names };
  });
}

/** The organisation's mail in the page's language when it has a name in that language, else in Finnish. */
function mailLanguage(name: Names, lang: Lang): Lang {
  return lang === 'fi' || name[lang] ? lang : 'fi';
}

function nameIn(lang: Lang, name: Names): string {
  return pick(lang, name.fi, name.sv, name.en);
}
