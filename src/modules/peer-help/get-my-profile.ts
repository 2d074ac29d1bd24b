import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { findProfileByUser, type ProfileRow } from './peer-help.repo.js';

/** The signed-in person's own helper profile, or null before they made one. */
export async function getMyProfile({ db, user }: { db: Database; user: SessionUser }): Promise<ProfileRow | null> {
  return findProfileByUser(db, user.id);
}
