import type { Database } from '../../platform/db/database.js';
import { dateInput } from '../events/helsinki-time.js';
import { findCentre, listActivitiesInMunicipality, type CentreRow, type NearbyActivityRow } from './centres.repo.js';
import { listCurrentMaterials, type PublicMaterial } from './materials.repo.js';

/** How many activities fit the print view's one page. */
export const BOARD_ACTIVITIES = 25;

export interface NoticeBoard {
  centre: CentreRow;
  posters: PublicMaterial[];
  activities: NearbyActivityRow[];
  today: string;
}

/** A centre's notice board for print: approved posters valid today, and one page of NGO activities near the centre. */
export async function getNoticeBoard({ db, id, now }: { db: Database; id: string; now: Date }): Promise<NoticeBoard | null> {
  const centre = await findCentre(db, id);
  if (!centre) return null;
  const today = dateInput(now);
  const [posters, activities] = await Promise.all([
    listCurrentMaterials(db, { centreId: id, today, kinds: ['poster', 'slide'] }),
    listActivitiesInMunicipality(db, centre.municipalityCode, BOARD_ACTIVITIES),
  ]);
  return { centre, posters, activities, today };
}
