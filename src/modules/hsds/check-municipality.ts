import type { Database } from '../../platform/db/database.js';
import { badRequest } from '../../platform/errors.js';
import { municipalityExists } from './hsds.repo.js';

/** A `municipality` parameter must name a real municipality (400 otherwise). */
export async function checkMunicipality({ db, code }: { db: Database; code: string | undefined }): Promise<void> {
  if (code !== undefined && !(await municipalityExists(db, code))) throw badRequest(`municipality: unknown municipality code ${code}`);
}
