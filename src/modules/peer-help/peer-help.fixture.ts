import type { Database } from '../../platform/db/database.js';
import { newId } from '../../platform/ids.js';
import { insertFeedback, insertGroup, insertRequestDraft, moveRequest, updateRequestWhereWhen, upsertProfile } from './peer-help.repo.js';
import { newRequestReference } from './request-reference.js';

/**
 * Test data (not loaded by the app): a person's helper profile, one published request for their organisation and
 * two drafts (one to edit, one to publish) and a group they own, for the access-control matrix.
 */
export async function addTestPeerHelp(db: Database, { requesterId, organizationId }: { requesterId: string; organizationId: string }) {
  const profileId = newId();
  await upsertProfile(db, {
    id: profileId,
    userId: requesterId,
    displayName: 'Matriisin Tilaaja',
    municipalityCode: '297',
    postalCode: null,
    distanceKm: 50,
    categories: ['bookkeeping'],
    skills: '',
    languages: ['fi'],
    education: '',
    experience: '',
    description: '',
    videoUrl: null,
    linkedinUrl: null,
    showCv: false,
    currentOrganisation: '',
    notify: 'none',
  });
  const ids = [newId(), newId(), newId()] as const;
  for (const id of ids) {
    await insertRequestDraft(db, { id, reference: newRequestReference(), requesterId, organizationId, organisationName: 'Matriisin järjestö', businessId: null, category: 'bookkeeping', summary: 'Matriisin avunpyyntö', details: '', accountingRef: '' });
    await updateRequestWhereWhen(db, id, { remote: true, municipalityCode: null, address: '', wishedTime: 'pian', hours: 1, groupId: null });
  }
  await moveRequest(db, ids[0], ['draft'], 'open');
  const groupId = newId();
  await insertGroup(db, { id: groupId, name: 'Matriisin ryhmä', code: `MATRI${profileId.slice(0, 3).toUpperCase()}`, ownerId: requesterId });
  const feedbackId = newId(); // feedback shown on the profile, to report and hide
  await insertFeedback(db, { id: feedbackId, requestId: ids[0], fromUserId: requesterId, toUserId: requesterId, rating: 4, comment: 'Matriisin palaute' });
  return { profileId, requestId: ids[0], draftId: ids[1], publishDraftId: ids[2], groupId, feedbackId };
}
