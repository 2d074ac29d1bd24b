import type { Database } from '../../platform/db/database.js';
import type { ActivityDraft, OrganizationDraft } from './draft.types.js';
import {
  findOrganizationRow,
  listActivityLocations,
  listActivityMunicipalityCodes,
  listActivityOwnContacts,
  listActivityTermCodes,
  listLiveActivities,
  listOrganizationOwnContacts,
} from './published-draft.repo.js';

/**
 * The stored version of an organisation in the form's draft shape: what a change starts from and what the review
 * diff compares a submission with. Archived activities are left out. Where the directory holds more than the
 * form can show (several contact persons or places), the first one is taken. Co-maintainers are not part of the
 * draft of a published organisation (maintainerEmails is empty). Returns null when the organisation does not exist.
 */
export async function loadPublishedDraft({ db, organizationId }: { db: Database; organizationId: string }): Promise<OrganizationDraft | null> {
  const org = await findOrganizationRow(db, organizationId);
  if (!org) return null;
  const [orgContacts, activities] = await Promise.all([listOrganizationOwnContacts(db, organizationId), listLiveActivities(db, organizationId)]);
  const ids = activities.map((a) => a.id);
  const [municipalities, terms, locations, contacts] = await Promise.all([
    listActivityMunicipalityCodes(db, ids),
    listActivityTermCodes(db, ids),
    listActivityLocations(db, ids),
    listActivityOwnContacts(db, ids),
  ]);
  const contact = orgContacts[0];
  return {
    organization: {
      nameFi: org.name_fi,
      nameSv: org.name_sv ?? '',
      nameEn: org.name_en ?? '',
      businessId: org.business_id ?? '',
      kind: org.kind,
      descriptionFi: org.description_fi,
      descriptionSv: org.description_sv ?? '',
      descriptionEn: org.description_en ?? '',
      plainSummaryFi: org.plain_summary_fi ?? '',
      website: org.website ?? '',
      email: org.email ?? '',
      phone: org.phone ?? '',
      streetAddress: org.street_address ?? '',
      postalCode: org.postal_code ?? '',
      city: org.city ?? '',
      municipalityCode: org.municipality_code ?? '',
      contactRequestEmail: org.contact_request_email ?? '',
      contactName: contact?.name ?? '',
      contactTitle: contact?.title ?? '',
      contactEmail: contact?.email ?? '',
      contactPhone: contact?.phone ?? '',
      acceptsNewParticipants: org.accepts_new_participants,
      maintainerEmails: [],
    },
    activities: activities.map((a): ActivityDraft => {
      const place = locations.find((l) => l.activity_id === a.id);
      const person = contacts.find((c) => c.activity_id === a.id);
      const codes = (slug: string) => terms.filter((t) => t.activity_id === a.id && t.slug === slug).map((t) => t.code);
      return {
        id: a.id,
        nameFi: a.name_fi,
        nameSv: a.name_sv ?? '',
        nameEn: a.name_en ?? '',
        descriptionFi: a.description_fi,
        descriptionSv: a.description_sv ?? '',
        descriptionEn: a.description_en ?? '',
        needs: codes('need'),
        supports: codes('support'),
        targets: codes('target'),
        municipalityCodes: municipalities.filter((m) => m.activity_id === a.id).map((m) => m.municipality_code),
        nationwide: a.nationwide,
        remote: a.remote,
        languages: a.languages,
        howToJoin: a.how_to_join ?? '',
        applicationProcessFi: a.application_process_fi ?? '',
        scheduleFi: a.schedule_fi ?? '',
        freeOfCharge: a.free_of_charge,
        placeName: place?.name ?? '',
        streetAddress: place?.street_address ?? '',
        postalCode: place?.postal_code ?? '',
        city: place?.city ?? '',
        contactName: person?.name ?? '',
        contactEmail: person?.email ?? '',
        contactPhone: person?.phone ?? '',
      };
    }),
  };
}
