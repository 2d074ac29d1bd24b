import type { Database } from '../../platform/db/database.js';
import { hashSecret } from '../../platform/auth/auth-tokens.js';
import { stableId } from '../../platform/ids.js';
import { insertInvitee, insertMeeting } from './meetings.repo.js';

/** Test builders (not loaded by the app): a meeting of a centre with invited organisations and staff, straight into the database. */
export async function addTestMeeting(
  db: Database,
  options: { key: string; centreId: string; municipalityCode?: string; startsAt: Date; organizationIds: string[]; staff?: { email: string; token: string }[]; createdBy: string; title?: string },
): Promise<string> {
  const id = stableId('test-meeting', options.key);
  await insertMeeting(db, {
    id,
    centreId: options.centreId,
    municipalityCode: options.municipalityCode ?? '297',
    title: options.title ?? 'Testitapaaminen',
    startsAt: options.startsAt,
    durationMinutes: 120,
    place: 'Kokoushuone',
    onlineUrl: null,
    agenda: ['Tervetuloa', 'Ajankohtaista'],
    createdBy: options.createdBy,
  });
  for (const organizationId of options.organizationIds) await insertInvitee(db, { id: stableId('test-invitee', `${options.key}:${organizationId}`), meetingId: id, organizationId, email: null, tokenHash: null });
  for (const s of options.staff ?? []) await insertInvitee(db, { id: stableId('test-invitee', `${options.key}:${s.email}`), meetingId: id, organizationId: null, email: s.email, tokenHash: hashSecret(s.token) });
  return id;
}
