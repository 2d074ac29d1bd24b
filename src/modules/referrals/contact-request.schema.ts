import { z } from 'zod';
import type { MessageKey } from '../../platform/i18n/catalog.js';
import { isUuid } from '../../platform/ids.js';
import { normalizeContactEmail, normalizePhone } from './contact-details.js';
import { CONTACT_LANGS, LIMITS, MAX_RECIPIENTS, SENDER_KINDS, type ContactLang, type SenderKind } from './referrals.types.js';

/**
 * The contact-request form ("Pyydä yhteydenottoa"), as posted (url-encoded, field names as in the form):
 *   sender          self | professional (radio)
 *   unit            the professional's unit or organisation (required for a professional)
 *   followUpEmail   the professional's own address for the follow-up (optional)
 *   firstName       the client's first name
 *   phone, email    at least one; the phone in Finnish or international format, normalised to E.164
 *   preferredTime   when a call suits (optional)
 *   contactLang     fi | sv | en | other
 *   message         short, optional (the form reminds not to write health details)
 *   consent         the value of the ticked consent box: "self" ("Annan luvan …") or "professional" ("Asiakas on
 *                   antanut luvan …"); it must match `sender`
 *   organization, activity   the recipients (hidden fields, repeated), 1..MAX_RECIPIENTS ids in all
 *   website         the honeypot (see isHoneypotFilled): not part of the input
 *   from            "tray" on the tray page's form (see isFromTray): not part of the input
 *   municipality    hidden: the municipality the search was limited to when the card or activity page was opened
 *                   from search results (see searchedMunicipality); not typed by anyone, so never an error
 * Every field is read as text first, so that one check failing never hides another: the form shows all its
 * errors at once. Messages are message keys (the form contract, src/platform/http/form.ts).
 */

export const HONEYPOT_FIELD = 'website';

/** `from=tray`: the form was sent from the tray page, so the recipients it was sent to leave the tray. */
export const FROM_FIELD = 'from';
export const FROM_TRAY = 'tray';

/** Whether the form came from the tray page (not part of the input: it only decides what happens to the cookie). */
export function isFromTray(body: unknown): boolean {
  return typeof body === 'object' && body !== null && (body as Record<string, unknown>)[FROM_FIELD] === FROM_TRAY;
}

export interface ContactRequestInput {
  sender: SenderKind;
  /** The professional's unit (null for a resident). */
  senderUnit: string | null;
  /** The professional's own address for the follow-up (null for a resident or when not given). */
  followUpEmail: string | null;
  firstName: string;
  /** E.164, e.g. "+358401234567". */
  phone: string | null;
  /** Trimmed and lower-cased. */
  email: string | null;
  preferredTime: string | null;
  contactLang: ContactLang;
  message: string | null;
  /** The searched municipality's code (three digits), or null; checked against the municipality table on sending. */
  municipalityCode: string | null;
  organizationIds: string[];
  activityIds: string[];
}

const text = z.string().optional().transform((v) => (v ?? '').trim());
const list = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).map((s) => s.trim().toLowerCase()).filter(Boolean));

const rawForm = z.object({
  sender: text,
  unit: text,
  followUpEmail: text,
  firstName: text,
  phone: text,
  email: text,
  preferredTime: text,
  contactLang: text,
  message: text,
  municipality: text,
  consent: list,
  organization: list,
  activity: list,
});

/** The recipients' ids, as the form carries them, without duplicates. */
export function recipientIds(raw: { organization: string[]; activity: string[] }): { organizationIds: string[]; activityIds: string[] } {
  return { organizationIds: [...new Set(raw.organization)], activityIds: [...new Set(raw.activity)] };
}

