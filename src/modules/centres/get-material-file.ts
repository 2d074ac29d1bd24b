import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { dateInput } from '../events/helsinki-time.js';
import { canReadMaterialFile } from './centres.policy.js';
import { findMaterial, isMaterialPublic, listTargets, readMaterialFile, type MaterialContentType } from './materials.repo.js';

export interface MaterialFile {
  bytes: Buffer;
  contentType: MaterialContentType;
  fileName: string;
}

/** A material's file for whoever may read it (centres.policy.ts canReadMaterialFile), or null (the route: 404). */
export async function getMaterialFile({ db, viewer, id, now }: { db: Database; viewer: SessionUser | null; id: string; now: Date }): Promise<MaterialFile | null> {
  const material = await findMaterial(db, id);
  if (!material) return null;
  const publicNow = await isMaterialPublic(db, id, dateInput(now));
  const centreIds = (await listTargets(db, [id])).map((t) => t.centreId);
  if (!canReadMaterialFile(viewer, { organizationId: material.organizationId, publicNow, centreIds })) return null;
  const bytes = await readMaterialFile(db, id);
  return bytes ? { bytes, contentType: material.contentType, fileName: material.fileName } : null;
}
