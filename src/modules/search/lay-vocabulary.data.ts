/**
 * The lay vocabulary of search: how people write about their needs, feelings, situations and the people close to
 * them, in Finnish, Swedish and English, mapped to the words services are described with and to the taxonomy terms
 * (`src/modules/reference/taxonomies.data.ts`). Written as general knowledge of everyday language in this field,
 * not from any test collection; `lay-vocabulary.test.ts` checks that every need, kind of support and target group
 * has entries in all three languages.
 *
 * Phrase syntax: words separated by spaces, matched against consecutive query words; a word ending in `*` matches
 * any word starting with what precedes the star (inflected forms: `juo*` = juo, juon, juovat; at least three
 * letters before the star). Longer phrases win over shorter ones.
 *
 * `means`: the words to look for instead of the phrase (any language; stemmed and expanded with synonyms like typed
 * words). `needs` / `supports` / `targets`: term codes whose activities rank a little higher (never a filter).
 */
export interface LayEntry {
  fi: string[];
  sv: string[];
  en: string[];
  means: string[];
  /** a relation word that keeps its own meaning too ("äiti"), unlike a possessive one ("äitini") */
  soft?: boolean;
  needs?: string[];
  supports?: string[];
  targets?: string[];
}

/** Feelings, situations and problems, by need. */
const NEEDS: LayEntry[] = [
  {
    needs: ['mielenterveys'],
    fi: ['mieli maassa', 'psyykkisesti sairas', 'mielenterveysongelm*', 'en voi hyvin', 'pää hajoaa', 'hermot loppu', 'hermoromahdus'],
    sv: ['mår dåligt', 'mår inte bra', 'psykisk ohälsa', 'psykiskt sjuk'],
    en: ['feel bad', 'not ok', 'mental health', 'mentally ill', 'struggling'],
    means: ['mielenterveys', 'mieli', 'keskusteluapu', 'psykisk', 'mental'],
  },
  {
    needs: ['masennus', 'mielenterveys'],
    fi: ['masentaa', 'masentunut', 'masentuneisuus', 'alakulo*', 'alavire*', 'surullinen', 'ei huvita mikään', 'mikään ei kiinnosta', 'ei jaksa nousta', 'itkettää', 'olo on tyhjä', 'ei ilo*'],
    sv: ['deprimerad', 'nedstämd', 'ledsen', 'känner mig nere', 'ingen glädje'],
    en: ['depressed', 'feel down', 'feeling down', 'sad', 'low mood', 'feel empty', 'no joy'],
    means: ['masennus', 'alakulo', 'mielenterveys', 'depression', 'nedstämdhet'],
  },
  {
    needs: ['ahdistus', 'mielenterveys'],
    fi: ['ahdistaa', 'ahdistunut', 'ahdistuk*', 'pelottaa', 'paniikkikohtau*', 'jännittää', 'jännittäjä*', 'huolestuttaa', 'sydän hakkaa', 'en uskalla'],
    sv: ['ångestfylld', 'jag är rädd', 'panikattack*', 'nervös', 'orolig'],
    en: ['anxious', 'panic attack*', 'scared', 'nervous', 'worried all the time'],
    means: ['ahdistus', 'paniikki', 'jännittäminen', 'pelko', 'ångest', 'anxiety'],
  },
  {
    needs: ['uupumus', 'masennus', 'mielenterveys'],
    fi: ['en jaksa', 'ei jaksa', 'en enää jaksa', 'en jaksa enää', 'ei jaksa enää', 'jaksa enää', 'en kestä', 'en kestä enää', 'voimat loppu*', 'väsyttää', 'väsynyt kaikkeen'],
    sv: ['orkar inte', 'orkar inte mer', 'jag orkar inte', 'trött på allt'],
    en: ["can't cope", 'cant cope', 'cannot cope', "can't go on"],
    means: ['uupumus', 'jaksaminen', 'masennus', 'keskusteluapu', 'utmattning', 'orka', 'prata', 'samtal', 'burnout', 'talk'],
  },
  {
    needs: ['uupumus'],
    fi: ['uuvuksissa', 'uupunut', 'loppuun palanut', 'loppuunpalanut', 'ylikuormittu*'],
    sv: ['utmattad', 'utbränd', 'slutkörd'],
    en: ['exhausted', 'burned out', 'burnt out', 'worn out'],
    means: ['uupumus', 'utmattning', 'burnout'],
  },
  {
    needs: ['paihteet'],
    fi: ['juo', 'juon', 'juovat', 'juoda', 'juonut', 'juopottelu', 'juo liikaa', 'juominen', 'juoppo*', 'ryyppää*', 'ryyppy*', 'dokaa', 'kännää*', 'humalassa', 'viinaa', 'alkoholisti', 'käyttää huumeita', 'huumei*', 'polttaa pilveä', 'piriä', 'päihdeongelm*'],
    sv: ['dricker', 'dricker för mycket', 'alkoholist', 'tar droger', 'knark*'],
    en: ['drinks', 'drinks too much', 'drinking', 'drunk', 'alcoholic', 'uses drugs', 'on drugs'],
    means: ['päihde', 'päihteet', 'alkoholi', 'juominen', 'huumeet', 'missbruk', 'alkohol', 'dricka', 'addiction', 'alcohol', 'drink'],
  },
  {
    needs: ['rahapelit'],
    fi: ['pelaa rahapel*', 'pelaa liikaa', 'pelaa rahansa', 'nettikasino*', 'pelivelk*', 'raha-automaat*', 'vedonlyön*'],
    sv: ['spelar för mycket', 'spelar bort', 'nätkasino*'],
    en: ['gambles', 'gambling debt*', 'betting too much'],
    means: ['rahapelaaminen', 'peliriippuvuus', 'pelaaminen', 'spelberoende', 'gambling'],
  },
  {
    needs: ['muistisairaus'],
    fi: ['muisti pettää', 'muisti alkaa pettää', 'unohtelee', 'unohtaa asioita', 'dementoitu*'],
    sv: ['glömmer', 'minnet sviktar', 'dement'],
    en: ['forgets things', 'forgetful', 'memory loss'],
    means: ['muistisairaus', 'dementia', 'muisti', 'demens', 'minnessjukdom', 'dementia'],
  },
  {
    needs: ['syopa'],
    fi: ['sai syövän', 'syöpädiagnoosi', 'kasvain', 'sytostaatti*', 'sädehoito*'],
    sv: ['fick cancer', 'cancerbesked', 'cellgift*', 'strålbehandling'],
    en: ['got cancer', 'chemo', 'chemotherapy', 'tumour', 'tumor'],
    means: ['syöpä', 'cancer'],
  },
  {
    needs: ['sydan'],
    fi: ['sydänkohtau*', 'infarkti', 'aivoinfarkti', 'aivohalvau*', 'halvaantu*', 'verenpaine*', 'ohitusleikkau*'],
    sv: ['hjärtinfarkt', 'hjärtattack', 'slaganfall', 'stroke'],
    en: ['heart attack', 'stroke', 'blood pressure'],
    means: ['sydän', 'aivoinfarkti', 'sydänsairaus', 'hjärta', 'stroke', 'heart'],
  },
  {
    needs: ['diabetes'],
    fi: ['sokeritauti', 'verensokeri', 'insuliini*', 'diabeetikko'],
    sv: ['sockersjuka', 'blodsocker', 'insulin'],
    en: ['blood sugar', 'insulin', 'diabetic'],
    means: ['diabetes'],
  },
  {
    needs: ['neurologinen'],
    fi: ['kaatumatauti', 'kaatumakohtau*'],
    sv: ['epilepsi', 'parkinsons'],
    en: ['epilepsy', 'seizures', 'parkinsons', 'multiple sclerosis'],
    means: ['neurologinen', 'epilepsia', 'parkinson', 'epilepsi', 'epilepsy'],
  },
  {
    needs: ['reuma'],
    fi: ['selkä kipeä', 'selkäkipu', 'nivelet kipeät', 'kipu*', 'särky*', 'kolottaa', 'fibromyalgia'],
    sv: ['ont i ryggen', 'värk', 'smärta'],
    en: ['back pain', 'chronic pain', 'joint pain', 'aches'],
    means: ['kipu', 'reuma', 'nivel', 'smärta', 'pain'],
  },
  {
    needs: ['vammaisuus'],
    fi: ['pyörätuoli*', 'kehitysvammai*', 'sokea', 'kuuro', 'huononäköi*', 'heikkonäköi*', 'huonokuuloi*', 'liikuntarajoit*', 'erityislap*'],
    sv: ['rullstol', 'blind', 'döv', 'utvecklingsstörning'],
    en: ['wheelchair', 'blind', 'deaf', 'disabled', 'special needs'],
    means: ['vammaisuus', 'vamma', 'vammainen', 'funktionsnedsättning', 'disability'],
  },
  {
    needs: ['neuropsykiatria'],
    fi: ['ylivilkas', 'keskittymisvaikeu*', 'autisti*', 'asperger*', 'tic', 'tourette'],
    sv: ['autistisk'],
    en: ['autistic', 'hyperactive'],
    means: ['adhd', 'autismi', 'neuropsykiatrinen', 'autism'],
  },
  {
    needs: ['yksinaisyys'],
    fi: ['yksin', 'yksin kotona', 'ei ystäviä', 'ei ole ystäviä', 'ei kavereita', 'ei ole kavereita', 'ei ketään', 'kukaan ei soita', 'kaipaan seuraa', 'kaipaan ystävää', 'juttuseura*'],
    sv: ['ensam', 'känner mig ensam', 'inga vänner', 'ingen att prata med'],
    en: ['lonely', 'alone', 'no friends', 'nobody to talk to', 'isolated'],
    means: ['yksinäisyys', 'ystävä', 'ystävätoiminta', 'seura', 'ensamhet', 'vän', 'loneliness', 'befriending', 'friend'],
    supports: ['ystavatoiminta'],
  },
  {
    needs: ['kriisi'],
    fi: ['kuoli', 'kuollut', 'menehtyi', 'menetin', 'menettänyt', 'leskeksi', 'jäin leskeksi', 'vaimo kuoli', 'vaimoni kuoli', 'mies kuoli', 'mieheni kuoli', 'puoliso kuoli', 'puolisoni kuoli'],
    sv: ['har dött', 'min man dog', 'min fru dog', 'förlorade', 'änka', 'änkling'],
    en: ['died', 'passed away', 'lost my', 'grieving', 'widow*'],
    means: ['suru', 'menetys', 'leski', 'kuolema', 'sorg', 'grief', 'bereavement'],
  },
  {
    needs: ['kriisi', 'perhe'],
    fi: ['erosimme', 'eroamme', 'erosi', 'jätti minut', 'suhde loppui', 'avioliitto päättyi'],
    sv: ['skiljer oss', 'vi separerar', 'lämnade mig'],
    en: ['breakup', 'broke up', 'left me', 'getting divorced'],
    means: ['ero', 'avioero', 'erokriisi', 'skilsmässa', 'divorce', 'separation'],
  },
  {
    needs: ['kriisi'],
    fi: ['järkyttävä', 'järkytys', 'onnettomuus', 'traumatisoi*', 'shokissa'],
    sv: ['chock', 'olycka'],
    en: ['in shock', 'accident', 'traumatised', 'traumatized'],
    means: ['kriisi', 'kriisiapu', 'trauma', 'kris', 'crisis'],
  },
  {
    needs: ['vakivalta'],
    fi: ['lyö', 'löi', 'lyönyt', 'hakkaa', 'pahoinpitel*', 'uhkailee', 'pelkään puolisoa*', 'alistaa', 'kiusataan', 'kiusaa*', 'kiusattu'],
    sv: ['slår mig', 'hotar mig', 'mobbad', 'mobbas'],
    en: ['hits me', 'beats me', 'abusive', 'bullied', 'threatens me'],
    means: ['väkivalta', 'lähisuhdeväkivalta', 'kiusaaminen', 'våld', 'violence', 'abuse'],
  },
  {
    needs: ['talous'],
    fi: ['rahat loppu*', 'rahaa ei ole', 'ei rahaa', 'raha ei riitä', 'rahat ei riitä', 'laskut kasaantu*', 'laskuja', 'velkaa', 'velat', 'perintä*', 'ulosotto*', 'pikavippi*', 'ruokaa ei ole', 'ei ole ruokaa', 'nälkä', 'köyhä', 'pienituloi*', 'vähävarai*'],
    sv: ['pengarna räcker inte', 'inga pengar', 'har inte råd', 'räkningar', 'skulder', 'hungrig', 'fattig'],
    en: ['no money', 'broke', "can't pay", 'bills', 'debts', 'hungry', 'poor'],
    means: ['talous', 'velka', 'ruoka-apu', 'raha', 'talousneuvonta', 'skuld', 'mathjälp', 'ekonomi', 'debt', 'money', 'food'],
  },
  {
    needs: ['asuminen'],
    fi: ['ei asuntoa', 'asunnoton', 'koditon', 'häätö*', 'vuokravelk*', 'kadulla', 'asuntoa ei ole'],
    sv: ['bostadslös', 'hemlös', 'vräkning', 'ingen bostad'],
    en: ['homeless', 'evicted', 'eviction', 'nowhere to live', 'rent arrears'],
    means: ['asuminen', 'asunnottomuus', 'asunto', 'boende', 'housing', 'homelessness'],
  },
  {
    needs: ['tyo'],
    fi: ['työtön', 'työttömä*', 'en löydä töitä', 'ei töitä', 'työnhaku', 'irtisano*', 'lomautet*', 'töihin', 'työpaikka*', 'opiskelupaik*'],
    sv: ['arbetslös', 'hittar inget jobb', 'inget jobb', 'söker jobb', 'uppsagd'],
    en: ['unemployed', 'no job', 'lost my job', 'looking for work', 'job seeking'],
    means: ['työ', 'työtön', 'työnhaku', 'työllistyminen', 'arbete', 'arbetslös', 'work', 'job'],
  },
  {
    needs: ['perhe'],
    fi: ['vauva*', 'vauva-arki', 'vauva itkee', 'raskaana', 'odotan lasta', 'kasvatus*', 'lapsi ei tottele', 'riitelemme', 'parisuhde*', 'riidat'],
    sv: ['gravid', 'väntar barn', 'bebis', 'bråkar hemma'],
    en: ['pregnant', 'new baby', 'parenting'],
    means: ['perhe', 'vanhemmuus', 'vanhempi', 'lapsi', 'perheneuvonta', 'familj', 'föräldraskap', 'parenting', 'family'],
    targets: ['perheet'],
  },
  {
    // A child who does not go to school: school, bullying, upbringing; advice for the parents.
    needs: ['perhe'],
    supports: ['neuvonta', 'keskusteluapu'],
    targets: ['perheet'],
    fi: ['lapsi ei käy koulua', 'ei käy koulua', 'ei mene kouluun', 'ei halua kouluun', 'koulu ei maistu', 'koulupoissaolo*', 'kouluvaike*', 'koulustressi'],
    sv: ['vill inte gå i skolan', 'går inte i skolan', 'skolfrånvaro'],
    en: ['school refusal', "won't go to school", 'not going to school', 'skipping school'],
    means: ['koulu', 'koulunkäynti', 'kasvatus', 'kiusaaminen', 'skola', 'school'],
  },
  {
    needs: ['omaishoito'],
    fi: ['hoidan puolisoa*', 'hoidan äitiä', 'hoidan isää', 'hoidan lasta', 'hoidan vanhempaa', 'hoidan kotona'],
    sv: ['vårdar min', 'sköter min'],
    en: ['look after my', 'care for my', 'caring for my'],
    means: ['omaishoitaja', 'omaishoito', 'omainen', 'läheinen', 'närståendevårdare', 'anhörig', 'carer', 'caregiver'],
    targets: ['omaiset'],
  },
  {
    needs: ['kotoutuminen'],
    fi: ['muutin suomeen', 'en puhu suomea', 'suomen kieli', 'opiskelen suomea', 'pakolai*', 'turvapaikanhaki*', 'oleskelulupa*'],
    sv: ['flyttade till finland', 'talar inte svenska', 'lära mig svenska', 'flykting*'],
    en: ['moved to finland', 'new in finland', 'in finland', "don't speak finnish", 'learn finnish', 'refugee*', 'expat*', 'newcomer*'],
    means: ['kotoutuminen', 'maahanmuuttaja', 'suomen kieli', 'invandrare', 'integration', 'newcomer', 'immigrant'],
    targets: ['maahanmuuttajat'],
  },
  {
    needs: ['ikaantyminen'],
    fi: ['vanhenee', 'ikääntyy', 'kaatuili', 'kaatuu', 'kotona pärjääminen', 'ei pärjää kotona', 'huonojalkai*'],
    sv: ['blir gammal', 'faller', 'klarar sig inte hemma'],
    en: ['getting old', 'falls', 'cannot manage at home', 'frail'],
    means: ['ikääntyminen', 'ikäihminen', 'kotona asuminen', 'äldre', 'elderly'],
    targets: ['ikaihmiset'],
  },
  {
    needs: ['terveys'],
    fi: ['laihduttaa', 'laihdutus', 'ylipaino*', 'en saa unta', 'univaikeu*', 'nukahtaa', 'lopettaa tupakoi*', 'liikkua enemmän'],
    sv: ['gå ner i vikt', 'kan inte sova', 'sluta röka', 'röker'],
    en: ['lose weight', "can't sleep", 'cant sleep', 'quit smoking', 'get fit'],
    means: ['terveys', 'liikunta', 'uni', 'painonhallinta', 'tupakka', 'motion', 'sömn', 'exercise', 'sleep'],
  },
];

