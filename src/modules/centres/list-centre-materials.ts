import type { Database } from '../../platform/db/database.js';
import { dateInput } from '../events/helsinki-time.js';
import { listCurrentMaterials, type PublicMaterial } from './materials.repo.js';

/** A centre's approved brochures and posters valid today, for its public page. */
export async function listPublicCentreMaterials({ db, centreId, now }: { db: Database; centreId: string; now: Date }): Promise<PublicMaterial[]> {
  return listCurrentMaterials(db, { centreId, today: dateInput(now), kinds: ['brochure', 'poster'] });
}
