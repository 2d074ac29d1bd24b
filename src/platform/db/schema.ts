import type { ColumnType, Generated, GeneratedAlways, JSONColumnType } from 'kysely';

/** Row types of every table, as Kysely sees them. Keep in step with migrations/. */

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
export type Status = 'draft' | 'awaiting_review' | 'returned' | 'published' | 'archived';
export type HowToJoin = 'drop_in' | 'registration' | 'referral';

export interface MunicipalityTable {
  code: string;
  name_fi: string;
  name_sv: string;
  maakunta_code: string | null;
  maakunta_fi: string | null;
  maakunta_sv: string | null;
  wellbeing_county_fi: string | null;
  wellbeing_county_sv: string | null;
}

export interface RegionTable {
  /** The region's slug (a–z, 0–9, hyphens): its portal is /regions/{id}; roles of regional administrators name it. */
  id: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  /** The portal's look (migration 0015): introduction per language, accent colour `#rrggbb` or null, logo text. */
  intro_fi: Generated<string>;
  intro_sv: Generated<string>;
  intro_en: Generated<string>;
  accent_color: string | null;
  logo_text: Generated<string>;
  updated_at: Generated<Timestamp>;
}

export interface RegionMunicipalityTable {
  region_id: string;
  municipality_code: string;
}

export interface TaxonomyTable {
  id: string;
  slug: string;
  name_fi: string;
  name_sv: string;
  name_en: string;
  description_fi: Generated<string>;
  description_sv: Generated<string>;
  description_en: Generated<string>;
  uri: string | null;
  version: string | null;
}

export interface TaxonomyTermTable {
  id: string;
  taxonomy_id: string;
  code: string;
  parent_id: string | null;
  name_fi: string;
  name_sv: string;
  name_en: string;
  description_fi: Generated<string>;
  description_sv: Generated<string>;
  description_en: Generated<string>;
  synonyms_fi: Generated<string[]>;
  synonyms_sv: Generated<string[]>;
  synonyms_en: Generated<string[]>;
  sort_order: Generated<number>;
}