/** Kinds of support, as people ask for them. */
const SUPPORTS: LayEntry[] = [
  {
    supports: ['vertaistuki'],
    fi: ['samassa tilanteessa', 'muita samassa tilanteessa', 'muita samanlaisia', 'kohtalotoveri*'],
    sv: ['andra i samma situation'],
    en: ['others like me', 'people like me', 'same situation'],
    means: ['vertaistuki', 'vertaisryhmä', 'kamratstöd', 'peer'],
  },
  {
    supports: ['neuvonta'],
    fi: ['neuvoa', 'neuvoja', 'kenen puoleen', 'mistä apua', 'mistä saa apua', 'miten toimia', 'ohjausta'],
    sv: ['råd', 'vart vänder jag mig', 'vad ska jag göra'],
    en: ['advice', 'who can help', 'what to do', 'where to get help'],
    means: ['neuvonta', 'ohjaus', 'rådgivning', 'advice'],
  },
  {
    supports: ['ryhmatoiminta'],
    fi: ['porukka*', 'tekemistä', 'jotain tekemistä'],
    sv: ['något att göra', 'träffa andra'],
    en: ['something to do', 'meet people'],
    means: ['ryhmä', 'kerho', 'ryhmätoiminta', 'grupp', 'group', 'club'],
  },
  {
    supports: ['keskusteluapu'],
    fi: ['haluan puhua', 'jonkun kanssa puhua', 'puhua jollekin', 'juttelu*', 'jutella', 'purkaa', 'kuuntelija*', 'soittaa jollekin'],
    sv: ['prata med någon', 'någon att prata med', 'vill prata'],
    en: ['someone to talk to', 'talk to someone', 'need to talk', 'listen to me'],
    means: ['keskusteluapu', 'keskustelu', 'tukipuhelin', 'chat', 'samtal', 'prata', 'helpline', 'talk'],
  },
  {
    supports: ['kriisiapu'],
    fi: ['heti apua', 'akuutti*', 'hätä*', 'kriisiapu'],
    sv: ['akut hjälp', 'hjälp nu'],
    en: ['urgent help', 'help now', 'emergency'],
    means: ['kriisiapu', 'kriisi', 'päivystys', 'kris', 'crisis'],
  },
  {
    supports: ['ystavatoiminta'],
    fi: ['seuraa', 'joku käymään', 'joku kylään'],
    sv: ['sällskap', 'någon som hälsar på'],
    en: ['company', 'someone to visit'],
    means: ['ystävä', 'ystävätoiminta', 'vän', 'befriending', 'friend'],
  },
  {
    supports: ['kurssit'],
    fi: ['oppia', 'haluan oppia', 'tietoa sairaudesta'],
    sv: ['lära mig'],
    en: ['learn', 'learn about'],
    means: ['kurssi', 'leiri', 'kurs', 'course'],
  },
  {
    supports: ['liikunta'],
    fi: ['liikkua', 'liikuntaa', 'haluan liikkua'],
    sv: ['motionera', 'röra på mig'],
    en: ['keep fit', 'get moving'],
    means: ['liikunta', 'jumppa', 'kävely', 'motion', 'exercise'],
  },
  {
    supports: ['vapaaehtoistoiminta'],
    fi: ['haluan auttaa', 'auttaa muita'],
    sv: ['vill hjälpa', 'hjälpa andra'],
    en: ['want to help', 'help others'],
    means: ['vapaaehtoistoiminta', 'vapaaehtoinen', 'frivillig', 'volunteer'],
  },
  {
    supports: ['aineellinen'],
    fi: ['ilmaista ruokaa', 'ruokaa ilmaiseksi', 'vaatteita'],
    sv: ['gratis mat', 'kläder'],
    en: ['free food', 'food bank', 'clothes'],
    means: ['ruoka-apu', 'ruokajakelu', 'matutdelning', 'food'],
  },
  {
    supports: ['edunvalvonta'],
    fi: ['oikeuteni', 'valittaa päätöksestä', 'kielteinen päätös'],
    sv: ['mina rättigheter', 'överklaga*'],
    en: ['my rights', 'appeal a decision'],
    means: ['edunvalvonta', 'neuvonta', 'oikeudet', 'rättigheter', 'rights'],
  },
];

