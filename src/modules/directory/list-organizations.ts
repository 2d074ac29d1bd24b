import type { Database } from '../../platform/db/database.js';
import { badRequest } from '../../platform/errors.js';
import { collator, pick, type Lang } from '../../platform/i18n/i18n.js';
import { findMunicipality, listMunicipalitiesWithOrganizations, listPublicOrganizationsForIndex } from './directory.repo.js';
import type { LetterGroup, MunicipalityRef, OrganizationIndex, OrganizationListItem } from './directory.types.js';

/** The Finnish (and Swedish) alphabet of the letter navigation: A–Z, then Å, Ä, Ö. */
export const ALPHABET = [...'ABCDEFGHIJKLMNOPQRSTUVWXYZÅÄÖ'];
/** The group of names that start with no letter of the alphabet (digits, other scripts). */
export const OTHER_GROUP = '#';

/** The letter a name is listed under: its first letter or digit, matched to the alphabet by the collator (É → E, Ü → Y). */
export function initialLetter(name: string, coll: Intl.Collator): string {
  const first = /[\p{L}\p{N}]/u.exec(name)?.[0];
  if (!first) return OTHER_GROUP;
  const upper = first.toLocaleUpperCase('fi');
  if (ALPHABET.includes(upper)) return upper;
  return ALPHABET.find((letter) => coll.compare(upper, letter) === 0) ?? OTHER_GROUP;
}

/**
 * "Katso kaikki järjestöt": every published organisation A–Ö by its name in the page language (Finnish fallback),
 * grouped by initial letter in Finnish/Swedish alphabet order (Å, Ä, Ö after Z). With a municipality code, only the
 * organisations located there or having a published activity available there. Throws BAD_REQUEST for an unknown code.
 */
export async function listOrganizations({ db, lang, municipality }: { db: Database; lang: Lang; municipality?: string }): Promise<OrganizationIndex> {
  let chosen: MunicipalityRef | null = null;
  if (municipality) {
    chosen = await findMunicipality(db, municipality);
    if (!chosen) throw badRequest(`municipality: no municipality has the code ${municipality}`);
  }
  const [organizations, withOrganizations] = await Promise.all([listPublicOrganizationsForIndex(db, chosen?.code), listMunicipalitiesWithOrganizations(db)]);
  const coll = collator(lang);
  const nameOf = (o: OrganizationListItem) => pick(lang, o.name.fi, o.name.sv, o.name.en);
  const items = organizations.sort((a, b) => coll.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : 1));
  const groups = new Map<string, OrganizationListItem[]>([[OTHER_GROUP, []], ...ALPHABET.map((l): [string, OrganizationListItem[]] => [l, []])]);
  for (const item of items) groups.get(initialLetter(nameOf(item), coll))!.push(item);
  const letters: LetterGroup[] = [...groups.entries()]
    .filter(([letter, list]) => letter !== OTHER_GROUP || list.length > 0)
    .map(([letter, organizations]) => ({ letter, organizations }));

  const municipalityName = (m: MunicipalityRef) => (lang === 'sv' ? m.nameSv : m.nameFi);
  const municipalities = withOrganizations
    .concat(chosen && !withOrganizations.some((m) => m.code === chosen.code) ? [chosen] : [])
    .sort((a, b) => coll.compare(municipalityName(a), municipalityName(b)));
  return { total: items.length, letters, municipalities, municipality: chosen };
}
