import type { DeclineReason, RecipientStatus } from '../../platform/db/schema.js';

/**
 * The vocabulary of contact requests (yhteydenottopyyntö), shared by every file of the module.
 * A request goes to one or many organisations; each recipient has its own status:
 *   new → opened → contacted | unreachable | declined (with a reason)
 * "opened" is set only by a POST (a button), never by following the link, so mail scanners change nothing.
 * A request is closed when every recipient has acted (contacted / unreachable / declined).
 */
export const SENDER_KINDS = ['self', 'professional'] as const;
export type SenderKind = (typeof SENDER_KINDS)[number];

export const CONTACT_LANGS = ['fi', 'sv', 'en', 'other'] as const;
export type ContactLang = (typeof CONTACT_LANGS)[number];

export const RECIPIENT_STATUSES: readonly RecipientStatus[] = ['new', 'opened', 'contacted', 'unreachable', 'declined'];
/** The statuses that count as the organisation having acted (first action; the request closes when all have). */
export const ACTED_STATUSES: readonly RecipientStatus[] = ['contacted', 'unreachable', 'declined'];
export const DECLINE_REASONS: readonly DeclineReason[] = ['full', 'not_suitable', 'outside_area', 'other'];
export type { DeclineReason, RecipientStatus };

/** Field names used as associated data when encrypting (src/platform/crypto): one per encrypted column. */
export const ENCRYPTED_FIELDS = {
  firstName: 'contact_request.client_first_name',
  phone: 'contact_request.client_phone',
  email: 'contact_request.client_email',
  preferredTime: 'contact_request.preferred_time',
  message: 'contact_request.message',
  followUpEmail: 'contact_request.follow_up_email',
  /** Stored in the column `sender_unit` (its name kept: renaming would need a migration of its own). */
  senderUnit: 'contact_request.sender_unit',
  note: 'contact_request_recipient.note',
} as const;

/** Limits on what a person may type (characters). */
export const LIMITS = { firstName: 80, phone: 40, email: 254, preferredTime: 200, message: 1000, unit: 200, note: 2000 } as const;

/** At most this many organisations in one request (the tray's size too). */
export const MAX_RECIPIENTS = 20;

/** The signed link to one recipient's request is valid this many days. */
export const LINK_DAYS = 14;