/**
 * The people close to someone: a relation word says the person searching is a family member or friend ("mieheni
 * juo", "äiti dementia", "min man dricker"): activities for family members and carers rank higher, and the word
 * itself matches the words services use for them (läheinen, omainen, närstående, family).
 */
const RELATIONS: LayEntry[] = [
  {
    targets: ['omaiset'],
    fi: [
      'mieheni', 'miehelläni', 'mieheltäni', 'miehestäni', 'vaimoni', 'vaimollani', 'vaimostani', 'puolisoni', 'puolisollani',
      'puolisostani', 'kumppanini', 'avomieheni', 'avovaimoni', 'äitini', 'äidilläni', 'äidistäni', 'isäni', 'isälläni',
      'isästäni', 'vanhempani', 'vanhemmillani', 'veljeni', 'siskoni', 'sisareni', 'mummoni', 'isoäitini', 'isoisäni',
      'ystäväni', 'läheiseni',
    ],
    sv: [
      'min man', 'min fru', 'min maka', 'min make', 'min partner', 'min sambo', 'min mamma', 'min pappa', 'min mor', 'min far',
      'mina föräldrar', 'min bror', 'min syster', 'min mormor', 'min farmor', 'min morfar', 'min farfar', 'min vän',
    ],
    en: [
      'my husband', 'my wife', 'my partner', 'my spouse', 'my mum', 'my mom', 'my mother', 'my dad', 'my father',
      'my parents', 'my brother', 'my sister', 'my grandmother', 'my grandfather', 'my friend',
    ],
    means: ['läheinen', 'omainen', 'puoliso', 'närstående', 'anhörig', 'family', 'relative', 'partner'],
  },
  {
    // A family member named without "my": also what the word itself means ("äiti" in "väsynyt äiti vauva").
    soft: true,
    targets: ['omaiset'],
    fi: ['äiti', 'isä', 'mummo', 'mummu', 'vaari', 'ukki', 'pappa', 'isoäiti', 'isoisä'],
    sv: ['mamma', 'pappa', 'mormor', 'farmor', 'morfar', 'farfar'],
    en: ['mum', 'mom', 'dad', 'mother', 'father', 'grandma', 'grandpa'],
    means: ['läheinen', 'omainen', 'närstående', 'anhörig', 'family', 'relative'],
  },
  {
    // A child of the person searching: parents' services and family members' services.
    targets: ['perheet', 'omaiset'],
    fi: ['lapseni', 'lapsellani', 'lapsestani', 'poikani', 'pojallani', 'tyttäreni', 'tyttärelläni', 'lapsemme', 'nuoreni', 'teinini'],
    sv: ['mitt barn', 'min son', 'min dotter', 'vårt barn', 'mina barn'],
    en: ['my child', 'my son', 'my daughter', 'my kid', 'my kids', 'my children', 'our child'],
    means: ['vanhempi', 'vanhemmat', 'läheinen', 'förälder', 'föräldrar', 'parent', 'parents'],
  },
];

