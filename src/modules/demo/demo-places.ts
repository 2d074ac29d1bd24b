/**
 * The municipalities the demo data uses, with the Finnish case forms the templates need (genitive "Kuopion",
 * locative "Kuopiossa" / "Siilinjärvellä", illative, elative, residents "kuopiolais|et"), a few real postal codes
 * of each (checked against the postal code dataset in a test), a rough centre for coordinates and the area code
 * used to make up obviously fictional phone numbers.
 */
export interface DemoPlace {
  code: string;
  fi: string;
  sv: string;
  /** Genitive: Kuopion. */
  gen: string;
  /** Inessive or adessive, as the place takes: Kuopiossa, Siilinjärvellä. */
  loc: string;
  /** Illative or allative: Kuopioon, Siilinjärvelle. */
  ill: string;
  /** Elative or ablative: Kuopiosta, Siilinjärveltä. */
  ela: string;
  /** Stem of the residents' name, completed with -et / -ille: kuopiolais → kuopiolaiset, kuopiolaisille. */
  demonym: string;
  postalCodes: string[];
  lat: number;
  lon: number;
  /** Area code without the leading zero, for landline-looking numbers. */
  area: string;
  town: boolean;
  bilingual: boolean;
}

const P = (
  code: string,
  fi: string,
  sv: string,
  gen: string,
  loc: string,
  ill: string,
  ela: string,
  demonym: string,
  postalCodes: string[],
  lat: number,
  lon: number,
  area: string,
  town: boolean,
  bilingual = false,
): DemoPlace => ({ code, fi, sv, gen, loc, ill, ela, demonym, postalCodes, lat, lon, area, town, bilingual });

/** Every municipality of Pohjois-Savo (the region 'pohjois-savo'). */
export const POHJOIS_SAVO: DemoPlace[] = [
  P('140', 'Iisalmi', 'Idensalmi', 'Iisalmen', 'Iisalmessa', 'Iisalmeen', 'Iisalmesta', 'iisalmelais', ['74100', '74120'], 63.557, 27.19, '17', true),
  P('171', 'Joroinen', 'Jorois', 'Joroisten', 'Joroisissa', 'Joroisiin', 'Joroisista', 'joroislais', ['79600'], 62.179, 27.827, '17', false),
  P('204', 'Kaavi', 'Kaavi', 'Kaavin', 'Kaavilla', 'Kaaville', 'Kaavilta', 'kaavilais', ['73600'], 62.975, 28.48, '17', false),
  P('239', 'Keitele', 'Keitele', 'Keiteleen', 'Keiteleellä', 'Keiteleelle', 'Keiteleeltä', 'keiteleläis', ['72600'], 63.178, 26.35, '17', false),
  P('263', 'Kiuruvesi', 'Kiuruvesi', 'Kiuruveden', 'Kiuruvedellä', 'Kiuruvedelle', 'Kiuruvedeltä', 'kiuruvetis', ['74700'], 63.652, 26.62, '17', false),
  P('297', 'Kuopio', 'Kuopio', 'Kuopion', 'Kuopiossa', 'Kuopioon', 'Kuopiosta', 'kuopiolais', ['70100', '70110', '70500', '70600', '70800'], 62.892, 27.678, '17', true),
  P('402', 'Lapinlahti', 'Lapinlahti', 'Lapinlahden', 'Lapinlahdella', 'Lapinlahdelle', 'Lapinlahdelta', 'lapinlahtelais', ['73100'], 63.366, 27.392, '17', false),
  P('420', 'Leppävirta', 'Leppävirta', 'Leppävirran', 'Leppävirralla', 'Leppävirralle', 'Leppävirralta', 'leppävirtalais', ['79100'], 62.49, 27.786, '17', false),
  P('595', 'Pielavesi', 'Pielavesi', 'Pielaveden', 'Pielavedellä', 'Pielavedelle', 'Pielavedeltä', 'pielavetis', ['72400'], 63.237, 26.757, '17', false),
  P('686', 'Rautalampi', 'Rautalampi', 'Rautalammin', 'Rautalammilla', 'Rautalammille', 'Rautalammilta', 'rautalampilais', ['77700'], 62.624, 26.835, '17', false),
  P('687', 'Rautavaara', 'Rautavaara', 'Rautavaaran', 'Rautavaaralla', 'Rautavaaralle', 'Rautavaaralta', 'rautavaaralais', ['73900'], 63.495, 28.3, '17', false),
  P('749', 'Siilinjärvi', 'Siilinjärvi', 'Siilinjärven', 'Siilinjärvellä', 'Siilinjärvelle', 'Siilinjärveltä', 'siilinjärveläis', ['71800'], 63.075, 27.66, '17', true),
  P('762', 'Sonkajärvi', 'Sonkajärvi', 'Sonkajärven', 'Sonkajärvellä', 'Sonkajärvelle', 'Sonkajärveltä', 'sonkajärveläis', ['74300'], 63.669, 27.52, '17', false),
  P('778', 'Suonenjoki', 'Suonenjoki', 'Suonenjoen', 'Suonenjoella', 'Suonenjoelle', 'Suonenjoelta', 'suonenjokelais', ['77600'], 62.625, 27.127, '17', true),
  P('844', 'Tervo', 'Tervo', 'Tervon', 'Tervossa', 'Tervoon', 'Tervosta', 'tervolais', ['72210'], 62.955, 26.755, '17', false),
  P('857', 'Tuusniemi', 'Tuusniemi', 'Tuusniemen', 'Tuusniemellä', 'Tuusniemelle', 'Tuusniemeltä', 'tuusniemeläis', ['71200'], 62.812, 28.493, '17', false),
  P('915', 'Varkaus', 'Varkaus', 'Varkauden', 'Varkaudessa', 'Varkauteen', 'Varkaudesta', 'varkautelais', ['78200', '78250', '78300'], 62.315, 27.873, '17', true),
  P('921', 'Vesanto', 'Vesanto', 'Vesannon', 'Vesannolla', 'Vesannolle', 'Vesannolta', 'vesantolais', ['72300'], 62.93, 26.413, '17', false),
  P('925', 'Vieremä', 'Vieremä', 'Vieremän', 'Vieremällä', 'Vieremälle', 'Vieremältä', 'vieremäläis', ['74200'], 63.743, 27.003, '17', false),
];

