import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import type { ActivityDraft, OrganizationDraft } from '../submissions/draft.types.js';

/** Test fixtures of the review module: complete, valid drafts and submissions written straight into the table. */

export function sampleActivity(overrides: Partial<ActivityDraft> = {}): ActivityDraft {
  return {
    id: newId(),
    nameFi: 'Kävelyryhmä Väinölänniemellä',
    nameSv: '',
    nameEn: '',
    descriptionFi: 'Kävelemme yhdessä joka tiistai. Ryhmä on avoin kaikille, jotka kaipaavat seuraa ja liikettä.',
    descriptionSv: '',
    descriptionEn: '',
    needs: ['yksinaisyys'],
    supports: ['vertaistuki', 'liikunta'],
    targets: ['ikaihmiset'],
    municipalityCodes: ['297'],
    nationwide: false,
    remote: false,
    languages: ['fi'],
    howToJoin: 'drop_in',
    applicationProcessFi: '',
    scheduleFi: 'Tiistaisin klo 10–11',
    freeOfCharge: true,
    placeName: 'Väinölänniemen uimaranta',
    streetAddress: 'Väinölänniementie 1',
    postalCode: '70100',
    city: 'Kuopio',
    contactName: 'Testi Ohjaaja',
    contactEmail: 'ohjaaja@example.org',
    contactPhone: '040 000 0000',
    ...overrides,
  };
}

export function sampleDraft(overrides: { organization?: Partial<OrganizationDraft['organization']>; activities?: ActivityDraft[] } = {}): OrganizationDraft {
  return {
    organization: {
      nameFi: 'Kuopion Kävelykaverit ry',
      nameSv: '',
      nameEn: '',
      businessId: '',
      kind: 'association',
      descriptionFi: 'Yhdistys järjestää kävelyryhmiä ja vertaistukea yksinäisyyttä kokeville kuopiolaisille.',
      descriptionSv: '',
      descriptionEn: '',
      plainSummaryFi: 'Kävelemme yhdessä. Tule mukaan.',
      website: 'https://kavelykaverit.example.org',
      email: 'info@kavelykaverit.example.org',
      phone: '',
      streetAddress: '',
      postalCode: '',
      city: 'Kuopio',
      municipalityCode: '297',
      contactRequestEmail: 'yhteys@kavelykaverit.example.org',
      contactName: '',
      contactTitle: '',
      contactEmail: '',
      contactPhone: '',
      acceptsNewParticipants: true,
      maintainerEmails: ['toinen.yllapitaja@example.org'],
      ...overrides.organization,
    },
    activities: overrides.activities ?? [sampleActivity()],
  };
}

/** Writes a user and returns its id. */
export async function insertUser(db: Database, email: string, lang: 'fi' | 'sv' | 'en' = 'fi'): Promise<string> {
  const id = newId();
  await db.insertInto('app_user').values({ id, email, lang }).execute();
  return id;
}

/** Writes a submission awaiting review (as if sent by `createdBy`) and returns its id. */
export async function insertSubmission(
  db: Database,
  options: { draft: OrganizationDraft; createdBy: string; kind?: 'join' | 'change'; organizationId?: string; municipalityCodes?: string[]; submittedAt?: Date },
): Promise<{ id: string; organizationId: string }> {
  const id = newId();
  const organizationId = options.organizationId ?? newId();
  await db
    .insertInto('submission')
    .values({
      id,
      organization_id: organizationId,
      kind: options.kind ?? 'join',
      status: 'awaiting_review',
      content: JSON.stringify(options.draft),
      step: 'review',
      municipality_codes: options.municipalityCodes ?? ['297'],
      created_by: options.createdBy,
      submitted_at: options.submittedAt ?? new Date(),
    })
    .execute();
  return { id, organizationId };
}