export const contactRequestForm = rawForm.transform((raw, ctx): ContactRequestInput => {
  const fail = (field: string, message: MessageKey) => ctx.addIssue({ code: 'custom', path: [field], message });
  const tooLong = (value: string, max: number) => value.length > max;

  const sender = (SENDER_KINDS as readonly string[]).includes(raw.sender) ? (raw.sender as SenderKind) : null;
  if (!sender) fail('sender', 'referrals.error.senderMissing');
  const professional = sender === 'professional';

  if (professional && !raw.unit) fail('unit', 'referrals.error.unitMissing');
  else if (professional && tooLong(raw.unit, LIMITS.unit)) fail('unit', 'referrals.error.unitTooLong');

  let followUpEmail: string | null = null;
  if (professional && raw.followUpEmail) {
    followUpEmail = normalizeContactEmail(raw.followUpEmail);
    if (!followUpEmail) fail('followUpEmail', 'referrals.error.followUpEmailInvalid');
  }

  if (!raw.firstName) fail('firstName', 'referrals.error.firstNameMissing');
  else if (tooLong(raw.firstName, LIMITS.firstName)) fail('firstName', 'referrals.error.firstNameTooLong');

  let phone: string | null = null;
  let email: string | null = null;
  if (!raw.phone && !raw.email) {
    fail('phone', 'referrals.error.contactMissing');
    fail('email', 'referrals.error.contactMissing');
  }
  if (raw.phone) {
    phone = normalizePhone(raw.phone);
    if (!phone) fail('phone', 'referrals.error.phoneInvalid');
  }
  if (raw.email) {
    email = tooLong(raw.email, LIMITS.email) ? null : normalizeContactEmail(raw.email);
    if (!email) fail('email', 'referrals.error.emailInvalid');
  }

  if (tooLong(raw.preferredTime, LIMITS.preferredTime)) fail('preferredTime', 'referrals.error.preferredTimeTooLong');
  const contactLang = (CONTACT_LANGS as readonly string[]).includes(raw.contactLang) ? (raw.contactLang as ContactLang) : null;
  if (!contactLang) fail('contactLang', 'referrals.error.contactLangMissing');
  if (tooLong(raw.message, LIMITS.message)) fail('message', 'referrals.error.messageTooLong');

  // The box must match the sender; with no sender chosen yet, any ticked box will do for now.
  if (sender ? !raw.consent.includes(sender) : raw.consent.length === 0) {
    fail('consent', professional ? 'referrals.error.consentMissing.professional' : 'referrals.error.consentMissing.self');
  }

  const { organizationIds, activityIds } = recipientIds(raw);
  const count = organizationIds.length + activityIds.length;
  if (count === 0) fail('recipients', 'referrals.error.noRecipients');
  else if (count > MAX_RECIPIENTS) fail('recipients', 'referrals.error.tooManyRecipients');
  else if (![...organizationIds, ...activityIds].every(isUuid)) fail('recipients', 'referrals.error.recipientUnavailable');

  return {
    sender: sender ?? 'self',
    senderUnit: professional ? raw.unit : null,
    followUpEmail,
    firstName: raw.firstName,
    phone,
    email,
    preferredTime: raw.preferredTime || null,
    contactLang: contactLang ?? 'fi',
    message: raw.message || null,
    municipalityCode: MUNICIPALITY_CODE.test(raw.municipality) ? raw.municipality : null,
    organizationIds,
    activityIds,
  };
});

const MUNICIPALITY_CODE = /^\d{3}$/;

/** A municipality code's shape (three digits); whether it exists is checked on sending. */
export function isMunicipalityCode(value: string): boolean {
  return MUNICIPALITY_CODE.test(value);
}

/**
 * The municipality a search was limited to, from the results path a card or activity page was opened from
 * (`/search?…&municipality=297`, already checked by the directory's resultsPathFrom); null for none, all areas or
 * remote services. The contact-request form carries it as a hidden field: the statistics per municipality count the
 * place the help was looked for.
 */
export function searchedMunicipality(resultsPath: string | null | undefined): string | null {
  if (!resultsPath) return null;
  const query = resultsPath.indexOf('?');
  if (query < 0) return null;
  const code = new URLSearchParams(resultsPath.slice(query + 1)).get('municipality') ?? '';
  return MUNICIPALITY_CODE.test(code) ? code : null;
}

/** The honeypot: a field people never see (nor hear) and bots fill. A filled one is answered as a success. */
export function isHoneypotFilled(body: unknown): boolean {
  const value = typeof body === 'object' && body !== null ? (body as Record<string, unknown>)[HONEYPOT_FIELD] : undefined;
  return (typeof value === 'string' && value.trim() !== '') || Array.isArray(value);
}

/** The query of the form page: the recipients, as on the form (`?organization=…&activity=…`). */
export const contactFormQuery = z
  .object({ organization: list, activity: list, sender: z.enum(SENDER_KINDS).optional().catch(undefined) })
  .loose()
  .transform((q) => ({ ...recipientIds(q), sender: q.sender }));
