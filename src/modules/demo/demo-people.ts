import { asciiSlug } from './demo-text.js';
import type { Random } from './random.js';

/**
 * Made-up contact persons. Surnames are invented compounds of berries and plants with landscape words
 * ("Karpalorinne", "Kielolampi"), so nobody mistakes them for real people.
 */
const FIRST_NAMES_FI = [
  'Aino', 'Anna', 'Anneli', 'Eeva', 'Elina', 'Hanna', 'Heidi', 'Helena', 'Irma', 'Johanna', 'Katja', 'Kirsi', 'Laura',
  'Leena', 'Liisa', 'Maija', 'Marja', 'Minna', 'Noora', 'Outi', 'Paula', 'Riikka', 'Sari', 'Satu', 'Tiina', 'Ulla',
  'Veera', 'Antti', 'Eero', 'Heikki', 'Jari', 'Juha', 'Jukka', 'Kalle', 'Markku', 'Matti', 'Mikko', 'Olli', 'Pekka',
  'Petri', 'Risto', 'Sami', 'Teemu', 'Timo', 'Toni', 'Veikko', 'Ville', 'Ilona', 'Sanni', 'Aleksi',
];
const FIRST_NAMES_SV = ['Annika', 'Camilla', 'Johan', 'Mikael', 'Linnea', 'Henrik', 'Sofia', 'Fredrik', 'Ebba', 'Mats'];
const FIRST_NAMES_INTERNATIONAL = ['Amina', 'Yusuf', 'Olena', 'Dmitri', 'Fatima', 'Samir', 'Leyla', 'Tomás', 'Mariam', 'Kofi'];

const SURNAME_HEADS = [
  'Karpalo', 'Mustikka', 'Puolukka', 'Vadelma', 'Kanerva', 'Kielo', 'Sammal', 'Kaisla', 'Vaahtera', 'Saarni',
  'Tyrni', 'Mesimarja', 'Suopursu', 'Variksenmarja', 'Sinivuokko', 'Lumme',
];
const SURNAME_TAILS = ['rinne', 'lahti', 'mäki', 'niemi', 'vaara', 'salo', 'korpi', 'harju', 'lampi', 'kallio', 'kumpu', 'kangas', 'ranta'];
const SURNAMES_SV = ['Lingonholm', 'Blåbärsgren', 'Hjortronvik', 'Mossudde', 'Ljungstrand', 'Tranbärsdal', 'Näverlund'];

export interface DemoPerson {
  name: string;
  /** firstname.lastname in ASCII, for an e-mail address. */
  local: string;
}

export function makePerson(rng: Random, flavour: 'fi' | 'sv' | 'international' = 'fi'): DemoPerson {
  const first =
    flavour === 'sv' ? rng.pick(FIRST_NAMES_SV) : flavour === 'international' ? rng.pick(FIRST_NAMES_INTERNATIONAL) : rng.pick(FIRST_NAMES_FI);
  const last = flavour === 'sv' ? rng.pick(SURNAMES_SV) : `${rng.pick(SURNAME_HEADS)}${rng.pick(SURNAME_TAILS)}`;
  return { name: `${first} ${last}`, local: `${asciiSlug(first)}.${asciiSlug(last)}` };
}

/** An obviously fictional Finnish number: the middle group is always 0000. */
export function fictionalPhone(rng: Random, area: string | 'mobile'): string {
  const prefix = area === 'mobile' ? rng.pick(['40', '44', '50']) : area;
  return `+358 ${prefix} 0000 ${String(rng.int(100, 999))}`;
}
