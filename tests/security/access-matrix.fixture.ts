import { sql } from 'kysely';
import type { Service } from '../../src/boot.js';
import { addRole, ensureUser, insertSession } from '../../src/platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../src/platform/auth/auth-tokens.js';
import { newId, stableId } from '../../src/platform/ids.js';
import { insertOutboxMessage } from '../../src/platform/mail/mail.repo.js';
import { addInboxOrganization, addTestContactRequest } from '../../src/modules/referrals/inbox.fixture.js';
import { insertSubmission, sampleDraft } from '../../src/modules/review/review.fixture.js';
import { insertTestEvent } from '../../src/modules/events/events.fixture.js';

/**
 * The world of the access-control matrix: two organisations in two regions, each with its maintainer, a regional
 * administrator of each region, a platform administrator, and one of each resource a route can name (a contact
 * request to each organisation, a draft, a submission awaiting review in each region, an outbox message). Every
 * route is tried against A's resources, so "B's maintainer" and "Y's administrator" are the outsiders.
 */

export const ROLES = ['anonymous', 'maintainerA', 'maintainerB', 'regionalX', 'regionalY', 'platform'] as const;
export type Role = (typeof ROLES)[number];

const EMAILS: Record<Exclude<Role, 'anonymous'>, string> = {
  maintainerA: 'matriisi.a@example.org',
  maintainerB: 'matriisi.b@example.org',
  regionalX: 'matriisi.alue.x@example.org',
  regionalY: 'matriisi.alue.y@example.org',
  platform: 'matriisi.alusta@example.org',
};

export interface MatrixWorld {
  userIds: Record<Exclude<Role, 'anonymous'>, string>;
  orgA: string;
  activityA: string;
  recipientA: string;
  recipientTokenA: string;
  referenceA: string;
  draftA: string;
  draftActivityA: string;
  reviewA: string;
  outboxId: string;
  /** An approved event of A in region X (Kuopio), starting in a week. */
  eventA: string;
}

export async function buildMatrixWorld(service: Service): Promise<MatrixWorld> {
  const db = service.database.db;
  // Region Y: Helsinki, beside the reference data's Pohjois-Savo (X, where Kuopio 297 is).
  await db.insertInto('region').values({ id: 'matriisi-y', name_fi: 'Matriisimaa', name_sv: 'Matrisland', name_en: 'Matrixland' }).execute();
  await sql`insert into region_municipality (region_id, municipality_code) values ('matriisi-y', '091')`.execute(db);

  const a = await addInboxOrganization(db, 'matriisi-a', 'Matriisiyhdistys A ry');
  const b = await addInboxOrganization(db, 'matriisi-b', 'Matriisiyhdistys B ry');
  await db.updateTable('organization').set({ municipality_code: '091' }).where('id', '=', b.id).execute();

  const userIds = {} as MatrixWorld['userIds'];
  for (const [role, email] of Object.entries(EMAILS) as [Exclude<Role, 'anonymous'>, string][]) {
    userIds[role] = (await ensureUser(db, { id: stableId('matrix-user', email), email, lang: 'fi' })).id;
  }
  await addRole(db, { userId: userIds.maintainerA, role: 'maintainer', scopeId: a.id });
  await addRole(db, { userId: userIds.maintainerB, role: 'maintainer', scopeId: b.id });
  await addRole(db, { userId: userIds.regionalX, role: 'regional_admin', scopeId: 'pohjois-savo' });
  await addRole(db, { userId: userIds.regionalY, role: 'regional_admin', scopeId: 'matriisi-y' });
  await addRole(db, { userId: userIds.platform, role: 'platform_admin', scopeId: null });

  const request = await addTestContactRequest(db, service.app.deps.cipher, {
    to: [{ organizationId: a.id, activityId: a.activityId }, { organizationId: b.id }],
    client: { firstName: 'Matti', phone: '+358401230000', email: 'asiakas.matriisi@example.org' },
  });
  const recipient = request.recipients.find((r) => r.organizationId === a.id)!;

  // A's open change (a draft), and a change of A awaiting review in region X.
  const draft = sampleDraft({ organization: { nameFi: 'Matriisiyhdistys A ry' } });
  const draftA = newId();
  await db
    .insertInto('submission')
    .values({ id: draftA, organization_id: a.id, kind: 'change', status: 'draft', content: JSON.stringify(draft), step: 'organisation', municipality_codes: ['297'], created_by: userIds.maintainerA })
    .execute();
  const review = await insertSubmission(db, { draft: sampleDraft(), createdBy: userIds.maintainerA, kind: 'join', municipalityCodes: ['297'] });

  const week = Date.now() + 7 * 86_400_000;
  const eventA = await insertTestEvent(db, { nameFi: 'Matriisitapahtuma', organizationId: a.id, municipalities: ['297'], startsAt: new Date(week), endsAt: new Date(week + 7_200_000) });

  const outboxId = await insertOutboxMessage(db, {
    jobId: newId(),
    to: 'vastaanottaja.matriisi@example.org',
    lang: 'fi',
    template: 'test',
    subject: 'Testi',
    text: 'Testi',
    html: '<p>Testi</p>',
    messageId: `<${newId()}@example.org>`,
  });

  return {
    userIds,
    orgA: a.id,
    activityA: a.activityId,
    recipientA: recipient.id,
    recipientTokenA: recipient.token,
    referenceA: request.reference,
    draftA,
    draftActivityA: draft.activities[0]!.id,
    reviewA: review.id,
    outboxId,
    eventA,
  };
}

/** A fresh session cookie for the role (none for anonymous): every request starts from a clean session. */
export async function sessionCookie(service: Service, world: MatrixWorld, role: Role): Promise<string | null> {
  if (role === 'anonymous') return null;
  const secret = newSecret();
  await insertSession(service.database.db, { id: hashSecret(secret), userId: world.userIds[role], hours: 1 });
  return `tarjotin_session=${secret}`;
}
