import type { Database } from '../../platform/db/database.js';
import { countTasksDone, findProfileById, listFeedbackReceived, type FeedbackRow, type ProfileRow } from './peer-help.repo.js';

export interface ProfilePage {
  profile: ProfileRow;
  tasksDone: number;
  feedback: FeedbackRow[];
}

/**
 * A profile as others see it ("Profiilisi, joka näkyy tilauksissa"): what the person wrote (the CV part, education
 * and experience, only when they chose to show it), tasks done and the feedback received. Null when unknown.
 */
export async function getProfilePage({ db, id }: { db: Database; id: string }): Promise<ProfilePage | null> {
  const profile = await findProfileById(db, id);
  if (!profile) return null;
  const [tasksDone, feedback] = await Promise.all([countTasksDone(db, profile.userId), listFeedbackReceived(db, profile.userId)]);
  return { profile, tasksDone, feedback };
}