export interface OrganizationTable {
  id: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  alternate_name: string | null;
  business_id: string | null;
  /**
   * The check constraint of migration 0001, spelled for Kysely. The application's list is ORGANIZATION_KINDS in
   * src/modules/directory/organization-kinds.ts, which fails to compile when it differs from this.
   */
  kind: Generated<'association' | 'foundation' | 'parish' | 'umbrella' | 'local_branch' | 'cooperative' | 'other'>;
  parent_id: string | null;
  description_fi: Generated<string>;
  description_sv: string | null;
  description_en: string | null;
  plain_summary_fi: string | null;
  website: string | null;
  email: string | null;
  phone: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_code: string | null;
  social_links: JSONColumnType<{ label: string; url: string }[], string | undefined, string>;
  contact_request_email: string | null;
  accepts_new_participants: Generated<boolean>;
  year_incorporated: number | null;
  status: Generated<Status>;
  last_checked: string | null;
  archived_reason: string | null;
  /** Set when its activities left search for being unchecked too long (src/modules/freshness); null again once confirmed. */
  stale_hidden_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ActivityTable {
  id: string;
  organization_id: string;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  description_fi: Generated<string>;
  description_sv: string | null;
  description_en: string | null;
  nationwide: Generated<boolean>;
  remote: Generated<boolean>;
  languages: Generated<string[]>;
  how_to_join: HowToJoin | null;
  application_process_fi: string | null;
  fees_description_fi: string | null;
  free_of_charge: Generated<boolean>;
  accessibility_fi: string | null;
  schedule_fi: string | null;
  url: string | null;
  email: string | null;
  phone: string | null;
  minimum_age: number | null;
  maximum_age: number | null;
  status: Generated<Status>;
  last_checked: string | null;
  archived_reason: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ActivityMunicipalityTable {
  activity_id: string;
  municipality_code: string;
}

export interface ActivityTermTable {
  activity_id: string;
  term_id: string;
}

export interface LocationTable {
  id: string;
  organization_id: string;
  name: string;
  description_fi: string | null;
  street_address: string | null;
  postal_code: string | null;
  city: string | null;
  municipality_code: string | null;
  latitude: number | null;
  longitude: number | null;
  accessibility_fi: string | null;
}

export interface ActivityLocationTable {
  id: string;
  activity_id: string;
  location_id: string;
}

export interface ScheduleTable {
  id: string;
  activity_id: string;
  freq: 'WEEKLY' | 'MONTHLY' | null;
  byday: string | null;
  opens_at: string | null;
  closes_at: string | null;
  description_fi: string | null;
  attending_type: 'in_person' | 'online' | 'phone' | null;
}

export interface ContactTable {
  id: string;
  organization_id: string | null;
  activity_id: string | null;
  name: string | null;
  title: string | null;
  email: string | null;
  phone: string | null;
}

export interface SearchDocumentTable {
  activity_id: string;
  organization_id: string;
  name_sort: string;
  document: string;
  indexed_at: Timestamp;
  name_sort_sv: Generated<string>;
  name_sort_en: Generated<string>;
  term_ids: Generated<string[]>;
  need_codes: Generated<string[]>;
  support_codes: Generated<string[]>;
  target_codes: Generated<string[]>;
  municipality_codes: Generated<string[]>;
  nationwide: Generated<boolean>;
  last_checked: string | null;
  name_doc: Generated<string>;
  languages: Generated<string[]>;
  /** one activity in sixteen (migration 0031): the sample that estimates how many activities a broad query matches */
  sample: GeneratedAlways<boolean>;
}

export interface SearchCountTable {
  day: string;
  municipality: Generated<string>;
  n: number;
}

export interface SearchTermSetTable {
  term_ids: string[];
  term_doc: string;
}

export interface SearchTrigramTable {
  activity_id: string;
  plain_text: string;
}

export interface SearchWordTable {
  word: string;
  folded: string;
  stem: string;
  n: Generated<number>;
}

export interface SearchSynonymTable {
  id: string;
  lang: string;
  term: string;
  expansion: Generated<string[]>;
  source: Generated<string>;
  updated_at: Generated<Timestamp>;
}

/** Crisis help (migration 0014): phrases that show the crisis box, its helplines, searches per day (a count only). */
export interface CrisisPhraseTable {
  lang: 'fi' | 'sv' | 'en';
  phrase: string;
}

export interface CrisisHelplineTable {
  id: string;
  position: number;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  phone: string;
  hours_fi: string | null;
  hours_sv: string | null;
  hours_en: string | null;
  url: string | null;
}

export interface CrisisSearchDayTable {
  day: ColumnType<string, string, string>;
  searches: Generated<number>;
}

export interface CrisisHelpSeedTable {
  id: number;
  seeded_at: Generated<Date>;
}

/** A search that found nothing (migration 0008): no personal data, time truncated to the hour. */
export interface SearchZeroResultTable {
  id: Generated<string>;
  query: Generated<string>;
  need_codes: Generated<string[]>;
  support_codes: Generated<string[]>;
  target_codes: Generated<string[]>;
  /** A municipality code, 'remote' or '' (all areas). */
  municipality: Generated<string>;
  lang: string;
  approximate: Generated<boolean>;
  searched_hour: Timestamp;
}

export interface DB {
  municipality: MunicipalityTable;
  region: RegionTable;
  region_municipality: RegionMunicipalityTable;
  taxonomy: TaxonomyTable;
  taxonomy_term: TaxonomyTermTable;
  organization: OrganizationTable;
  activity: ActivityTable;
  activity_municipality: ActivityMunicipalityTable;
  activity_term: ActivityTermTable;
  location: LocationTable;
  activity_location: ActivityLocationTable;
  schedule: ScheduleTable;
  contact: ContactTable;
  search_document: SearchDocumentTable;
  search_term_set: SearchTermSetTable;
  search_count: SearchCountTable;
  search_trigram: SearchTrigramTable;
  search_synonym: SearchSynonymTable;
  search_word: SearchWordTable;
  search_zero_result: SearchZeroResultTable;
  rate_limit: RateLimitTable;
  crisis_phrase: CrisisPhraseTable;
  feedback: FeedbackTable;
  newsletter_subscriber: NewsletterSubscriberTable;
  newsletter_issue: NewsletterIssueTable;
  newsletter_delivery: NewsletterDeliveryTable;
  crisis_helpline: CrisisHelplineTable;
  crisis_search_day: CrisisSearchDayTable;
  crisis_help_seed: CrisisHelpSeedTable;
  job: JobTable;
  job_worker: JobWorkerTable;
  outbox: OutboxTable;
  mail_sent: MailSentTable;
  app_user: AppUserTable;
  user_role: UserRoleTable;
  login_token: LoginTokenTable;
  session: SessionTable;
  submission: SubmissionTable;
  audit_event: AuditEventTable;
  freshness_cycle: FreshnessCycleTable;
  freshness_token: FreshnessTokenTable;
  contact_request: ContactRequestTable;
  contact_request_recipient: ContactRequestRecipientTable;
  event: EventTable;
  event_municipality: EventMunicipalityTable;
  event_term: EventTermTable;
  news_item: NewsItemTable;
  theme: ThemeTable;
  theme_term: ThemeTermTable;
  network: NetworkTable;
  network_member: NetworkMemberTable;
  network_join_request: NetworkJoinRequestTable;
  care_centre: CareCentreTable;
  centre_material: CentreMaterialTable;
  centre_material_file: CentreMaterialFileTable;
  centre_material_target: CentreMaterialTargetTable;
  centre_agreement: CentreAgreementTable;
  centre_agreement_step: CentreAgreementStepTable;
  centre_screen: CentreScreenTable;
  centre_staff_group: CentreStaffGroupTable;
  centre_bulletin: CentreBulletinTable;
  centre_bulletin_target: CentreBulletinTargetTable;
  centre_bulletin_forward: CentreBulletinForwardTable;
  centre_meeting: CentreMeetingTable;
  centre_meeting_invitee: CentreMeetingInviteeTable;
  peer_help_profile: PeerHelpProfileTable;
  peer_help_group: PeerHelpGroupTable;
  peer_help_group_member: PeerHelpGroupMemberTable;
  peer_help_request: PeerHelpRequestTable;
  peer_help_application: PeerHelpApplicationTable;
  peer_help_message: PeerHelpMessageTable;
  peer_help_feedback: PeerHelpFeedbackTable;
  peer_help_read: PeerHelpReadTable;
}

/** A durable background job (src/platform/jobs). last_error never holds personal data. */
export interface JobTable {
  id: string;
  name: string;
  version: Generated<number>;
  payload: ColumnType<unknown, string, string>;
  run_at: Timestamp;
  attempts: Generated<number>;
  max_attempts: Generated<number>;
  last_error: string | null;
  locked_until: Date | null;
  lock_token: string | null;
  /** The worker (job_worker.id) holding the lease. */
  locked_by: string | null;
  done_at: Date | null;
  failed_at: Date | null;
  singleton_key: string | null;
  created_at: Timestamp;
}

/** A running (or stopped, or gone) job worker: its heartbeat and the mail transport it uses (no credentials). */
export interface JobWorkerTable {
  id: string;
  started_at: Timestamp;
  heartbeat_at: Timestamp;
  stopped_at: Date | null;
  mail_transport: string | null;
}

/** E-mail kept in the database when no SMTP_URL is set (readable by a platform administrator). */
export interface OutboxTable {
  id: string;
  job_id: string;
  to: string;
  lang: 'fi' | 'sv' | 'en';
  template: string;
  subject: string;
  text: string;
  html: string;
  message_id: string;
  created_at: Timestamp;
}

/** One row per e-mail accepted by the SMTP server: the job that sent it and its Message-ID. */
export interface MailSentTable {
  job_id: string;
  template: string;
  message_id: string;
  sent_at: Timestamp;
}

/** A person who can sign in (src/platform/auth). email is lower-cased. */
export interface AppUserTable {
  id: string;
  email: string;
  lang: Generated<'fi' | 'sv' | 'en'>;
  created_at: Timestamp;
}

export type Role = 'platform_admin' | 'regional_admin' | 'maintainer' | 'liaison';

/** A role of a user; scope_id is a region id (regional_admin), an organisation id (maintainer), a care centre id (liaison, migration 0024) or '' (platform_admin). */
export interface UserRoleTable {
  user_id: string;
  role: Role;
  scope_id: Generated<string>;
  created_at: Timestamp;
}

/** A one-time sign-in link: only the SHA-256 of its token is kept. */
export interface LoginTokenTable {
  id: string;
  user_id: string | null;
  email: string;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Timestamp;
}

/** A server-side session; id is the SHA-256 of the cookie value. */
export interface SessionTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Date;
}

export type SubmissionStatus = 'draft' | 'awaiting_review' | 'returned' | 'approved' | 'rejected' | 'withdrawn';

/**
 * A proposed version of one organisation and its activities (src/modules/submissions): `content` is the
 * form-shaped OrganizationDraft (src/modules/submissions/draft.types.ts), kept as typed, valid or not.
 * At most one open (draft / awaiting_review / returned) submission per organisation.
 */
export interface SubmissionTable {
  id: string;
  organization_id: string;
  kind: 'join' | 'change';
  status: Generated<SubmissionStatus>;
  content: ColumnType<unknown, string, string>;
  step: Generated<string>;
  municipality_codes: Generated<string[]>;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Date | null;
  decided_at: Date | null;
  decided_by: string | null;
  decision_message: string | null;
}

/** Who did what, when, from which state to which (src/platform/audit). detail holds no client data. */
export interface AuditEventTable {
  id: string;
  at: Timestamp;
  actor_id: string | null;
  action: string;
  subject_type: 'organization' | 'activity' | 'submission' | 'user' | 'contact_request' | 'crisis_help' | 'region' | 'theme' | 'network' | 'event' | 'news_item' | 'newsletter_issue' | 'care_centre' | 'centre_material' | 'centre_agreement' | 'centre_screen' | 'centre_staff_group' | 'centre_bulletin' | 'centre_meeting';
  subject_id: string;
  organization_id: string | null;
  from_state: string | null;
  to_state: string | null;
  detail: ColumnType<Record<string, unknown>, string | undefined, string>;
}

/** One "is your data still right?" cycle of an organisation (src/modules/freshness): what was sent, and how it ended. */
export interface FreshnessCycleTable {
  id: string;
  organization_id: string;
  /** The organisation's checked date that made it due; unique with organization_id. */
  checked_on: string;
  first_reminder_at: Date;
  second_reminder_at: Date | null;
  admins_told_at: Date | null;
  reminders_sent: Generated<number>;
  closed_at: Date | null;
  closed_how: 'confirmed' | 'updated' | 'unpublished' | null;
}

/** A one-click confirmation link of a cycle: only the SHA-256 of its token is kept. */
export interface FreshnessTokenTable {
  id: string;
  cycle_id: string;
  organization_id: string;
  user_id: string | null;
  token_hash: string;
  expires_at: Date;
  used_at: Date | null;
  created_at: Timestamp;
}

/** A contact request (src/modules/referrals). `*_enc`: encrypted in the application; `*_lookup`: keyed hashes. */
export interface ContactRequestTable {
  id: string;
  reference: string;
  sender_kind: 'self' | 'professional';
  sender_unit: string | null;
  follow_up_email_enc: string | null;
  client_first_name_enc: string | null;
  client_phone_enc: string | null;
  client_email_enc: string | null;
  preferred_time_enc: string | null;
  message_enc: string | null;
  phone_lookup: string | null;
  email_lookup: string | null;
  contact_lang: 'fi' | 'sv' | 'en' | 'other';
  ui_lang: 'fi' | 'sv' | 'en';
  municipality_code: string | null;
  consent_at: Timestamp;
  created_at: Timestamp;
  closed_at: Timestamp | null;
  erased_at: Timestamp | null;
}

export type RecipientStatus = 'new' | 'opened' | 'contacted' | 'unreachable' | 'declined';
export type DeclineReason = 'full' | 'not_suitable' | 'outside_area' | 'other';

/** One organisation a contact request went to, with its own status and signed link (SHA-256 of the token only). */
export interface ContactRequestRecipientTable {
  id: string;
  request_id: string;
  organization_id: string;
  activity_id: string | null;
  status: Generated<RecipientStatus>;
  decline_reason: DeclineReason | null;
  note_enc: string | null;
  link_token_hash: string;
  link_expires_at: Timestamp;
  opened_at: Timestamp | null;
  acted_at: Timestamp | null;
  reminded_at: Timestamp | null;
  admins_told_at: Timestamp | null;
  created_at: Timestamp;
}

/** Rate-limit counters shared by the app instances (migration 0012, src/platform/http/rate-limit-store.ts). */
export interface RateLimitTable {
  /** SHA-256 (hex) of the limiter's name and the client key. */
  key: string;
  hits: number;
  expires_at: Date;
}

/** A theme of the regional portals (migration 0018, src/modules/themes): names and the need / target-group terms it maps to. */
export interface ThemeTable {
  id: string;
  slug: string;
  name_fi: string;
  name_sv: Generated<string>;
  name_en: Generated<string>;
  sort_order: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface ThemeTermTable {
  theme_id: string;
  term_id: string;
}

/** A region's cooperation network (migration 0019, src/modules/networks); the coordinator is an organisation. */
export interface NetworkTable {
  id: string;
  region_id: string;
  name_fi: string;
  name_sv: Generated<string>;
  name_en: Generated<string>;
  description_fi: Generated<string>;
  description_sv: Generated<string>;
  description_en: Generated<string>;
  how_to_join_fi: Generated<string>;
  how_to_join_sv: Generated<string>;
  how_to_join_en: Generated<string>;
  meetings_fi: Generated<string>;
  meetings_sv: Generated<string>;
  meetings_en: Generated<string>;
  coordinator_id: string;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface NetworkMemberTable {
  network_id: string;
  organization_id: string;
  joined_at: Timestamp;
}

export type NetworkJoinStatus = 'pending' | 'accepted' | 'declined';

/** A maintainer's request for one of their organisations to join a network (one open request per pair). */
export interface NetworkJoinRequestTable {
  id: string;
  network_id: string;
  organization_id: string;
  requested_by: string | null;
  message: Generated<string>;
  status: Generated<NetworkJoinStatus>;
  created_at: Timestamp;
  decided_at: Timestamp | null;
  decided_by: string | null;
}

/**
 * A news item or an announcement of a regional portal (src/modules/news, migration 0016): news is written by the
 * region's administrators; an announcement by an organisation's maintainer, published once an administrator approves
 * it in the review queue. Shown from `publish_on` through `expires_on` (Finnish dates, inclusive) while published.
 */
export interface NewsItemTable {
  id: string;
  region_id: string;
  kind: 'news' | 'announcement';
  status: 'awaiting_review' | 'published' | 'unpublished' | 'rejected';
  lang: Generated<'fi' | 'sv' | 'en'>;
  title: string;
  body: string;
  image_url: string | null;
  image_alt: Generated<string>;
  organization_id: string | null;
  publish_on: ColumnType<string, string, string>;
  expires_on: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
  decided_by: string | null;
  decided_at: Date | null;
  decision_message: string | null;
}

/**
 * An event (tapahtuma) of the regional portals (src/modules/events, migration 0017): sent by a maintainer and approved
 * by a regional administrator, or written by an administrator. Times are instants, shown in Europe/Helsinki time;
 * `rrule` (RFC 5545 RRULE value in Helsinki wall-clock time) makes it recurring; `last_ends_at` ends its last occurrence.
 */
export interface EventTable {
  id: string;
  organization_id: string | null;
  name_fi: string;
  name_sv: Generated<string>;
  name_en: Generated<string>;
  description_fi: string;
  description_sv: Generated<string>;
  description_en: Generated<string>;
  starts_at: Timestamp;
  ends_at: Timestamp;
  rrule: string | null;
  last_ends_at: Timestamp;
  attendance: 'on_site' | 'remote' | 'hybrid';
  place_name: Generated<string>;
  street_address: Generated<string>;
  postal_code: Generated<string>;
  city: Generated<string>;
  online_url: string | null;
  free_of_charge: Generated<boolean>;
  price: Generated<string>;
  languages: Generated<string[]>;
  accessibility: Generated<string>;
  registration: Generated<'none' | 'link' | 'email'>;
  registration_url: string | null;
  registration_email: string | null;
  organizer_name: string;
  contact_email: string | null;
  contact_phone: string | null;
  status: Generated<'scheduled' | 'cancelled' | 'postponed'>;
  review_status: 'pending' | 'approved' | 'rejected';
  created_by: string | null;
  reviewed_by: string | null;
  reviewed_at: Date | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface EventMunicipalityTable {
  event_id: string;
  municipality_code: string;
}

export interface EventTermTable {
  event_id: string;
  term_id: string;
}

/** Feedback from a portal or a data-error report (migration 0020): the message and reply address encrypted. */
export interface FeedbackTable {
  id: string;
  kind: 'portal' | 'data_error';
  region_id: string | null;
  organization_id: string | null;
  activity_id: string | null;
  page_path: Generated<string>;
  lang: 'fi' | 'sv' | 'en';
  message_enc: string;
  reply_email_enc: string | null;
  handled_at: Date | null;
  handled_by: string | null;
  created_at: Timestamp;
}

/** A region's newsletter subscriber (migration 0022): the address encrypted, kept only while subscribed. */
export interface NewsletterSubscriberTable {
  id: string;
  region_id: string;
  email_enc: string;
  email_hash: string;
  lang: 'fi' | 'sv' | 'en';
  confirm_token_hash: string | null;
  confirm_sent_at: Date | null;
  expires_at: Date | null;
  confirmed_at: Date | null;
  unsubscribe_token_hash: string;
  unsubscribe_token_enc: string;
  created_at: Timestamp;
}

/** A newsletter issue (migration 0022): draft → sending → sent; `content` frozen when sending began. */
export interface NewsletterIssueTable {
  id: string;
  region_id: string;
  lang: 'fi' | 'sv' | 'en';
  subject: string;
  intro: string;
  news_ids: ColumnType<string[], string, string>;
  event_ids: ColumnType<string[], string, string>;
  status: 'draft' | 'sending' | 'sent';
  content: ColumnType<unknown, string | null, string | null>;
  recipients: number | null;
  created_by: string | null;
  sent_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
  sending_at: Date | null;
  sent_at: Date | null;
}

/** One e-mail of an issue to one subscriber (migration 0022): `queued_at` once its e-mail is in the queue. */
export interface NewsletterDeliveryTable {
  id: string;
  issue_id: string;
  subscriber_id: string | null;
  queued_at: Date | null;
  mail_job_id: string | null;
  created_at: Timestamp;
}

/** Peer help (migration 0025, src/modules/peer-help): a person's helper profile. */
export interface PeerHelpProfileTable {
  id: string;
  user_id: string;
  display_name: string;
  municipality_code: string | null;
  postal_code: string | null;
  distance_km: Generated<number>;
  categories: Generated<string[]>;
  skills: Generated<string>;
  languages: Generated<string[]>;
  education: Generated<string>;
  experience: Generated<string>;
  description: Generated<string>;
  video_url: string | null;
  linkedin_url: string | null;
  show_cv: Generated<boolean>;
  current_organisation: Generated<string>;
  notify: Generated<'none' | 'immediate' | 'daily'>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Migration 0027: when the daily digest last looked for new requests. */
  digest_checked_at: Timestamp | null;
}

export interface PeerHelpGroupTable {
  id: string;
  name: string;
  code: string;
  owner_id: string;
  created_at: Timestamp;
}

export interface PeerHelpGroupMemberTable {
  group_id: string;
  email: string;
  user_id: string | null;
  added_at: Timestamp;
}

export type PeerHelpStatus = 'draft' | 'open' | 'filled' | 'done' | 'approved' | 'cancelled' | 'closed';

/** A help request (draft while written in three steps). hours is numeric: read as a string. */
export interface PeerHelpRequestTable {
  id: string;
  reference: string;
  requester_id: string;
  organization_id: string | null;
  organisation_name: Generated<string>;
  business_id: string | null;
  category: string;
  summary: string;
  details: Generated<string>;
  accounting_ref: Generated<string>;
  municipality_code: string | null;
  address: Generated<string>;
  remote: Generated<boolean>;
  wished_time: Generated<string>;
  hours: ColumnType<string, string | number | undefined, string | number>;
  group_id: string | null;
  status: Generated<PeerHelpStatus>;
  created_at: Timestamp;
  published_at: Timestamp | null;
  filled_at: Timestamp | null;
  done_at: Timestamp | null;
  approved_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  /** Migration 0027: the last wished day (YYYY-MM-DD), the reminder, the warning and the closing past the wished time. */
  wished_until: ColumnType<string | null, string | null | undefined, string | null>;
  reminder_sent_at: Timestamp | null;
  expiry_warned_at: Timestamp | null;
  closed_at: Timestamp | null;
}

/** Migration 0027: the newest message a participant has seen, and the newest the last unread notice counted. */
export interface PeerHelpReadTable {
  request_id: string;
  user_id: string;
  read_up_to: Timestamp | null;
  notified_up_to: Timestamp | null;
}

export interface PeerHelpApplicationTable {
  id: string;
  request_id: string;
  helper_id: string;
  message: string;
  status: Generated<'applied' | 'selected' | 'not_chosen'>;
  created_at: Timestamp;
  selected_at: Timestamp | null;
}

export interface PeerHelpMessageTable {
  id: string;
  request_id: string;
  author_id: string | null;
  body: string;
  created_at: Timestamp;
}

export interface PeerHelpFeedbackTable {
  id: string;
  request_id: string;
  from_user_id: string;
  to_user_id: string;
  rating: number;
  comment: Generated<string>;
  hidden: Generated<boolean>;
  created_at: Timestamp;
}

/** A care centre (sote-keskus, perhekeskus) of src/modules/centres (migration 0024); its liaisons are `liaison` roles. */
export interface CareCentreTable {
  id: string;
  name_fi: string;
  name_sv: Generated<string>;
  kind: 'sote_keskus' | 'perhekeskus' | 'other';
  street_address: Generated<string>;
  postal_code: Generated<string>;
  post_office: Generated<string>;
  municipality_code: string;
  opening_hours: Generated<string>;
  brochure_racks: Generated<boolean>;
  notice_boards: Generated<boolean>;
  info_screens: Generated<boolean>;
  group_rooms: Generated<boolean>;
  rooms_description: Generated<string>;
  screen_width: number | null;
  screen_height: number | null;
  max_file_mb: Generated<number>;
  max_pdf_pages: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** Material an NGO sent to care centres (brochure, poster, info-screen slide); valid from / until are Finnish dates. */
export interface CentreMaterialTable {
  id: string;
  organization_id: string;
  activity_id: string | null;
  kind: 'brochure' | 'poster' | 'slide';
  title: string;
  lang: 'fi' | 'sv' | 'en' | 'other';
  alt_text: Generated<string>;
  valid_from: ColumnType<string, string, string>;
  valid_until: ColumnType<string, string, string>;
  checklist: Generated<string[]>;
  file_name: string;
  content_type: 'application/pdf' | 'image/png' | 'image/jpeg';
  byte_size: number;
  width: number | null;
  height: number | null;
  page_count: number | null;
  sent_by: string | null;
  reminder_sent_at: Date | null;
  created_at: Timestamp;
}

/** The file of a material, apart so that lists never read it. */
export interface CentreMaterialFileTable {
  material_id: string;
  bytes: Buffer;
}

/** A material's state at one centre: each centre's liaison decides for that centre only. */
export interface CentreMaterialTargetTable {
  material_id: string;
  centre_id: string;
  status: Generated<'pending' | 'approved' | 'returned'>;
  message: Generated<string>;
  decided_by: string | null;
  decided_at: Date | null;
}

export type AgreementKind = 'staff_presentation' | 'centre_event' | 'centre_own_event' | 'group_activity' | 'ngo_visit' | 'client_appointment';
export type AgreementSide = 'ngo' | 'centre';

/** Cooperation agreed in advance between a care centre and an organisation (migration 0024; src/modules/centres). */
export interface CentreAgreementTable {
  id: string;
  centre_id: string;
  organization_id: string;
  kind: AgreementKind;
  initiated_by: AgreementSide;
  status: Generated<'proposed' | 'countered' | 'accepted' | 'declined'>;
  awaiting: AgreementSide | null;
  title: string;
  starts_at: Timestamp;
  duration_minutes: number;
  rrule: string | null;
  attendance: 'on_site' | 'remote' | 'hybrid';
  access: 'drop_in' | 'booking' | 'registration';
  booking_info: Generated<string>;
  room: Generated<string>;
  catering: Generated<string>;
  keys_badges: Generated<string>;
  materials: Generated<string>;
  programme: Generated<string>;
  target_group: Generated<string>;
  contact_name: string;
  contact_email: string;
  contact_phone: Generated<string>;
  client_consent: Generated<boolean>;
  public: Generated<boolean>;
  event_id: string | null;
  reminder_sent_at: Date | null;
  created_by: string | null;
  /** The organisation's activity it concerns (migration 0028). */
  activity_id: Generated<string | null>;
  created_at: Timestamp;
  updated_at: Timestamp;
  /** Follow-up (migration 0029): whether it happened, attendance, a 1–5 assessment and a comment. */
  followup_outcome: 'happened' | 'not_happened' | 'cancelled' | null;
  followup_attendance: number | null;
  followup_rating: number | null;
  followup_comment: Generated<string>;
  followup_at: Date | null;
  followup_by: string | null;
}

/** One step of an agreement's negotiation: who did what, the time proposed then, and the message. */
export interface CentreAgreementStepTable {
  id: string;
  agreement_id: string;
  side: AgreementSide;
  action: 'propose' | 'counter' | 'accept' | 'decline';
  starts_at: Timestamp;
  message: Generated<string>;
  author_id: string | null;
  created_at: Timestamp;
}

/** A named info screen of a care centre with its own kiosk token (only the SHA-256; migration 0028). */
export interface CentreScreenTable {
  id: string;
  centre_id: string;
  name: string;
  kiosk_token_hash: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A centre's staff group: bulletin topics it follows and its e-mail list (personal data: liaisons only; migration 0028). */
export interface CentreStaffGroupTable {
  id: string;
  centre_id: string;
  name: string;
  topics: Generated<string[]>;
  emails: Generated<string[]>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

/** A bulletin an organisation sent to care centres for their staff (migration 0028). */
export interface CentreBulletinTable {
  id: string;
  organization_id: string;
  activity_id: string | null;
  title: string;
  body: string;
  topics: Generated<string[]>;
  lang: 'fi' | 'sv' | 'en';
  sent_by: string | null;
  created_at: Timestamp;
}

/** A bulletin's state at one centre: forwarded to staff groups, returned or archived (with a message) by a liaison. */
export interface CentreBulletinTargetTable {
  bulletin_id: string;
  centre_id: string;
  status: Generated<'pending' | 'forwarded' | 'returned' | 'archived'>;
  message: Generated<string>;
  decided_by: string | null;
  decided_at: Date | null;
}

/** One staff group a bulletin was forwarded to: the group's name then and how many addresses (never the addresses). */
export interface CentreBulletinForwardTable {
  bulletin_id: string;
  centre_id: string;
  group_id: string | null;
  group_name: string;
  recipients: number;
  created_at: Timestamp;
}

/** A municipal NGO meeting organised from a care centre (migration 0029), with its record written afterwards. */
export interface CentreMeetingTable {
  id: string;
  centre_id: string;
  municipality_code: string;
  title: string;
  starts_at: Timestamp;
  duration_minutes: number;
  place: Generated<string>;
  online_url: string | null;
  agenda: Generated<string[]>;
  record_people: number | null;
  record_support_needs: Generated<string>;
  record_services: Generated<string>;
  record_cooperation: Generated<string>;
  record_development: Generated<string>;
  record_written_at: Date | null;
  created_by: string | null;
  created_at: Generated<Date>;
  updated_at: Generated<Date>;
}

/** One invitee of a meeting: an organisation, or a member of the centre's staff (e-mail and link hash). */
export interface CentreMeetingInviteeTable {
  id: string;
  meeting_id: string;
  organization_id: string | null;
  email: string | null;
  token_hash: string | null;
  response: Generated<'pending' | 'coming' | 'declined'>;
  people: number | null;
  names: Generated<string>;
  needs: Generated<string>;
  responded_at: Date | null;
  present: Generated<boolean>;
}
