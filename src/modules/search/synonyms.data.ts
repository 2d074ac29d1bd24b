/**
 * Curated lay words and synonyms for search, in Finnish, Swedish and English: general language knowledge of the
 * social- and health-care field, not tuned to any test collection. Each word is a single word in its base form
 * (the search stems both sides, so inflected query words find them too).
 *
 * `groups`: words that mean the same; each one expands to all the others.
 * `oneWay`: a word that expands to broader or related words, but not back (alkoholi → päihteet, not päihteet → alkoholi).
 */
export type SynonymLang = 'fi' | 'sv' | 'en';

export interface SynonymData {
  groups: Record<SynonymLang, string[][]>;
  oneWay: Record<SynonymLang, [string, string[]][]>;
}

export const SYNONYMS: SynonymData = {
  groups: {
    fi: [
      ['masennus', 'depressio', 'alakulo', 'masentuneisuus'],
      ['muistisairaus', 'muistisairas', 'dementia', 'muistihäiriö', 'alzheimer'],
      ['päihde', 'päihteet', 'päihdeongelma'],
      ['omaishoitaja', 'omainen', 'läheinen', 'omaishoito'],
      ['uupumus', 'burnout', 'loppuunpalaminen', 'väsymys'],
      ['ahdistus', 'ahdistuneisuus', 'paniikki', 'paniikkihäiriö'],
      ['yksinäisyys', 'eristyneisyys', 'yksinäinen'],
      ['vertaistuki', 'vertaisryhmä', 'tukiryhmä', 'vertaistukiryhmä'],
      ['keskusteluapu', 'keskustelutuki', 'juttuseura'],
      ['kriisi', 'kriisiapu', 'hätä'],
      ['itsetuho', 'itsemurha', 'itsetuhoisuus'],
      ['sureminen', 'suru', 'menetys', 'läheisen kuolema'],
      ['lähisuhdeväkivalta', 'perheväkivalta', 'väkivalta', 'kaltoinkohtelu'],
      ['nuori', 'nuoret', 'nuoriso', 'teini'],
      ['lapsi', 'lapset', 'lapsuus'],
      ['ikäihminen', 'ikääntynyt', 'vanhus', 'seniori', 'eläkeläinen'],
      ['maahanmuuttaja', 'maahanmuuttajat', 'pakolainen', 'turvapaikanhakija', 'kotoutuminen'],
      ['työtön', 'työttömyys', 'työnhakija'],
      ['velka', 'velat', 'talousongelma', 'raha-asiat', 'talousneuvonta'],
      ['asunnottomuus', 'asunnoton', 'koditon'],
      ['syöpä', 'syöpäsairaus', 'kasvain'],
      ['sydänsairaus', 'sydäntauti', 'sydän'],
      ['aivoinfarkti', 'aivohalvaus', 'aivoverenkiertohäiriö'],
      ['diabetes', 'sokeritauti'],
      ['vammainen', 'vamma', 'vammaisuus', 'kehitysvamma'],
      ['autismi', 'asperger', 'autismikirjo'],
      ['adhd', 'add', 'tarkkaavaisuushäiriö'],
      ['rahapelaaminen', 'peliriippuvuus', 'pelaaminen', 'uhkapeli'],
      ['riippuvuus', 'addiktio', 'koukku'],
      ['alkoholi', 'viina', 'juominen'],
      ['liikunta', 'urheilu', 'kuntoilu', 'jumppa'],
      ['ulkoilu', 'retkeily', 'luontoliikunta'],
      ['neuvonta', 'ohjaus', 'opastus'],
      ['puhelin', 'puhelinpalvelu', 'auttava puhelin'],
      ['chat', 'verkkochat', 'tukichat'],
      ['etä', 'etänä', 'verkossa', 'verkko', 'online'],
      ['vapaaehtoinen', 'vapaaehtoistyö', 'vapaaehtoistoiminta'],
      ['ystävä', 'ystävätoiminta', 'tukihenkilö'],
      ['leiri', 'kurssi', 'sopeutumisvalmennus'],
      ['harrastus', 'kerho', 'harrastustoiminta'],
      ['mielenterveys', 'mieli', 'psyykkinen'],
      ['syrjäytyminen', 'syrjäytynyt', 'osattomuus'],
      ['raskaus', 'raskausaika', 'odottava'],
      ['vanhemmuus', 'vanhemmat'],
      ['ero', 'avioero', 'erotilanne'],
      ['kuulovamma', 'kuuro', 'huonokuuloinen'],
      ['näkövamma', 'sokea', 'heikkonäköinen'],
      ['kipu', 'krooninen kipu', 'särky'],
      ['syömishäiriö', 'anoreksia', 'bulimia', 'ahmiminen'],
      ['unettomuus', 'uniongelma', 'univaikeus'],
      ['sateenkaari', 'hlbtiq', 'seksuaalivähemmistö', 'sukupuolivähemmistö'],
    ],
    sv: [
      ['depression', 'nedstämdhet'],
      ['demens', 'minnessjukdom', 'alzheimer'],
      ['närstående', 'anhörig', 'anhörigvårdare', 'närståendevårdare'],
      ['missbruk', 'rusmedel', 'beroende'],
      ['alkohol', 'sprit', 'drickande'],
      ['droger', 'narkotika'],
      ['utmattning', 'utbrändhet', 'stress'],
      ['ångest', 'oro', 'panikångest'],
      ['ensamhet', 'ensam', 'isolering'],
      ['kamratstöd', 'stödgrupp', 'kamratgrupp'],
      ['kris', 'krishjälp', 'akut'],
      ['sorg', 'förlust', 'sörjande'],
      ['våld', 'närståendevåld', 'familjevåld'],
      ['unga', 'ungdomar', 'ungdom', 'unga vuxna'],
      ['äldre', 'seniorer', 'pensionärer'],
      ['invandrare', 'flykting', 'migrant'],
      ['cancer', 'cancersjukdom', 'tumör'],
      ['samtalsstöd', 'samtal', 'samtalshjälp'],
      ['psykisk', 'mental', 'psykisk hälsa'],
      ['skulder', 'skuld', 'ekonomisk rådgivning'],
      ['rådgivning', 'handledning'],
      ['funktionsnedsättning', 'funktionshinder', 'handikapp'],
    ],
    en: [
      ['depression', 'depressed', 'low mood'],
      ['dementia', 'alzheimer', 'memory'],
      ['carer', 'caregiver', 'family', 'relative'],
      ['addiction', 'substance', 'alcohol', 'drugs'],
      ['burnout', 'exhaustion', 'stress', 'fatigue'],
      ['anxiety', 'panic', 'worry'],
      ['loneliness', 'lonely', 'isolation'],
      ['peer', 'support group', 'self-help'],
      ['crisis', 'emergency', 'urgent'],
      ['grief', 'bereavement', 'loss'],
      ['violence', 'abuse', 'domestic'],
      ['youth', 'young', 'teenagers', 'adolescents'],
      ['elderly', 'older', 'seniors', 'aged'],
      ['immigrant', 'immigrants', 'migrant', 'refugee', 'newcomer'],
      ['cancer', 'oncology', 'tumour', 'tumor'],
      ['counselling', 'counseling', 'advice', 'guidance'],
      ['debt', 'money', 'finances'],
      ['disability', 'disabled', 'impairment'],
      ['online', 'remote', 'virtual'],
    ],
  },
  oneWay: {
    fi: [
      ['alkoholi', ['päihteet', 'päihde']],
      ['huumeet', ['päihteet', 'päihde']],
      ['huume', ['päihteet', 'päihde']],
      ['kannabis', ['päihteet', 'päihde', 'huumeet']],
      ['juominen', ['päihteet', 'päihde']],
      ['masentunut', ['masennus']],
      ['ahdistunut', ['ahdistus']],
      ['jaksaa', ['uupumus', 'masennus']],
      ['jaksa', ['uupumus', 'masennus']],
      ['jaksaminen', ['uupumus']],
      ['väsynyt', ['uupumus']],
      ['yksin', ['yksinäisyys']],
      ['dementia', ['muistisairaus']],
      ['omainen', ['omaishoitaja', 'läheinen']],
      ['leski', ['suru', 'sureminen']],
      ['kuolema', ['suru']],
      ['humala', ['päihteet', 'päihde']],
      ['tupakka', ['nikotiini', 'päihteet', 'päihde']],
      ['mielenterveysongelma', ['mielenterveys']],
      ['työuupumus', ['uupumus']],
      ['psykoosi', ['mielenterveys']],
      ['skitsofrenia', ['mielenterveys', 'psykoosi']],
      ['kaksisuuntainen', ['mielenterveys']],
      ['parkinson', ['neurologinen']],
      ['ms-tauti', ['neurologinen']],
      ['epilepsia', ['neurologinen']],
      ['reuma', ['nivelsairaus']],
      ['astma', ['allergia', 'hengitys']],
      ['koulukiusaaminen', ['kiusaaminen']],
      ['kiusattu', ['kiusaaminen']],
      ['maahanmuuttaja', ['kotoutuminen']],
      ['isovanhempi', ['ikäihminen']],
      ['mummo', ['ikäihminen']],
      ['vaari', ['ikäihminen']],
    ],
    sv: [
      ['deprimerad', ['depression']],
      ['orkar', ['utmattning', 'depression']],
      ['trött', ['utmattning']],
      ['ensam', ['ensamhet']],
      ['alkohol', ['missbruk', 'rusmedel']],
      ['droger', ['missbruk', 'rusmedel']],
      ['anhörig', ['närstående']],
    ],
    en: [
      ['depressed', ['depression']],
      ['lonely', ['loneliness']],
      ['alcohol', ['addiction']],
      ['drugs', ['addiction']],
      ['tired', ['exhaustion', 'burnout']],
      ['caregiver', ['carer']],
    ],
  },
};

export interface SynonymEntry {
  lang: SynonymLang;
  term: string;
  expansion: string[];
}

/** Every word with its expansions (groups expanded both ways, one-way entries merged in). */
export function synonymEntries(data: SynonymData = SYNONYMS): SynonymEntry[] {
  const map = new Map<string, { lang: SynonymLang; term: string; expansion: Set<string> }>();
  const add = (lang: SynonymLang, term: string, words: string[]) => {
    const key = `${lang}:${term}`;
    const entry = map.get(key) ?? { lang, term, expansion: new Set<string>() };
    for (const w of words) if (w !== term) entry.expansion.add(w);
    map.set(key, entry);
  };
  for (const lang of ['fi', 'sv', 'en'] as const) {
    for (const group of data.groups[lang]) for (const term of group) add(lang, term, group);
    for (const [term, words] of data.oneWay[lang]) add(lang, term, words);
  }
  return [...map.values()].map((e) => ({ lang: e.lang, term: e.term, expansion: [...e.expansion] }));
}
