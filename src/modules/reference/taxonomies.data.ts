/**
 * Tarjotin's three taxonomies with fi / sv / en labels and search synonyms. Codes are stable: they appear in URLs
 * (?tarve=masennus) and in the open data (taxonomy_term.code). Ids are derived from taxonomy slug + code.
 */
export interface TermData {
  code: string;
  fi: string;
  sv: string;
  en: string;
  synonyms?: { fi?: string[]; sv?: string[]; en?: string[] };
}
export interface TaxonomyData {
  slug: 'need' | 'support' | 'target';
  fi: string;
  sv: string;
  en: string;
  descriptionFi: string;
  descriptionEn: string;
  terms: TermData[];
}

export const TAXONOMIES: TaxonomyData[] = [
  {
    slug: 'need',
    fi: 'Tarpeet ja diagnoosit',
    sv: 'Behov och diagnoser',
    en: 'Needs and diagnoses',
    descriptionFi: 'Mihin elämäntilanteeseen tai terveyden haasteeseen tukea etsitään.',
    descriptionEn: 'The life situation or health challenge support is sought for.',
    terms: [
      { code: 'mielenterveys', fi: 'Mielenterveys', sv: 'Psykisk hälsa', en: 'Mental health', synonyms: { fi: ['mieli', 'psyykkinen hyvinvointi'], sv: ['mental hälsa'], en: ['mental wellbeing'] } },
      { code: 'masennus', fi: 'Masennus', sv: 'Depression', en: 'Depression', synonyms: { fi: ['depressio', 'alakulo', 'masentuneisuus'], sv: ['nedstämdhet'], en: ['low mood'] } },
      { code: 'ahdistus', fi: 'Ahdistus ja pelot', sv: 'Ångest och rädslor', en: 'Anxiety and fears', synonyms: { fi: ['paniikkihäiriö', 'jännittäminen'], sv: ['panikångest'], en: ['panic'] } },
      { code: 'uupumus', fi: 'Uupumus ja stressi', sv: 'Utmattning och stress', en: 'Exhaustion and stress', synonyms: { fi: ['en jaksa', 'burnout', 'loppuunpalaminen', 'väsymys'], sv: ['utbrändhet'], en: ['burnout', 'fatigue'] } },
      { code: 'paihteet', fi: 'Päihteet', sv: 'Rusmedel', en: 'Substance use', synonyms: { fi: ['alkoholi', 'huumeet', 'riippuvuus', 'päihdeongelma'], sv: ['alkohol', 'droger', 'missbruk'], en: ['alcohol', 'drugs', 'addiction'] } },
      { code: 'rahapelit', fi: 'Rahapelaaminen', sv: 'Penningspel', en: 'Gambling', synonyms: { fi: ['peliriippuvuus', 'pelaaminen'], sv: ['spelberoende'], en: ['gambling addiction'] } },
      { code: 'muistisairaus', fi: 'Muistisairaudet', sv: 'Minnessjukdomar', en: 'Memory disorders', synonyms: { fi: ['dementia', 'alzheimer', 'muistihäiriö'], sv: ['demens'], en: ['dementia', "alzheimer's"] } },
      { code: 'syopa', fi: 'Syöpä', sv: 'Cancer', en: 'Cancer', synonyms: { fi: ['syöpäsairaus', 'rintasyöpä'], sv: ['cancersjukdom'], en: ['oncology'] } },
      { code: 'sydan', fi: 'Sydän- ja verisuonisairaudet', sv: 'Hjärt- och kärlsjukdomar', en: 'Heart and vascular diseases', synonyms: { fi: ['sydänsairaus', 'aivoinfarkti', 'aivohalvaus', 'verenpaine'], sv: ['stroke'], en: ['stroke', 'heart disease'] } },
      { code: 'diabetes', fi: 'Diabetes', sv: 'Diabetes', en: 'Diabetes', synonyms: { fi: ['sokeritauti', 'tyypin 1 diabetes', 'tyypin 2 diabetes'], sv: ['sockersjuka'], en: ['type 2 diabetes'] } },
      { code: 'neurologinen', fi: 'Neurologiset sairaudet', sv: 'Neurologiska sjukdomar', en: 'Neurological conditions', synonyms: { fi: ['epilepsia', 'parkinson', 'ms-tauti', 'aivovamma'], sv: ['epilepsi'], en: ['epilepsy', "parkinson's", 'multiple sclerosis'] } },
      { code: 'reuma', fi: 'Reuma ja tuki- ja liikuntaelimet', sv: 'Reumatism och rörelseorgan', en: 'Rheumatism and musculoskeletal', synonyms: { fi: ['nivelrikko', 'selkäkipu', 'kipu'], sv: ['ledvärk'], en: ['arthritis', 'chronic pain'] } },
      { code: 'vammaisuus', fi: 'Vammaisuus', sv: 'Funktionsnedsättning', en: 'Disability', synonyms: { fi: ['kehitysvamma', 'liikuntavamma', 'näkövamma', 'kuulovamma', 'erityistarve'], sv: ['handikapp'], en: ['impairment', 'special needs'] } },
      { code: 'neuropsykiatria', fi: 'Neuropsykiatriset erityispiirteet', sv: 'Neuropsykiatriska funktionsnedsättningar', en: 'Neurodevelopmental conditions', synonyms: { fi: ['adhd', 'autismi', 'add', 'asperger'], sv: ['autism'], en: ['autism', 'adhd'] } },
      { code: 'yksinaisyys', fi: 'Yksinäisyys', sv: 'Ensamhet', en: 'Loneliness', synonyms: { fi: ['yksinäinen', 'sosiaalinen eristäytyneisyys', 'ystävän puute'], sv: ['isolering'], en: ['isolation'] } },
      { code: 'kriisi', fi: 'Kriisit ja menetykset', sv: 'Kriser och förluster', en: 'Crises and loss', synonyms: { fi: ['suru', 'läheisen kuolema', 'itsemurha', 'trauma', 'ero', 'avioero'], sv: ['sorg', 'skilsmässa'], en: ['grief', 'bereavement', 'divorce'] } },
      { code: 'vakivalta', fi: 'Väkivalta ja turvattomuus', sv: 'Våld och otrygghet', en: 'Violence and safety', synonyms: { fi: ['lähisuhdeväkivalta', 'perheväkivalta', 'kiusaaminen', 'häirintä'], sv: ['våld i nära relationer', 'mobbning'], en: ['domestic violence', 'bullying'] } },
      { code: 'talous', fi: 'Talous ja velat', sv: 'Ekonomi och skulder', en: 'Money and debt', synonyms: { fi: ['velka', 'ulosotto', 'toimeentulo', 'köyhyys', 'ruoka-apu'], sv: ['skuld', 'fattigdom', 'mathjälp'], en: ['debt', 'poverty', 'food aid'] } },
      { code: 'asuminen', fi: 'Asuminen', sv: 'Boende', en: 'Housing', synonyms: { fi: ['asunnottomuus', 'asunto', 'kodittomuus'], sv: ['bostadslöshet'], en: ['homelessness'] } },
      { code: 'tyo', fi: 'Työ ja opiskelu', sv: 'Arbete och studier', en: 'Work and studies', synonyms: { fi: ['työttömyys', 'työnhaku', 'opiskelu', 'kuntoutus'], sv: ['arbetslöshet'], en: ['unemployment', 'job seeking'] } },
      { code: 'perhe', fi: 'Perhe-elämä ja vanhemmuus', sv: 'Familjeliv och föräldraskap', en: 'Family life and parenting', synonyms: { fi: ['vanhemmuus', 'raskaus', 'vauva', 'parisuhde', 'eroperhe'], sv: ['föräldraskap', 'parrelation'], en: ['parenting', 'pregnancy', 'relationship'] } },
      { code: 'omaishoito', fi: 'Omaishoito ja läheisen tukeminen', sv: 'Närståendevård', en: 'Family caregiving', synonyms: { fi: ['omaishoitaja', 'omainen', 'läheinen'], sv: ['närstående', 'anhörigvårdare'], en: ['carer', 'caregiver'] } },
      { code: 'kotoutuminen', fi: 'Kotoutuminen', sv: 'Integration', en: 'Integration', synonyms: { fi: ['maahanmuutto', 'suomen kieli', 'pakolainen'], sv: ['invandring'], en: ['immigration', 'refugee', 'finnish language'] } },
      { code: 'ikaantyminen', fi: 'Ikääntyminen ja toimintakyky', sv: 'Åldrande och funktionsförmåga', en: 'Ageing and functional ability', synonyms: { fi: ['vanhuus', 'kaatumisten ehkäisy', 'kotona asuminen'], sv: ['ålderdom'], en: ['old age'] } },
      { code: 'terveys', fi: 'Terveelliset elämäntavat', sv: 'Hälsosamma levnadsvanor', en: 'Healthy lifestyle', synonyms: { fi: ['liikunta', 'ravitsemus', 'uni', 'painonhallinta', 'tupakointi'], sv: ['motion', 'kost'], en: ['exercise', 'nutrition', 'sleep'] } },
    ],
  },
  {
    slug: 'support',
    fi: 'Tuen muodot',
    sv: 'Former av stöd',
    en: 'Kinds of support',
    descriptionFi: 'Millaista tukea toiminta tarjoaa.',
    descriptionEn: 'What kind of support the activity offers.',
    terms: [
      { code: 'vertaistuki', fi: 'Vertaistuki', sv: 'Kamratstöd', en: 'Peer support', synonyms: { fi: ['vertaisryhmä', 'vertaistukiryhmä', 'kokemusasiantuntija'], sv: ['stödgrupp'], en: ['support group'] } },
      { code: 'neuvonta', fi: 'Neuvonta ja ohjaus', sv: 'Rådgivning och handledning', en: 'Advice and guidance', synonyms: { fi: ['ohjaus', 'palveluohjaus', 'oikeusneuvonta', 'sosiaalineuvonta'], sv: ['rådgivning'], en: ['counselling', 'information'] } },
      { code: 'ryhmatoiminta', fi: 'Ryhmätoiminta', sv: 'Gruppverksamhet', en: 'Group activities', synonyms: { fi: ['kerho', 'ryhmä', 'piiri', 'olohuone'], sv: ['klubb', 'grupp'], en: ['club', 'group'] } },
      { code: 'keskusteluapu', fi: 'Keskusteluapu', sv: 'Samtalsstöd', en: 'Someone to talk to', synonyms: { fi: ['keskustelu', 'tukipuhelin', 'auttava puhelin', 'chat', 'kuuntelu'], sv: ['samtal', 'stödtelefon', 'jourtelefon'], en: ['helpline', 'listening', 'chat'] } },
      { code: 'kriisiapu', fi: 'Kriisiapu', sv: 'Krishjälp', en: 'Crisis help', synonyms: { fi: ['kriisikeskus', 'kriisipuhelin', 'akuutti apu', 'hätä'], sv: ['krisjour'], en: ['crisis line', 'emergency'] } },
      { code: 'ystavatoiminta', fi: 'Ystävätoiminta', sv: 'Vänverksamhet', en: 'Befriending', synonyms: { fi: ['ystävä', 'ystäväpalvelu', 'kaveri', 'tukihenkilö'], sv: ['vän', 'stödperson'], en: ['friend', 'buddy', 'mentor'] } },
      { code: 'kurssit', fi: 'Kurssit ja leirit', sv: 'Kurser och läger', en: 'Courses and camps', synonyms: { fi: ['kurssi', 'leiri', 'sopeutumisvalmennus', 'koulutus', 'luento'], sv: ['kurs', 'läger'], en: ['course', 'camp', 'training'] } },
      { code: 'liikunta', fi: 'Liikunta ja ulkoilu', sv: 'Motion och friluftsliv', en: 'Exercise and outdoors', synonyms: { fi: ['kuntosali', 'jumppa', 'kävely', 'uinti', 'tanssi'], sv: ['gymnastik', 'promenad'], en: ['gym', 'walking', 'swimming'] } },
      { code: 'vapaaehtoistoiminta', fi: 'Vapaaehtoistoiminta', sv: 'Frivilligverksamhet', en: 'Volunteering', synonyms: { fi: ['vapaaehtoinen', 'vapaaehtoiseksi', 'talkoot'], sv: ['frivillig'], en: ['volunteer'] } },
      { code: 'aineellinen', fi: 'Aineellinen apu', sv: 'Materiell hjälp', en: 'Material help', synonyms: { fi: ['ruoka-apu', 'ruokajakelu', 'vaateapu', 'avustus'], sv: ['matutdelning'], en: ['food bank', 'clothing'] } },
      { code: 'edunvalvonta', fi: 'Edunvalvonta ja vaikuttaminen', sv: 'Intressebevakning', en: 'Advocacy', synonyms: { fi: ['vaikuttaminen', 'oikeudet', 'kokemustoiminta'], sv: ['påverkan'], en: ['rights'] } },
    ],
  },
  {
    slug: 'target',
    fi: 'Kohderyhmät',
    sv: 'Målgrupper',
    en: 'Target groups',
    descriptionFi: 'Kenelle toiminta on tarkoitettu.',
    descriptionEn: 'Who the activity is meant for.',
    terms: [
      { code: 'lapset', fi: 'Lapset', sv: 'Barn', en: 'Children', synonyms: { fi: ['lapsi', 'alakoululainen'], sv: ['barnen'], en: ['kids'] } },
      { code: 'nuoret', fi: 'Nuoret', sv: 'Unga', en: 'Young people', synonyms: { fi: ['nuori', 'teini', 'nuoret aikuiset', 'opiskelijat'], sv: ['ungdomar'], en: ['youth', 'teenagers'] } },
      { code: 'perheet', fi: 'Perheet', sv: 'Familjer', en: 'Families', synonyms: { fi: ['vanhemmat', 'lapsiperheet', 'yksinhuoltajat'], sv: ['föräldrar'], en: ['parents'] } },
      { code: 'aikuiset', fi: 'Työikäiset aikuiset', sv: 'Vuxna i arbetsför ålder', en: 'Working-age adults', synonyms: { fi: ['aikuinen', 'työikäinen'], sv: ['vuxna'], en: ['adults'] } },
      { code: 'ikaihmiset', fi: 'Ikäihmiset', sv: 'Äldre', en: 'Older people', synonyms: { fi: ['seniorit', 'eläkeläiset', 'vanhukset', 'ikääntyneet'], sv: ['seniorer', 'pensionärer'], en: ['seniors', 'elderly'] } },
      { code: 'omaiset', fi: 'Omaiset ja läheiset', sv: 'Anhöriga och närstående', en: 'Family members and carers', synonyms: { fi: ['omainen', 'läheinen', 'omaishoitaja'], sv: ['anhörig'], en: ['relatives', 'carers'] } },
      { code: 'maahanmuuttajat', fi: 'Maahanmuuttajat', sv: 'Invandrare', en: 'Immigrants', synonyms: { fi: ['maahanmuuttaja', 'turvapaikanhakijat', 'pakolaiset'], sv: ['flyktingar'], en: ['migrants', 'refugees'] } },
      { code: 'miehet', fi: 'Miehet', sv: 'Män', en: 'Men', synonyms: { fi: ['isät', 'pojat'], sv: ['pappor'], en: ['fathers'] } },
      { code: 'naiset', fi: 'Naiset', sv: 'Kvinnor', en: 'Women', synonyms: { fi: ['äidit', 'tytöt'], sv: ['mammor'], en: ['mothers'] } },
      { code: 'vammaiset', fi: 'Vammaiset henkilöt', sv: 'Personer med funktionsnedsättning', en: 'People with disabilities', synonyms: { fi: ['vammainen', 'erityisryhmät'], sv: ['funktionshindrade'], en: ['disabled people'] } },
      { code: 'sateenkaari', fi: 'Sateenkaarevat ihmiset', sv: 'Regnbågsmänniskor', en: 'LGBTIQ+ people', synonyms: { fi: ['hlbtiq', 'seksuaalivähemmistöt', 'sukupuolivähemmistöt'], sv: ['hbtqi'], en: ['lgbt', 'queer'] } },
      { code: 'ammattilaiset', fi: 'Sote-ammattilaiset', sv: 'Social- och hälsovårdspersonal', en: 'Health and social care professionals', synonyms: { fi: ['ammattilainen', 'hoitaja', 'sosiaalityöntekijä'], sv: ['personal'], en: ['staff', 'nurses'] } },
    ],
  },
];
