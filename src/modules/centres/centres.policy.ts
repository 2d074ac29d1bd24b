import { adminScope, isMaintainer, scopeCoversRegion } from '../../platform/auth/access.policy.js';
import { hasRole, type SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { forbidden, notFound } from '../../platform/errors.js';
import { findCentre, isLiaisonRow, type CentreRow } from './centres.repo.js';

/**
 * Who may do what with care centres and their materials, on the shared rules of platform/auth/access.policy.ts:
 * - anybody reads the list of centres, a centre's page and its notice-board print view;
 * - the administrators of the centre's region (platform administrators: every centre) create and edit centres and
 *   appoint and remove their liaisons; an administrator of another region gets 403;
 * - a centre's liaisons (role `liaison` scoped to the centre's id) decide on material sent to that centre and renew
 *   its kiosk token; a liaison of another centre, and anybody else, gets 403;
 * - an organisation's maintainers send material for it and see its material only (others: 404);
 * - the kiosk's secret token shows that centre's approved, valid slides and nothing else.
 * Routes call these before the use case; use cases call them again inside their transaction.
 */

/** Whether the user administers the centre's region (or is a platform administrator). */
export function canAdministerCentre(user: SessionUser | null, centre: Pick<CentreRow, 'regionId'>): boolean {
  const scope = adminScope(user);
  return scope !== null && scopeCoversRegion(scope, centre.regionId);
}

/** Whether the user may create centres at all (any administrator; the municipality is checked against the scope). */
export function requireCentreCreator(user: SessionUser): { regionIds: string[] | null } {
  const scope = adminScope(user);
  if (!scope) throw forbidden('not an administrator');
  return scope;
}

/** The centre for its administrator: NOT_FOUND without such a centre, FORBIDDEN outside the administrator's regions. */
export async function requireCentreAdministrator(db: Database, user: SessionUser, centreId: string): Promise<CentreRow> {
  const centre = await findCentre(db, centreId);
  if (!centre) throw notFound('centre');
  if (!canAdministerCentre(user, centre)) throw forbidden('centre outside the administrator’s regions');
  return centre;
}

/** Whether the signed-in user is a liaison of the centre (as loaded with the session). */
export function isLiaisonOf(user: SessionUser | null, centreId: string): boolean {
  return hasRole(user, 'liaison', centreId);
}

/** The centres the user is a liaison of (from the session's roles). */
export function centresOfLiaison(user: SessionUser | null): string[] {
  return (user?.roles ?? []).filter((r) => r.role === 'liaison' && r.scopeId).map((r) => r.scopeId!);
}

/** Any liaison role (the header link, the liaison's desk). */
export function isAnyLiaison(user: SessionUser | null): boolean {
  return centresOfLiaison(user).length > 0;
}

/**
 * The centre for one of its liaisons, checked in the database (inside the caller's transaction, so a role removed
 * meanwhile counts): NOT_FOUND without such a centre, FORBIDDEN for anybody who is not its liaison.
 */
export async function requireLiaison(db: Database, user: SessionUser, centreId: string): Promise<CentreRow> {
  const centre = await findCentre(db, centreId);
  if (!centre) throw notFound('centre');
  if (!(await isLiaisonRow(db, { userId: user.id, centreId }))) throw forbidden('not a liaison of this centre');
  return centre;
}

/** Route guard: only liaisons (of any centre) reach the liaison's pages; which centre is checked by requireLiaison. */
export function requireAnyLiaison(user: SessionUser): void {
  if (!isAnyLiaison(user)) throw forbidden('not a liaison');
}

/** Route guard: only maintainers send material (which organisation is checked in the use case). */
export function requireAnyMaintainer(user: SessionUser): void {
  if (!user.roles.some((r) => r.role === 'maintainer')) throw forbidden('not a maintainer');
}

/**
 * Who may read a material's file: anybody while it is approved for some centre and valid today; otherwise its
 * organisation's maintainers and the liaisons of the centres it was sent to.
 */
export function canReadMaterialFile(
  user: SessionUser | null,
  material: { organizationId: string; publicNow: boolean; centreIds: string[] },
): boolean {
  if (material.publicNow) return true;
  if (hasRole(user, 'maintainer', material.organizationId)) return true;
  return material.centreIds.some((id) => isLiaisonOf(user, id));
}

/**
 * The side a user takes in an agreement: 'ngo' for the organisation's maintainers, 'centre' for the centre's
 * liaisons (checked in the database), null for anybody else — who is told nothing exists (404), so an NGO never
 * sees another's proposals.
 */
export async function agreementSide(db: Database, user: SessionUser, agreement: { organizationId: string; centreId: string }): Promise<'ngo' | 'centre' | null> {
  if (await isMaintainer(db, { userId: user.id, organizationId: agreement.organizationId })) return 'ngo';
  if (await isLiaisonRow(db, { userId: user.id, centreId: agreement.centreId })) return 'centre';
  return null;
}

/** The agreement and the user's side in it; NOT_FOUND for anybody who is neither side. */
export async function requireAgreementSide<A extends { organizationId: string; centreId: string }>(db: Database, user: SessionUser, agreement: A | null): Promise<{ agreement: A; side: 'ngo' | 'centre' }> {
  if (!agreement) throw notFound('agreement');
  const side = await agreementSide(db, user, agreement);
  if (!side) throw notFound('agreement');
  return { agreement, side };
}
