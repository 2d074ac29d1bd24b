import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { dateInput } from '../events/helsinki-time.js';
import { listMaintainedOrganizations, listOrganizationMaterials, listTargets, type MaterialRow, type TargetRow } from './materials.repo.js';

export interface MyMaterial extends MaterialRow {
  targets: TargetRow[];
  expired: boolean;
}

/** The material of the organisations the user maintains (only theirs), with each centre's decision. */
export async function listMyMaterials({ db, actor, now }: { db: Database; actor: SessionUser; now: Date }): Promise<{ canSend: boolean; materials: MyMaterial[] }> {
  const organizations = await listMaintainedOrganizations(db, actor.id);
  const rows = await listOrganizationMaterials(
    db,
    organizations.map((o) => o.id),
  );
  const targets = await listTargets(
    db,
    rows.map((r) => r.id),
  );
  const today = dateInput(now);
  return {
    canSend: organizations.length > 0,
    materials: rows.map((r) => ({ ...r, targets: targets.filter((t) => t.materialId === r.id), expired: r.validUntil < today })),
  };
}
