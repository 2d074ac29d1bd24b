/**
 * The form-shaped draft of one organisation and its activities, stored in `submission.content` exactly as typed
 * (valid or not, so nothing a user typed is lost). Strings stay strings until `graphFromDraft` turns a valid draft
 * into the directory's OrganizationGraph on approval. `loadPublishedDraft` builds the same shape from the published
 * directory rows, so a change is shown as a diff of two drafts.
 */
export interface OrganizationDraft {
  organization: OrganizationDraftFields;
  activities: ActivityDraft[];
}

export interface OrganizationDraftFields {
  nameFi: string;
  nameSv: string;
  nameEn: string;
  /** Y-tunnus, checked with its check digit on submit. */
  businessId: string;
  /** association | foundation | parish | umbrella | local_branch | cooperative | other */
  kind: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  /** Selkokielinen tiivistelmä. */
  plainSummaryFi: string;
  website: string;
  email: string;
  phone: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  /** Home municipality, three-digit code. */
  municipalityCode: string;
  /** The address that receives contact requests. */
  contactRequestEmail: string;
  /** Contact person shown on the card. */
  contactName: string;
  contactTitle: string;
  contactEmail: string;
  contactPhone: string;
  acceptsNewParticipants: boolean;
  /**
   * Join only: the other maintainers' e-mail addresses (the joining user is always one). Granted the maintainer
   * role on approval. After that, co-maintainers are managed on their own page, without review.
   */
  maintainerEmails: string[];
}

export interface ActivityDraft {
  /** Stable uuid, created when the activity is added to the draft (the published activity's id for a change). */
  id: string;
  nameFi: string;
  nameSv: string;
  nameEn: string;
  descriptionFi: string;
  descriptionSv: string;
  descriptionEn: string;
  /** Taxonomy codes (taxonomies.data.ts): needs, kinds of support, target groups. */
  needs: string[];
  supports: string[];
  targets: string[];
  /** Municipalities where the activity is available; may be empty when nationwide or remote. */
  municipalityCodes: string[];
  nationwide: boolean;
  remote: boolean;
  /** fi | sv | en | other ISO 639-1 codes. */
  languages: string[];
  /** drop_in | registration | referral | '' */
  howToJoin: string;
  applicationProcessFi: string;
  scheduleFi: string;
  freeOfCharge: boolean;
  placeName: string;
  streetAddress: string;
  postalCode: string;
  city: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
  /** Set when the maintainer archives a published activity in this change. */
  archived?: { reason: string };
}

/** The text fields of the form's "organisation" step, in the form's order (the review diff lists them so too). */
export const ORGANISATION_STEP_FIELDS = [
  'nameFi',
  'nameSv',
  'nameEn',
  'businessId',
  'kind',
  'descriptionFi',
  'descriptionSv',
  'descriptionEn',
  'plainSummaryFi',
] as const satisfies readonly (keyof OrganizationDraftFields)[];

/** The text fields of the form's "contact" step, in the form's order. */
export const CONTACT_STEP_FIELDS = [
  'website',
  'email',
  'phone',
  'streetAddress',
  'postalCode',
  'city',
  'municipalityCode',
  'contactRequestEmail',
  'contactName',
  'contactTitle',
  'contactEmail',
  'contactPhone',
] as const satisfies readonly (keyof OrganizationDraftFields)[];
