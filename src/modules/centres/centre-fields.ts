import type { SessionUser } from '../../platform/auth/get-session-user.js';
import { adminScope, scopeCoversRegion } from '../../platform/auth/access.policy.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { regionOfMunicipality, type CentreFields } from './centres.repo.js';
import type { CentreInput } from './centres.schema.js';

/**
 * The saved fields of a centre form, after checking that its municipality is in one of the actor's regions (a
 * municipality outside every region, or outside the actor's, is refused next to the field).
 */
export async function centreFields(db: Database, actor: SessionUser, input: CentreInput): Promise<CentreFields> {
  const regionId = await regionOfMunicipality(db, input.municipality);
  const scope = adminScope(actor);
  if (!regionId || !scope || !scopeCoversRegion(scope, regionId)) throw invalidInput({ municipality: 'centres.error.municipalityScope' });
  const screens = input.offers.includes('infoScreens');
  return {
    nameFi: input.nameFi,
    nameSv: input.nameSv,
    kind: input.kind,
    streetAddress: input.streetAddress,
    postalCode: input.postalCode,
    postOffice: input.postOffice,
    municipalityCode: input.municipality,
    openingHours: input.openingHours,
    brochureRacks: input.offers.includes('brochureRacks'),
    noticeBoards: input.offers.includes('noticeBoards'),
    infoScreens: screens,
    groupRooms: input.offers.includes('groupRooms'),
    roomsDescription: input.roomsDescription,
    screenWidth: screens ? input.screenWidth : null,
    screenHeight: screens ? input.screenHeight : null,
    maxFileMb: input.maxFileMb ?? 5,
    maxPdfPages: input.maxPdfPages ?? 4,
  };
}