/**
 * Target-group words ("lapsen", "nuorelle", "äidille", "barnets", "for seniors"): they keep their ordinary matching
 * (the target terms' labels and synonyms are indexed) and lift the activities for that group.
 */
const TARGETS: LayEntry[] = [
  { targets: ['lapset'], fi: ['lapsi', 'lapse*', 'lapsille', 'lapsia', 'lasten', 'lapsien'], sv: ['barn', 'barnet', 'barnets', 'barnen', 'barnens', 'småbarn*'], en: ['child', 'children', "child's", 'kid', 'kids'], means: ['lapsi', 'lapset', 'barn', 'child'] },
  { targets: ['nuoret'], fi: ['nuori', 'nuore*', 'nuorille', 'nuoria', 'nuorten', 'nuorison'], sv: ['ung', 'unga', 'ungdom*', 'tonåring*'], en: ['young', 'youth', 'teen*', 'adolescent*', 'student*'], means: ['nuori', 'nuoret', 'unga', 'youth'] },
  { targets: ['perheet'], fi: ['perhe', 'perheet', 'perheille', 'perheen', 'perheiden', 'vanhemmille', 'vanhempien', 'vanhemmat'], sv: ['familj*', 'föräldrar*', 'förälder'], en: ['family', 'families', 'parent*'], means: ['perhe', 'vanhemmat', 'familj', 'family'] },
  { targets: ['aikuiset'], fi: ['aikuise*', 'aikuinen', 'työikäi*'], sv: ['vuxen', 'vuxna'], en: ['adult*', 'grown-up*'], means: ['aikuinen', 'vuxen', 'adult'] },
  { targets: ['ikaihmiset'], fi: ['ikäihmi*', 'ikääntyne*', 'vanhu*', 'seniore*', 'eläkeläi*', 'iäkkä*'], sv: ['äldre', 'senior*', 'pensionär*', 'gamla'], en: ['elderly', 'older', 'senior*', 'pensioner*', 'old people'], means: ['ikäihminen', 'ikääntynyt', 'seniori', 'äldre', 'elderly'] },
  { targets: ['omaiset'], fi: ['omaisille', 'omaisten', 'läheisille', 'läheisten'], sv: ['anhöriga', 'anhörigas', 'närstående'], en: ['carers', 'families of', 'relatives'], means: ['omainen', 'läheinen', 'anhörig', 'carer'] },
  { targets: ['maahanmuuttajat'], fi: ['maahanmuuttaj*', 'ulkomaalai*', 'pakolais*', 'turvapaikanhakij*'], sv: ['invandrar*', 'flykting*', 'migrant*'], en: ['immigrant*', 'migrant*', 'refugee*', 'expat*', 'newcomer*', 'international'], means: ['maahanmuuttaja', 'invandrare', 'immigrant'] },
  { targets: ['miehet'], fi: ['miehille', 'miesten', 'miehet', 'isille', 'isien', 'isät', 'pojille', 'poikien'], sv: ['män', 'mäns', 'pappor', 'papporna', 'pappa'], en: ['men', "men's", 'fathers', 'dads'], means: ['miehet', 'mies', 'män', 'men'] },
  { targets: ['naiset'], fi: ['naisille', 'naisten', 'naiset', 'äidille', 'äideille', 'äitien', 'äidit', 'tytöille', 'tyttöjen'], sv: ['kvinnor', 'kvinnors', 'mammor', 'mammorna'], en: ['women', "women's", 'mothers', 'mums', 'moms'], means: ['naiset', 'nainen', 'kvinnor', 'women'] },
  { targets: ['vammaiset'], fi: ['vammaisille', 'vammaisten', 'vammaiset'], sv: ['funktionshindrade', 'med funktionsnedsättning'], en: ['disabled people', 'with disabilities'], means: ['vammainen', 'vammaisuus', 'funktionsnedsättning', 'disability'] },
  { targets: ['sateenkaari'], fi: ['homo', 'homot', 'lesbo*', 'transsukupuoli*', 'transnuor*', 'queer'], sv: ['transperson*'], en: ['gay', 'lesbian', 'transgender'], means: ['sateenkaari', 'regnbåge', 'lgbt'] },
  { targets: ['ammattilaiset'], fi: ['ammattilai*', 'työntekijöille', 'hoitajille', 'sosiaalityöntekijöille', 'opettajille'], sv: ['personal', 'yrkesverksamma'], en: ['professional*', 'staff'], means: ['ammattilainen', 'personal', 'professional'] },
];

/**
 * Words that carry no topic in a lay query ("tukea", "apua", "diagnoosi", "hjälp", "help"): left out when the query
 * has other words, so that they neither narrow the results nor reward texts that merely use them.
 */
export const FILLER_WORDS: Record<'fi' | 'sv' | 'en', string[]> = {
  fi: ['apu', 'apua', 'avun', 'tuki', 'tukea', 'tuen', 'diagnoosi', 'diagnoosin', 'diagnoosia', 'todettu', 'ongelma', 'ongelmia', 'ongelmat', 'tarvitsen', 'tarvitsee', 'haluan', 'etsin', 'kaipaan', 'tietoa', 'sairastaa', 'sairastui'],
  sv: ['hjälp', 'stöd', 'behöver', 'söker', 'diagnos', 'problem'],
  en: ['help', 'support', 'need', 'looking', 'diagnosis', 'diagnosed', 'problem', 'problems'],
};

export const LAY_VOCABULARY = { needs: NEEDS, supports: SUPPORTS, relations: RELATIONS, targets: TARGETS };