/** Municipalities elsewhere in Finland with some demo activities. */
export const ELSEWHERE: DemoPlace[] = [
  P('091', 'Helsinki', 'Helsingfors', 'Helsingin', 'Helsingissä', 'Helsinkiin', 'Helsingistä', 'helsinkiläis', ['00100', '00150', '00250', '00500', '00530'], 60.17, 24.938, '9', true, true),
  P('049', 'Espoo', 'Esbo', 'Espoon', 'Espoossa', 'Espooseen', 'Espoosta', 'espoolais', ['02100', '02600'], 60.205, 24.655, '9', true, true),
  P('092', 'Vantaa', 'Vanda', 'Vantaan', 'Vantaalla', 'Vantaalle', 'Vantaalta', 'vantaalais', ['01300', '01600'], 60.294, 25.04, '9', true, true),
  P('837', 'Tampere', 'Tammerfors', 'Tampereen', 'Tampereella', 'Tampereelle', 'Tampereelta', 'tamperelais', ['33100', '33200', '33500'], 61.498, 23.761, '3', true),
  P('853', 'Turku', 'Åbo', 'Turun', 'Turussa', 'Turkuun', 'Turusta', 'turkulais', ['20100', '20500', '20700'], 60.452, 22.267, '2', true, true),
  P('564', 'Oulu', 'Uleåborg', 'Oulun', 'Oulussa', 'Ouluun', 'Oulusta', 'oululais', ['90100', '90130'], 65.012, 25.465, '8', true),
  P('179', 'Jyväskylä', 'Jyväskylä', 'Jyväskylän', 'Jyväskylässä', 'Jyväskylään', 'Jyväskylästä', 'jyväskyläläis', ['40100', '40320', '40520'], 62.242, 25.747, '14', true),
  P('167', 'Joensuu', 'Joensuu', 'Joensuun', 'Joensuussa', 'Joensuuhun', 'Joensuusta', 'joensuulais', ['80100', '80110'], 62.601, 29.763, '13', true),
  P('491', 'Mikkeli', 'S:t Michel', 'Mikkelin', 'Mikkelissä', 'Mikkeliin', 'Mikkelistä', 'mikkeliläis', ['50100', '50120'], 61.688, 27.272, '15', true),
  P('398', 'Lahti', 'Lahtis', 'Lahden', 'Lahdessa', 'Lahteen', 'Lahdesta', 'lahtelais', ['15100', '15110'], 60.983, 25.656, '3', true),
  P('905', 'Vaasa', 'Vasa', 'Vaasan', 'Vaasassa', 'Vaasaan', 'Vaasasta', 'vaasalais', ['65100', '65200'], 63.096, 21.616, '6', true, true),
  P('698', 'Rovaniemi', 'Rovaniemi', 'Rovaniemen', 'Rovaniemellä', 'Rovaniemelle', 'Rovaniemeltä', 'rovaniemeläis', ['96100', '96200'], 66.503, 25.729, '16', true),
  P('638', 'Porvoo', 'Borgå', 'Porvoon', 'Porvoossa', 'Porvooseen', 'Porvoosta', 'porvoolais', ['06100', '06150'], 60.393, 25.664, '19', true, true),
];

export const DEMO_PLACES: DemoPlace[] = [...POHJOIS_SAVO, ...ELSEWHERE];

const BY_CODE = new Map(DEMO_PLACES.map((p) => [p.code, p]));

export function demoPlace(code: string): DemoPlace {
  const place = BY_CODE.get(code);
  if (!place) throw new Error(`demo data: no place table entry for municipality ${code}`);
  return place;
}

/** Neighbouring municipalities an activity of a town sometimes also serves. */
export const NEIGHBOURS: Record<string, string[]> = {
  '297': ['749', '844', '857'],
  '140': ['925', '402', '762'],
  '915': ['171', '420'],
  '749': ['297'],
  '778': ['686'],
  '091': ['049', '092'],
  '049': ['091'],
  '092': ['091'],
  '837': [],
  '853': [],
};

export const TOWN_STREETS = [
  'Kauppakatu', 'Asemakatu', 'Kirkkokatu', 'Koulukatu', 'Puistokatu', 'Rantakatu', 'Myllykatu', 'Torikatu',
  'Tehtaankatu', 'Sairaalakatu', 'Kalevankatu', 'Harjukatu', 'Satamakatu', 'Vuorikatu',
];
export const VILLAGE_STREETS = [
  'Kirkkotie', 'Koulutie', 'Keskustie', 'Myllytie', 'Rantatie', 'Kauppatie', 'Urheilutie', 'Opintie', 'Kylätie', 'Pappilantie',
];
