import { isPlatformAdmin, scopeCoversRegion } from '../../platform/auth/access.policy.js';
import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { pick, type Lang } from '../../platform/i18n/i18n.js';
import { canManageRole, requireAdministrator } from './admin.policy.js';
import { listAdministratorRows, listRegionRows } from './admin.repo.js';

export interface Administrator {
  userId: string;
  email: string;
  role: 'platform_admin' | 'regional_admin';
  regionId: string | null;
  regionName: string | null;
  /** True when the viewer may remove this role. */
  revocable: boolean;
}

export interface AdministratorsView {
  administrators: Administrator[];
  /** Regions the viewer may appoint regional administrators for. */
  regions: { id: string; name: string }[];
  /** True when the viewer may appoint platform administrators. */
  mayAppointPlatformAdmins: boolean;
}

/**
 * The administrators the viewer may see (a platform administrator: all; a regional administrator: those of their
 * regions) and the choices of the appointment form. Throws FORBIDDEN for someone who administers nothing.
 */
export async function listAdministrators(options: { db: Database; actor: SessionUser; lang: Lang }): Promise<AdministratorsView> {
  const scope = requireAdministrator(options.actor);
  const [rows, regions] = await Promise.all([listAdministratorRows(options.db, scope.regionIds), listRegionRows(options.db)]);
  return {
    administrators: rows.map((r) => ({
      userId: r.userId,
      email: r.email,
      role: r.role,
      regionId: r.regionId,
      regionName: r.regionNameFi ? pick(options.lang, r.regionNameFi, r.regionNameSv, r.regionNameEn) : r.regionId,
      revocable: canManageRole(options.actor, r.role, r.regionId),
    })),
    regions: regions.filter((g) => scopeCoversRegion(scope, g.id)).map((g) => ({ id: g.id, name: pick(options.lang, g.nameFi, g.nameSv, g.nameEn) })),
    mayAppointPlatformAdmins: isPlatformAdmin(options.actor),
  };
}
