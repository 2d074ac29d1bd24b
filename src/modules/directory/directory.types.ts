import type { HowToJoin } from '../../platform/db/schema.js';
import type { OrganizationKind } from './organization-kinds.js';

/** What the directory's public pages show, in camelCase, with every language variant (the views pick one). */

/** A text in Finnish with optional Swedish and English versions. */
export interface Texts {
  fi: string;
  sv: string | null;
  en: string | null;
}

export interface MunicipalityRef {
  code: string;
  nameFi: string;
  nameSv: string;
}

export interface TermRef {
  code: string;
  name: Texts;
}

export interface Address {
  street: string | null;
  postalCode: string | null;
  city: string | null;
  municipality: MunicipalityRef | null;
}

export interface Place {
  id: string;
  name: string;
  descriptionFi: string | null;
  address: Address;
  accessibilityFi: string | null;
}

export interface ContactPerson {
  id: string;
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export interface ScheduleRow {
  id: string;
  freq: 'WEEKLY' | 'MONTHLY' | null;
  byday: string | null;
  opensAt: string | null;
  closesAt: string | null;
  descriptionFi: string | null;
  attendingType: 'in_person' | 'online' | 'phone' | null;
}

export interface ActivityDetails {
  id: string;
  organizationId: string;
  name: Texts;
  description: Texts;
  nationwide: boolean;
  remote: boolean;
  languages: string[];
  howToJoin: HowToJoin | null;
  applicationProcessFi: string | null;
  feesDescriptionFi: string | null;
  freeOfCharge: boolean;
  accessibilityFi: string | null;
  scheduleFi: string | null;
  url: string | null;
  email: string | null;
  phone: string | null;
  minimumAge: number | null;
  maximumAge: number | null;
  lastChecked: string | null;
  municipalities: MunicipalityRef[];
  needs: TermRef[];
  supports: TermRef[];
  targets: TermRef[];
  places: Place[];
  schedules: ScheduleRow[];
  contacts: ContactPerson[];
}

export interface OrganizationRef {
  id: string;
  name: Texts;
}

export interface OrganizationDetails {
  id: string;
  name: Texts;
  alternateName: string | null;
  businessId: string | null;
  kind: OrganizationKind;
  parent: OrganizationRef | null;
  branches: (OrganizationRef & { city: string | null })[];
  description: Texts;
  plainSummaryFi: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  address: Address;
  socialLinks: { label: string; url: string }[];
  acceptsNewParticipants: boolean;
  /** It has a contact-request address: its card and activities show the contact-request form (src/modules/referrals). */
  acceptsContactRequests: boolean;
  yearIncorporated: number | null;
  lastChecked: string | null;
  contacts: ContactPerson[];
  locations: Place[];
  /** Published activities, sorted by name in the page language. */
  activities: ActivityDetails[];
  /** "Tiedot voivat olla vanhentuneita" on the card: set by getOrganizationCard (freshness rule, configured age). */
  possiblyOutdated?: boolean;
}

/** An activity page: the activity and the organisation it belongs to (with its contact details). */
export interface ActivityPage {
  activity: ActivityDetails;
  organization: OrganizationDetails;
  /** The activity's details (or, without a date, its organisation's) are old enough to be marked (freshness rule). */
  possiblyOutdated: boolean;
}

export interface OrganizationListItem {
  id: string;
  name: Texts;
  kind: OrganizationKind;
  city: string | null;
  municipality: MunicipalityRef | null;
}

export interface LetterGroup {
  /** "A" … "Ö", or "#" for names that start with something else (digits). */
  letter: string;
  organizations: OrganizationListItem[];
}

export interface OrganizationIndex {
  total: number;
  /** Every letter of the Finnish alphabet A–Z Å Ä Ö, in order, each with its organisations (possibly none); "#" first when used. */
  letters: LetterGroup[];
  /** Municipalities offered in the filter, sorted by name in the page language. */
  municipalities: MunicipalityRef[];
  /** The chosen municipality, if any. */
  municipality: MunicipalityRef | null;
}
