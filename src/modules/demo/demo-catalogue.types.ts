import type { HowToJoin } from '../../platform/db/schema.js';
import type { OrganizationKind } from '../directory/organization-kinds.js';
import type { Text } from './demo-text.js';

/** One recurring time of an activity; a variant of each list is picked per organisation. */
export interface ScheduleTemplate {
  freq: 'WEEKLY' | 'MONTHLY';
  /** Variants of byday: 'TU', 'MO,TU,WE,TH,FR', '1TU', '-1FR'. */
  days: readonly string[];
  /** Variants of 'HH:MM-HH:MM'. */
  times: readonly string[];
  attending?: 'in_person' | 'online' | 'phone';
  note?: string;
}

/** An activity an organisation of some archetype typically runs. Texts may use the tokens of demo-text.ts fill(). */
export interface ActivityTemplate {
  key: string;
  name: Text;
  /** Sentence slots; a variant of each is picked. */
  description: readonly Text[];
  sv?: { name: string; description: string };
  en?: { name: string; description: string };
  /** Term codes (taxonomies.data.ts). */
  needs: readonly string[];
  support: readonly string[];
  target: readonly string[];
  join: HowToJoin;
  process?: Text;
  /** Set when the activity costs something. */
  fee?: string;
  schedules?: readonly ScheduleTemplate[];
  /** Schedule text when there are no regular times, or added after them. */
  when?: string;
  languages?: readonly string[];
  ages?: readonly [number | null, number | null];
  /** in_person (default): at the organisation's place; hybrid: there and online; online: remote only in its municipalities. */
  mode?: 'in_person' | 'hybrid' | 'online';
  /** Remote service for the whole of Finland: no municipalities, no places. */
  nationwide?: boolean;
  /** One activity per municipality listed (the organisation gets a place in each). */
  perMunicipality?: readonly string[];
  /** One activity available in all these municipalities (in person at the organisation's home place). */
  municipalities?: readonly string[];
  accessibility?: string;
  /** Always included when an archetype's instance takes only some of its activities. */
  core?: boolean;
}

export interface OrgArchetype {
  key: string;
  kind: OrganizationKind;
  /** Key of the umbrella organisation (a single instance) this one belongs to. */
  parent?: string;
  name: string;
  nameSv?: string;
  nameEn?: string;
  alternateName?: string;
  /** Host label before ".example.org"; {slug} is the municipality in ASCII. */
  domain: string;
  /** Local part of the general e-mail address; default "info". */
  mailbox?: string;
  description: readonly Text[];
  descriptionSv?: string;
  descriptionEn?: string;
  /** Plain-language (selkokieli) summary: short, simple sentences. */
  plain: readonly Text[];
  founded: readonly [number, number];
  /** Titles of the organisation's contact persons, first one always used. */
  titles: readonly string[];
  locationName: Text;
  /** Default languages of the activities. */
  languages?: readonly string[];
  /** Contact persons have Swedish or international names. */
  people?: 'fi' | 'sv' | 'international';
  noBusinessId?: boolean;
  activities: readonly ActivityTemplate[];
}
