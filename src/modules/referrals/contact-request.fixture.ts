import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import type { Status } from '../../platform/db/schema.js';

/**
 * Test organisations for sending contact requests (fictional; example.org addresses):
 *   helpA    published, takes requests, has a Swedish name, two activities
 *   helpB    published, takes requests, Finnish name only, one activity
 *   noAddr   published, no contact-request address (and an activity)
 *   archived / draft   take requests but are not public (and an activity each)
 */
export const R = {
  helpA: stableId('cr-fixture-org', 'help-a'),
  helpB: stableId('cr-fixture-org', 'help-b'),
  noAddr: stableId('cr-fixture-org', 'no-address'),
  archived: stableId('cr-fixture-org', 'archived'),
  draft: stableId('cr-fixture-org', 'draft'),
  groupA: stableId('cr-fixture-act', 'group-a'),
  chatA: stableId('cr-fixture-act', 'chat-a'),
  groupB: stableId('cr-fixture-act', 'group-b'),
  noAddrGroup: stableId('cr-fixture-act', 'no-address'),
  archivedGroup: stableId('cr-fixture-act', 'archived'),
  draftActivity: stableId('cr-fixture-act', 'draft-activity'),
} as const;

export const ADDRESS_A = 'pyynnot@apu-a.example.org';
export const ADDRESS_B = 'yhteydet@apu-b.example.org';

async function org(db: Database, id: string, names: { fi: string; sv?: string }, status: Status, email: string | null): Promise<void> {
  await db
    .insertInto('organization')
    .values({ id, name_fi: names.fi, name_sv: names.sv ?? null, description_fi: 'Kuvitteellinen yhdistys testejä varten.', status, contact_request_email: email, social_links: '[]' })
    .execute();
}

async function activity(db: Database, id: string, organizationId: string, name: string, status: Status = 'published'): Promise<void> {
  await db.insertInto('activity').values({ id, organization_id: organizationId, name_fi: name, description_fi: 'Kuvaus.', status }).execute();
}

export async function addContactRequestFixture(db: Database): Promise<void> {
  await org(db, R.helpA, { fi: 'Apuyhdistys A ry', sv: 'Hjälpförening A rf' }, 'published', ADDRESS_A);
  await org(db, R.helpB, { fi: 'Tukiyhdistys B ry' }, 'published', ` ${ADDRESS_B} `);
  await org(db, R.noAddr, { fi: 'Osoitteeton ry' }, 'published', null);
  await org(db, R.archived, { fi: 'Lakkautettu ry' }, 'archived', 'vanha@arkisto.example.org');
  await org(db, R.draft, { fi: 'Luonnosyhdistys ry' }, 'draft', 'luonnos@luonnos.example.org');
  await activity(db, R.groupA, R.helpA, 'Vertaisryhmä A');
  await activity(db, R.chatA, R.helpA, 'Chat A');
  await activity(db, R.groupB, R.helpB, 'Vertaisryhmä B');
  await activity(db, R.noAddrGroup, R.noAddr, 'Ryhmä ilman osoitetta');
  await activity(db, R.archivedGroup, R.archived, 'Lakkautettu ryhmä');
  await activity(db, R.draftActivity, R.helpA, 'Luonnostoiminta', 'draft');
}
