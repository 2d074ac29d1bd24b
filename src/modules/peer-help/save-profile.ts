import type { SessionUser } from '../../platform/auth/get-session-user.js';
import type { Database } from '../../platform/db/database.js';
import { invalidInput } from '../../platform/errors.js';
import { newId } from '../../platform/ids.js';
import { listMunicipalities } from '../reference/municipalities.js';
import { municipalityOfPostalCode } from './peer-help-places.js';
import { findProfileByUser, upsertProfile } from './peer-help.repo.js';
import type { ProfileInput } from './peer-help.schema.js';

/**
 * Saves the signed-in person's helper profile (creates it the first time). A postal code must be a Finnish one in
 * the postal-code dataset; a postal code alone sets the municipality from the dataset. Returns the profile's id.
 */
export async function saveProfile({ db, user, input }: { db: Database; user: SessionUser; input: ProfileInput }): Promise<string> {
  let municipality = input.municipality || null;
  if (municipality && !listMunicipalities().some((m) => m.code === municipality)) throw invalidInput({ municipality: 'peerHelp.error.municipality' });
  if (input.postalCode) {
    const fromPostcode = municipalityOfPostalCode(input.postalCode);
    if (!fromPostcode) throw invalidInput({ postalCode: 'peerHelp.error.postalCode' });
    municipality ??= fromPostcode;
  }
  const existing = await findProfileByUser(db, user.id);
  const id = existing?.id ?? newId();
  await upsertProfile(db, {
    id,
    userId: user.id,
    displayName: input.displayName,
    municipalityCode: municipality,
    postalCode: input.postalCode || null,
    distanceKm: input.distanceKm,
    categories: input.categories,
    skills: input.skills,
    languages: input.languages,
    education: input.education,
    experience: input.experience,
    description: input.description,
    videoUrl: input.videoUrl || null,
    linkedinUrl: input.linkedinUrl || null,
    showCv: input.showCv,
    currentOrganisation: input.currentOrganisation,
    notify: input.notify,
  });
  return id;
}
