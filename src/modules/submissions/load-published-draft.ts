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
      nameFi: org.nameFi,
      nameSv: org.nameSv ?? '',
      nameEn: org.nameEn ?? '',
      businessId: org.businessId ?? '',
      kind: org.kind,
      descriptionFi: org.descriptionFi,
      descriptionSv: org.descriptionSv ?? '',
      descriptionEn: org.descriptionEn ?? '',
      plainSummaryFi: org.plainSummaryFi ?? '',
      website: org.website ?? '',
      email: org.email ?? '',
      phone: org.phone ?? '',
      streetAddress: org.streetAddress ?? '',
      postalCode: org.postalCode ?? '',
      city: org.city ?? '',
      municipalityCode: org.municipalityCode ?? '',
      contactRequestEmail: org.contactRequestEmail ?? '',
      contactName: contact?.name ?? '',
      contactTitle: contact?.title ?? '',
      contactEmail: contact?.email ?? '',
      contactPhone: contact?.phone ?? '',
      acceptsNewParticipants: org.acceptsNewParticipants,
      maintainerEmails: [],
    },
    activities: activities.map((a): ActivityDraft => {
      const place = locations.find((l) => l.activityId === a.id);
      const person = contacts.find((c) => c.activityId === a.id);
      const codes = (taxonomy: string) => terms.filter((t) => t.activityId === a.id && t.taxonomy === taxonomy).map((t) => t.code);
      return {
        id: a.id,
        nameFi: a.nameFi,
        nameSv: a.nameSv ?? '',
        nameEn: a.nameEn ?? '',
        descriptionFi: a.descriptionFi,
        descriptionSv: a.descriptionSv ?? '',
        descriptionEn: a.descriptionEn ?? '',
        needs: codes('need'),
        supports: codes('support'),
        targets: codes('target'),
        municipalityCodes: municipalities.filter((m) => m.activityId === a.id).map((m) => m.municipalityCode),
        nationwide: a.nationwide,
        remote: a.remote,
        languages: a.languages,
        howToJoin: a.howToJoin ?? '',
        applicationProcessFi: a.applicationProcessFi ?? '',
        scheduleFi: a.scheduleFi ?? '',
        freeOfCharge: a.freeOfCharge,
        placeName: place?.name ?? '',
        streetAddress: place?.streetAddress ?? '',
        postalCode: place?.postalCode ?? '',
        city: place?.city ?? '',
        contactName: person?.name ?? '',
        contactEmail: person?.email ?? '',
        contactPhone: person?.phone ?? '',
      };
    }),
  };
}
