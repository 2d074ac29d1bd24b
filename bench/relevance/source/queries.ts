/**
 * The queries of the relevance collection with graded judgments, written by reading the corpus as a Finnish
 * social- and health-care professional would: what would she want to see for this query?
 *
 * Grades: 3 = exactly what was asked; 2 = clearly useful (the topic matches but the target group, the kind of
 * support or the format is not quite it); 1 = marginal (touches the topic, or a service in a language the person
 * searching probably cannot use); not listed = 0.
 * Language: for a Finnish query, an activity offered only in Swedish or English is graded at most 1 (unless the
 * activity is for immigrants, who are often served in English); likewise Finnish-only activities for Swedish and
 * English queries. Filters and municipality: an activity the chosen filters exclude is 0; with a municipality,
 * local activities are graded above nationwide and remote ones of the same quality.
 *
 * Judgments are written as "3: id id; 2: id; 1: id" (see grades()).
 */
export interface SrcQuery {
  id: string;
  kind: string;
  text: string;
  lang?: 'fi' | 'sv' | 'en';
  filters?: { needs?: string[]; supports?: string[]; targets?: string[]; municipality?: string };
  judgments: string;
  note?: string;
}

/** Parses "3: a b; 2: c; 1: d" into { a: 3, b: 3, c: 2, d: 1 }; an id listed twice is an error. */
export function grades(spec: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const part of spec.split(';')) {
    const m = /^\s*([0-3])\s*:(.*)$/s.exec(part);
    if (!m) {
      if (part.trim()) throw new Error(`bad judgment group "${part.trim()}"`);
      continue;
    }
    for (const id of m[2]!.split(/\s+/).filter(Boolean)) {
      if (id in out) throw new Error(`${id} judged twice`);
      out[id] = Number(m[1]);
    }
  }
  return out;
}

// Judgment sets shared by queries that ask for the same thing in different forms.

const CAREGIVERS = `
  3: lahella-virkistyspaiva lahella-vertaisryhma lahella-valmennus lahella-neuvonta lahella-siilinjarvi lahella-tuusniemi
     tukikohta-vertaisryhma tukikohta-virkistys tukikohta-keitele jaksaen-puhelin jaksaen-verkkoryhma
     kasikkain-vertaisryhma kasikkain-risteily lapinlahti-omaisryhma varkaussydan-omaishoitajat;
  2: lahella-liikunta juhla-joulujuhla jaksaen-nuoret-hoivaajat jaksaen-tyossakayvat
     muistojensilta-omaisryhma muistiystavat-dementiaomaiset muistipolku-puolisot;
  1: muistiystavat-ulkoilu kellokas-paivatoiminta tuulikello-omaisilta kirkasmieli-omaisryhma kaislikko-omaiset
     kaarnavene-laheiset narstaende-kamratstod narstaende-rekreation narstaende-radgivning narstaende-jakobstad
     intfamily-caregivers`;

const DEPRESSION = `
  3: tuulikello-masennusryhma tuulikello-masennusryhma-siilinjarvi virvatuli-masennuksesta-toipuvat tukilinja-verkkoryhma
     nuortenmieli-masennusryhma pohjantahti-masennus kaislikko-masennusryhma mansikka-masennus sointu-masennusryhma
     sinisiipi-mielialakurssi;
  2: kirkasmieli-alakulo sinisiipi-synnytys seniorimieli-mielialaryhma lahimmaistyo-nuoret vertaistupa-alavire
     mielenvire-vertaisryhma mielenpuutarha-kaksisuuntainen mielenpuutarha-nuoret-aikuiset tukilinja-chat varkausnuoret-walkin;
  1: kiusaamaton-aikuiset nivelet-kipu armonranta-keskusteluapu tuulikello-olohuone stodhanden-depression
     northernlight-depression vagbrytaren-stodgrupp`;

const MEMORY = `
  3: muistojensilta-muistikahvila-kuopio muistojensilta-muistikahvila-varkaus muistojensilta-muistikahvila-suonenjoki
     muistojensilta-omaisryhma muistojensilta-neuvonta muistojensilta-ensitieto muistojensilta-tyoikaiset
     muistiystavat-muistikahvila muistiystavat-dementiaomaiset helmililja-muistikahvila helmililja-kuntoutus
     kellokas-muistikahvila kellokas-paivatoiminta muistipolku-puolisot;
  2: muistojensilta-tanssi muistiystavat-ulkoilu muistipolku-liikunta;
  1: ljusglimt-minnescafe ljusglimt-demens-anhoriga ljusglimt-radgivning vasadiakoni-minnescafe intfamily-caregivers`;

const MEMORY_CAFE = `
  3: muistojensilta-muistikahvila-kuopio muistojensilta-muistikahvila-varkaus muistojensilta-muistikahvila-suonenjoki
     muistiystavat-muistikahvila helmililja-muistikahvila kellokas-muistikahvila;
  1: ljusglimt-minnescafe vasadiakoni-minnescafe muistojensilta-omaisryhma muistiystavat-dementiaomaiset muistojensilta-tanssi`;

const SUBSTANCES = `
  3: selvapaiva-vertaisryhma raitistupa-lapinlahti vertaistupa-paihde kokkola-alkoholi selviytyjat-huumeet npv-chat;
  2: raitistupa-paivakeskus selvapaiva-laheiset npv-vanhemmat toivontupa-asumistuki selvapaiva-olohuone raitistupa-perheet;
  1: toivontupa-kahvila npv-kuopio-jalkautuva selviytyjat-vankila selvapaiva-kuntosali klarsikt-alkohol klarsikt-anhoriga
     recovery-meetings recovery-families`;

const CANCER = `
  3: kaarnavene-vertaistukiryhma kaarnavene-neuvonta kaarnavene-iisalmi sst-verkkoryhma sst-sopeutumisvalmennus
     majakka-vertaisryhma auringonkukka-vertaisryhma kuunsilta-vertaistuki;
  2: kaarnavene-rintasyopa kaarnavene-kuntosali sst-nuoret-aikuiset sst-lapset majakka-eturauhanen kaarnavene-laheiset;
  1: tukijat-myyjaiset fyrljuset-kamratstod fyrljuset-narstaende fyrljuset-motion`;

const MENTAL_HEALTH = `
  3: tuulikello-olohuone virvatuli-paivatoiminta lokinsiipi-tyopainotteinen tukilinja-puhelin tukilinja-chat nuortenmieli-chat
     pohjantahti-kohtaamispaikka mielenpuutarha-puutarharyhma mielenpuutarha-nuoret-aikuiset kaislikko-kohtaamispaikka
     jarvisydan-kerho mansikka-paivatoiminta tunturiystavat-mielenterveys;
  2: tuulikello-masennusryhma tuulikello-masennusryhma-siilinjarvi tuulikello-kokemusasiantuntija tuulikello-omaisilta
     tuulikello-retket virvatuli-masennuksesta-toipuvat virvatuli-kavelyryhma virvatuli-ahdistus virvatuli-kiuruvesi
     lokinsiipi-siirtymatyo lokinsiipi-nuorten-ilta kirkasmieli-omaisryhma kirkasmieli-luova kirkasmieli-leppavirta
     kirkasmieli-alakulo tukilinja-itsetuhoisuus tukilinja-verkkoryhma nuortenmieli-masennusryhma nuortenmieli-koulutus
     nuortenmieli-jannittajat rohkeus-pakko-oireet rohkeus-paniikki rohkeus-tampere pohjantahti-masennus
     mielenpuutarha-kaksisuuntainen kaislikko-masennusryhma kaislikko-omaiset jarvisydan-keitele sointu-masennusryhma
     sointu-musiikki varkausnuoret-walkin touhula-lapsiryhma lahimmaistyo-nuoret mansikka-masennus sinisiipi-mielialakurssi
     sinisiipi-synnytys seniorimieli-mielialaryhma;
  1: sinisiipi-vapaaehtoiset kiusaamaton-aikuiset nivelet-kipu armonranta-keskusteluapu toimari-kuntouttava
     kipunakivi-tukihenkilo kirjavat-nuoret savonsateenkaari-tukihenkilo lampo-ryhmaystava npv-kuopio-jalkautuva
     kaupunkiviljely-puutarha jaksamisentuki-tyouupumus vertaistupa-alavire tuulikello-kuntosali
     krisstod-telefon stodhanden-anhoriga stodhanden-depression stodhanden-motesplats stodhanden-angest
     northernlight-helpline kic-students toivontupa-kahvila mielenvire-vertaisryhma krisstod-unga-chatt vagbrytaren-stodgrupp
     northernlight-depression`;

const MENTAL_HEALTH_ASSOCIATIONS = `
  3: tuulikello-masennusryhma tuulikello-masennusryhma-siilinjarvi tuulikello-olohuone tuulikello-kokemusasiantuntija
     tuulikello-omaisilta tuulikello-retket virvatuli-paivatoiminta virvatuli-masennuksesta-toipuvat virvatuli-kavelyryhma
     virvatuli-ahdistus virvatuli-kiuruvesi kirkasmieli-omaisryhma kirkasmieli-alakulo kirkasmieli-luova kirkasmieli-leppavirta
     pohjantahti-masennus pohjantahti-kohtaamispaikka sinisiipi-synnytys sinisiipi-mielialakurssi sinisiipi-vapaaehtoiset
     kaislikko-masennusryhma kaislikko-kohtaamispaikka kaislikko-omaiset mansikka-paivatoiminta mansikka-masennus
     sointu-masennusryhma sointu-musiikki jarvisydan-kerho jarvisydan-keitele;
  2: tuulikello-kuntosali lokinsiipi-tyopainotteinen lokinsiipi-siirtymatyo lokinsiipi-nuorten-ilta tukilinja-puhelin
     tukilinja-chat tukilinja-verkkoryhma tukilinja-itsetuhoisuus nuortenmieli-chat nuortenmieli-masennusryhma
     nuortenmieli-jannittajat nuortenmieli-koulutus mielenpuutarha-puutarharyhma mielenpuutarha-kaksisuuntainen
     mielenpuutarha-nuoret-aikuiset rohkeus-paniikki rohkeus-tampere rohkeus-pakko-oireet;
  1: stodhanden-anhoriga stodhanden-depression stodhanden-motesplats stodhanden-angest seniorimieli-mielialaryhma
     seniorimieli-puhelinystava tunturiystavat-mielenterveys`;

const PEER_GROUPS = `
  3: tuulikello-masennusryhma tuulikello-masennusryhma-siilinjarvi virvatuli-masennuksesta-toipuvat virvatuli-ahdistus
     kirkasmieli-omaisryhma kirkasmieli-alakulo tukilinja-verkkoryhma nuortenmieli-masennusryhma nuortenmieli-jannittajat
     jaksamisentuki-tyouupumus jaksamisentuki-vanhemmat rohkeus-paniikki rohkeus-tampere rohkeus-pakko-oireet
     pohjantahti-masennus sinisiipi-synnytys seniorimieli-mielialaryhma turvasatama-sururyhma turvasatama-itsemurha
     turvasatama-erokriisi surunvalo-lapsensa-menettaneet surunvalo-lesket surunvalo-nuoret-lesket suojalehto-naisten-ryhma
     kiusaamaton-aikuiset selvapaiva-vertaisryhma selvapaiva-laheiset pelirajat-vertaisryhma raitistupa-lapinlahti
     selviytyjat-huumeet muistojensilta-omaisryhma muistojensilta-tyoikaiset muistiystavat-dementiaomaiset
     lahella-vertaisryhma lahella-tuusniemi tukikohta-vertaisryhma jaksaen-verkkoryhma jaksaen-nuoret-hoivaajat
     kaarnavene-vertaistukiryhma kaarnavene-rintasyopa majakka-vertaisryhma majakka-eturauhanen sykeva-aivoinfarkti
     sokerinen-vertaisryhma hermosto-ms hermosto-epilepsia nivelet-kipu kimmel-vanhemmat kirjo-adhd-vanhemmat kirjo-aikuiset
     pesapuu-eroperheet lvl-isat kirjavat-nuoret mielenvire-vertaisryhma touhula-lapsiryhma kaislikko-masennusryhma
     mielenpuutarha-kaksisuuntainen mielenpuutarha-nuoret-aikuiset kasikkain-vertaisryhma auringonkukka-vertaisryhma
     vertaistupa-alavire vertaistupa-paihde lapinlahti-omaisryhma mansikka-masennus tuulentupa-vauvaryhma
     sointu-masennusryhma lahimmaistyo-sururyhma lahimmaistyo-nuoret pelitauko-ryhma pienetsurijat-lapset
     tyonhakijat-vertaisryhma muistipolku-puolisot kulkijat-asperger-tyo kokkola-alkoholi khy-tupakka;
  2: virvatuli-kavelyryhma tuulikello-omaisilta lokinsiipi-nuorten-ilta diakoniapiiri-surukahvila
     muistojensilta-muistikahvila-kuopio muistojensilta-muistikahvila-varkaus muistojensilta-muistikahvila-suonenjoki
     muistiystavat-muistikahvila helmililja-muistikahvila kellokas-muistikahvila lahella-siilinjarvi tukikohta-keitele
     kaarnavene-laheiset kaarnavene-iisalmi sst-nuoret-aikuiset sykeva-sydankerho sokerinen-lapset hermosto-parkinson
     hengitys-uniapnea silmapuu-vertaistuki kulkijat-verkkoryhma pesapuu-yksinhuoltajat kirjavat-perheet kirjavat-vanhemmat
     kaislikko-omaiset jarvisydan-kerho kuunsilta-vertaistuki varkaussydan-omaishoitajat;
  1: toivontupa-kahvila muistojensilta-ensitieto sst-verkkoryhma sst-lapset pyoratuoli-vertaistuki pesapuu-perhekahvila
     pesapuu-perhekahvila-siilinjarvi perhetupa-perhekahvila tuulentupa-perhekahvila vieremaperheet-perhekerho
     kohtaamo-naiset savonsateenkaari-ilta savonsateenkaari-tukihenkilo kiuruvesi-diabetesluento pienetsurijat-nuoret
     pelirajat-laheiset stodhanden-anhoriga stodhanden-depression stodhanden-angest narstaende-kamratstod
     ljusglimt-demens-anhoriga fyrljuset-kamratstod fyrljuset-narstaende knattebo-pappagrupp knattebo-ensamforsorjare
     klarsikt-anhoriga klarsikt-alkohol krisstod-sorg vagbrytaren-stodgrupp diabetessv-kamratstod fokus-adhd fokus-foraldrar
     vasadiakoni-sorgegrupp northernlight-depression northernlight-grief recovery-meetings recovery-families
     intfamily-parents intfamily-caregivers kic-students eap-parents ndhub-adhd`;

const FAMILY_CAFE = `
  3: pesapuu-perhekahvila pesapuu-perhekahvila-siilinjarvi perhetupa-perhekahvila tuulentupa-perhekahvila;
  2: makitupa-perhekerho vieremaperheet-perhekerho;
  1: pesapuu-isat kirjavat-perheet tuulentupa-vauvaryhma intfamily-playgroup knattebo-familjecafe`;

const GRIEF_GROUPS = `
  3: turvasatama-sururyhma lahimmaistyo-sururyhma;
  2: pienetsurijat-lapset turvasatama-itsemurha surunvalo-lesket surunvalo-lapsensa-menettaneet surunvalo-nuoret-lesket
     diakoniapiiri-surukahvila pienetsurijat-nuoret;
  1: surunvalo-surukirje turvasatama-kriisikeskustelu krisstod-sorg vasadiakoni-sorgegrupp northernlight-grief`;

const BEFRIENDING = `
  3: lampo-ystavatoiminta hopeahapsi-ystava kaupunkiystavat-ystava tunturiystavat-ystava;
  2: lampo-ryhmaystava lampo-ystavakurssi joroinen-ystava seniorimieli-puhelinystava diakoniapiiri-lahimmaispalvelu
     muistiystavat-ulkoilu mielenvire-kaverit ystavyydensilta-kieliystava;
  1: kuusikko-kotikaynnit kipunakivi-tukihenkilo kaupunkiystavat-kavely savonsateenkaari-tukihenkilo pesapuu-kotiapu
     perhetupa-tukiperhe selviytyjat-vankila pyoratuoli-vertaistuki guldkant-vanverksamhet borgavan-vanverksamhet
     ofn-befriending`;

const LONELINESS = `
  3: lampo-ystavatoiminta lampo-ryhmaystava seniorilinja-puhelin seniorilinja-ryhmapuhelu hopeahapsi-ystava
     kaupunkiystavat-ystava tunturiystavat-ystava kuusikko-kotikaynnit joroinen-ystava seniorimieli-puhelinystava
     diakoniapiiri-lahimmaispalvelu kylaapu-kylakahvila;
  2: tuulikello-olohuone pohjantahti-kohtaamispaikka kaislikko-kohtaamispaikka virvatuli-kiuruvesi kirkasmieli-leppavirta
     hopeahapsi-kerho makitupa-seniorikerho kaupunkiystavat-kavely mielenvire-kaverit kipunakivi-olohuone
     kipunakivi-tukihenkilo yhteinenpoyta-yhteisateria selvapaiva-olohuone pesapuu-yksinhuoltajat kulkijat-verkkoryhma
     surunvalo-lesket;
  1: armonranta-lahimmaiskerho iltasavel-kuoro jarvisydan-keitele kohtaamo-naiset ystavyydensilta-kieliystava
     savonsateenkaari-ilta tukilinja-puhelin nuortenmieli-chat guldkant-vanverksamhet guldkant-samtalsgrupp
     borgavan-vanverksamhet ofn-befriending kic-coffee`;

const ANXIETY = `
  3: virvatuli-ahdistus rohkeus-paniikki rohkeus-tampere nuortenmieli-jannittajat;
  2: rohkeus-pakko-oireet tukilinja-chat sinisiipi-mielialakurssi mielenpuutarha-nuoret-aikuiset varkausnuoret-walkin;
  1: sinisiipi-synnytys kiusaamaton-aikuiset stodhanden-angest vagbrytaren-stodgrupp northernlight-anxiety`;

const DIABETES = `
  3: sokerinen-vertaisryhma sokerinen-ensitieto kiuruvesi-diabetesluento sokeritasapaino-verkkovalmennus;
  2: sokerinen-lapset;
  1: liikkeelle-painonhallinta diabetessv-kamratstod`;

const CRISIS = `
  3: turvasatama-kriisikeskustelu tukilinja-itsetuhoisuus;
  2: turvasatama-erokriisi turvasatama-sururyhma turvasatama-itsemurha tukilinja-puhelin turvaverkko-puhelin;
  1: krisstod-telefon northernlight-helpline armonranta-keskusteluapu surunvalo-lesket surunvalo-lapsensa-menettaneet
     surunvalo-surukirje surunvalo-nuoret-lesket lvl-eroneuvonta pesapuu-eroperheet suojalehto-naisten-ryhma
     diakoniapiiri-surukahvila lahimmaistyo-sururyhma`;

export const QUERIES: SrcQuery[] = [
  // ---------------------------------------------------------------- inflection
  {
    id: 'inf-01',
    kind: 'inflection',
    text: 'masentuneelle nuorelle',
    judgments: `
      3: nuortenmieli-masennusryhma lahimmaistyo-nuoret varkausnuoret-walkin mielenpuutarha-nuoret-aikuiset;
      2: nuortenmieli-chat mielenvire-vertaisryhma lokinsiipi-nuorten-ilta;
      1: kipunakivi-olohuone kipunakivi-tukihenkilo tukilinja-chat tukilinja-verkkoryhma tuulikello-masennusryhma
         tuulikello-masennusryhma-siilinjarvi virvatuli-masennuksesta-toipuvat kirkasmieli-alakulo pohjantahti-masennus
         kaislikko-masennusryhma mansikka-masennus sointu-masennusryhma vertaistupa-alavire sinisiipi-mielialakurssi
         tukilinja-itsetuhoisuus nuortenmieli-jannittajat kirjavat-nuoret lvl-lastenpuhelin vagbrytaren-stodgrupp
         krisstod-unga-chatt kic-students tukilinja-puhelin npv-kuopio-jalkautuva`,
  },
  { id: 'inf-02', kind: 'inflection', text: 'omaishoitajien', judgments: CAREGIVERS },
  {
    id: 'inf-03',
    kind: 'inflection',
    text: 'syöpään sairastuneille',
    judgments: `
      3: kaarnavene-vertaistukiryhma kaarnavene-neuvonta kaarnavene-iisalmi sst-verkkoryhma sst-sopeutumisvalmennus
         majakka-vertaisryhma auringonkukka-vertaisryhma kuunsilta-vertaistuki;
      2: kaarnavene-rintasyopa kaarnavene-kuntosali sst-nuoret-aikuiset sst-lapset majakka-eturauhanen;
      1: kaarnavene-laheiset fyrljuset-kamratstod fyrljuset-motion`,
  },
  {
    id: 'inf-04',
    kind: 'inflection',
    text: 'muistisairaan omaiselle',
    judgments: `
      3: muistojensilta-omaisryhma muistiystavat-dementiaomaiset muistipolku-puolisot;
      2: muistojensilta-muistikahvila-kuopio muistojensilta-muistikahvila-varkaus muistojensilta-muistikahvila-suonenjoki
         muistiystavat-muistikahvila helmililja-muistikahvila kellokas-muistikahvila muistojensilta-neuvonta
         muistojensilta-ensitieto muistiystavat-ulkoilu kellokas-paivatoiminta;
      1: muistojensilta-tanssi muistipolku-liikunta helmililja-kuntoutus muistojensilta-tyoikaiset lahella-vertaisryhma
         lahella-valmennus lahella-neuvonta lahella-virkistyspaiva jaksaen-puhelin jaksaen-verkkoryhma tukikohta-vertaisryhma
         kasikkain-vertaisryhma lapinlahti-omaisryhma lahella-siilinjarvi ljusglimt-demens-anhoriga ljusglimt-minnescafe
         ljusglimt-radgivning vasadiakoni-minnescafe intfamily-caregivers`,
  },
  {
    id: 'inf-05',
    kind: 'inflection',
    text: 'yksinäisille vanhuksille',
    judgments: `
      3: hopeahapsi-ystava seniorilinja-puhelin seniorilinja-ryhmapuhelu diakoniapiiri-lahimmaispalvelu kuusikko-kotikaynnit
         joroinen-ystava seniorimieli-puhelinystava lampo-ystavatoiminta kylaapu-kylakahvila;
      2: hopeahapsi-kerho makitupa-seniorikerho armonranta-lahimmaiskerho kylaapu-kyytiapu kaupunkiystavat-ystava
         tunturiystavat-ystava;
      1: iltasavel-kuoro kaupunkiystavat-kavely yhteinenpoyta-yhteisateria lampo-ryhmaystava muistiystavat-ulkoilu
         surunvalo-lesket seniorimieli-mielialaryhma tukilinja-puhelin guldkant-vanverksamhet guldkant-samtalsgrupp
         borgavan-vanverksamhet`,
  },
  {
    id: 'inf-06',
    kind: 'inflection',
    text: 'mielenterveyskuntoutujille',
    judgments: `
      3: virvatuli-paivatoiminta lokinsiipi-tyopainotteinen jarvisydan-kerho mansikka-paivatoiminta mielenpuutarha-puutarharyhma;
      2: lokinsiipi-siirtymatyo tuulikello-olohuone tuulikello-retket kaislikko-kohtaamispaikka pohjantahti-kohtaamispaikka
         kirkasmieli-luova virvatuli-kiuruvesi kirkasmieli-leppavirta jarvisydan-keitele sointu-musiikki lokinsiipi-nuorten-ilta
         virvatuli-kavelyryhma tuulikello-kokemusasiantuntija;
      1: sinisiipi-vapaaehtoiset toimari-kuntouttava kaupunkiviljely-puutarha tuulikello-kuntosali stodhanden-motesplats`,
  },
  {
    id: 'inf-07',
    kind: 'inflection',
    text: 'eronneille isille',
    judgments: `
      3: lvl-isat;
      2: pesapuu-eroperheet turvasatama-erokriisi lvl-eroneuvonta;
      1: pesapuu-isat lvl-vanhempainpuhelin knattebo-pappagrupp krisstod-skilsmassa ankaret-skilsmassa`,
  },
  {
    id: 'inf-08',
    kind: 'inflection',
    text: 'päihdeongelmaisen läheisille',
    judgments: `
      3: selvapaiva-laheiset;
      2: npv-vanhemmat raitistupa-perheet;
      1: pelirajat-laheiset selvapaiva-vertaisryhma klarsikt-anhoriga recovery-families`,
  },
  {
    id: 'inf-09',
    kind: 'inflection',
    text: 'maahanmuuttajanaisille',
    judgments: `
      3: kohtaamo-naiset;
      2: migrantwomen-group migrantwomen-violence kohtaamo-kielikerho kohtaamo-neuvonta;
      1: kvolohuone-kielikahvila ystavyydensilta-kieliystava turvaverkko-puhelin kic-coffee`,
  },
  {
    id: 'inf-10',
    kind: 'inflection',
    text: 'lapsiperheille ruoka-apua',
    judgments: `
      3: yhteinenpoyta-ruokajako lahimmaisapu-ruoka joroinen-ruoka makitupa-ruoka diakoniapiiri-ruokajakelu;
      2: armonranta-taloudellinen lahimmaisapu-vaatteet;
      1: touhula-leiri yhteinenpoyta-yhteisateria toimari-lounas balans-matutdelning`,
  },
  {
    id: 'inf-11',
    kind: 'inflection',
    text: 'leskille',
    judgments: `
      3: surunvalo-lesket surunvalo-nuoret-lesket;
      2: seniorimieli-mielialaryhma turvasatama-sururyhma lahimmaistyo-sururyhma diakoniapiiri-surukahvila;
      1: surunvalo-surukirje turvasatama-kriisikeskustelu krisstod-sorg vasadiakoni-sorgegrupp northernlight-grief`,
  },
  { id: 'inf-12', kind: 'inflection', text: 'diabeetikoille', judgments: DIABETES },
  {
    id: 'inf-13',
    kind: 'inflection',
    text: 'työttömille',
    judgments: `
      3: toimari-tyonhaku toimari-kuntouttava tyonhakijat-vertaisryhma tyonhakijat-kahvila;
      2: toimari-lounas kipunakivi-tyopaja;
      1: lokinsiipi-siirtymatyo yhteinenpoyta-vapaaehtoiset tervo-nuoret kirjo-valmennus bron-radgivning`,
  },
  {
    id: 'inf-14',
    kind: 'inflection',
    text: 'kehitysvammaisten nuorten',
    judgments: `
      3: kimmel-nuorten-kerho kuulas-disco kimmel-liikunta;
      2: kimmel-asuminen;
      1: kimmel-vanhemmat kuulas-tyotoiminta kimmel-tukiviittomat von-oikeusneuvonta`,
  },
  {
    id: 'inf-15',
    kind: 'inflection',
    text: 'aivoinfarktin saaneille',
    judgments: `
      3: sykeva-aivoinfarkti;
      1: sykeva-sydankerho sykeva-kavely`,
  },
  {
    id: 'inf-16',
    kind: 'inflection',
    text: 'näkövammaisille',
    judgments: `
      3: silmapuu-vertaistuki silmapuu-atk silmapuu-keilailu;
      1: von-oikeusneuvonta von-selko`,
  },
  {
    id: 'inf-17',
    kind: 'inflection',
    text: 'yksinhuoltajalle',
    judgments: `
      3: pesapuu-yksinhuoltajat;
      1: lvl-vanhempainpuhelin touhula-leiri surunvalo-nuoret-lesket knattebo-ensamforsorjare`,
  },
  // ---------------------------------------------------------------- compound
  { id: 'cmp-01', kind: 'compound', text: 'mielenterveys', judgments: MENTAL_HEALTH },
  { id: 'cmp-02', kind: 'compound', text: 'mielenterveys yhdistys', judgments: MENTAL_HEALTH_ASSOCIATIONS },
  { id: 'cmp-03', kind: 'compound', text: 'vertaistuki ryhmä', judgments: PEER_GROUPS },
  {
    id: 'cmp-04',
    kind: 'compound',
    text: 'syöpä vertaistuki',
    judgments: `
      3: kaarnavene-vertaistukiryhma kaarnavene-rintasyopa kaarnavene-iisalmi sst-verkkoryhma sst-nuoret-aikuiset
         majakka-vertaisryhma majakka-eturauhanen auringonkukka-vertaisryhma kuunsilta-vertaistuki;
      2: kaarnavene-laheiset sst-lapset sst-sopeutumisvalmennus;
      1: kaarnavene-neuvonta kaarnavene-kuntosali fyrljuset-kamratstod fyrljuset-narstaende`,
  },
  { id: 'cmp-05', kind: 'compound', text: 'muisti kahvila', judgments: MEMORY_CAFE },
  { id: 'cmp-06', kind: 'compound', text: 'perhe kahvila', judgments: FAMILY_CAFE },
  {
    id: 'cmp-07',
    kind: 'compound',
    text: 'päihde vertaistuki',
    judgments: `
      3: selvapaiva-vertaisryhma raitistupa-lapinlahti selviytyjat-huumeet vertaistupa-paihde kokkola-alkoholi;
      2: selvapaiva-laheiset toivontupa-kahvila;
      1: selvapaiva-olohuone selvapaiva-kuntosali raitistupa-paivakeskus npv-chat pelirajat-vertaisryhma pelitauko-ryhma
         khy-tupakka klarsikt-alkohol klarsikt-anhoriga recovery-meetings recovery-families`,
  },
  { id: 'cmp-08', kind: 'compound', text: 'suru ryhmä', judgments: GRIEF_GROUPS },
  {
    id: 'cmp-09',
    kind: 'compound',
    text: 'velka neuvonta',
    judgments: `
      3: tasapeli-velkaneuvonta tasapeli-kuopio;
      2: tasapeli-nuoret lahimmaistyo-taloustaidot;
      1: pelirajat-laheiset kattopaalle-asumisneuvonta pelirajat-chat balans-skuldradgivning moneymatters-debt`,
  },
  { id: 'cmp-10', kind: 'compound', text: 'ystävä toiminta', judgments: BEFRIENDING },
  {
    id: 'cmp-11',
    kind: 'compound',
    text: 'syöpäyhdistys',
    judgments: `
      3: kaarnavene-vertaistukiryhma kaarnavene-neuvonta kaarnavene-rintasyopa kaarnavene-laheiset kaarnavene-iisalmi
         majakka-vertaisryhma majakka-eturauhanen;
      2: kaarnavene-kuntosali sst-verkkoryhma sst-sopeutumisvalmennus sst-nuoret-aikuiset sst-lapset
         auringonkukka-vertaisryhma kuunsilta-vertaistuki;
      1: tukijat-myyjaiset fyrljuset-kamratstod fyrljuset-narstaende fyrljuset-motion`,
  },
  {
    id: 'cmp-12',
    kind: 'compound',
    text: 'kriisipuhelin',
    judgments: `
      3: tukilinja-puhelin;
      2: turvaverkko-puhelin tukilinja-itsetuhoisuus turvasatama-kriisikeskustelu;
      1: krisstod-telefon northernlight-helpline seniorilinja-puhelin lvl-lastenpuhelin lvl-vanhempainpuhelin tukilinja-chat
         turvaverkko-chat`,
  },
  {
    id: 'cmp-13',
    kind: 'compound',
    text: 'liikuntaryhmä',
    judgments: `
      3: hengitys-astma kimmel-liikunta muistipolku-liikunta hopeahapsi-tasapaino kylaapu-kuntosali liikkeelle-kuntosali
         liikkeelle-sauvakavely kaarnavene-kuntosali selvapaiva-kuntosali virvatuli-kavelyryhma sykeva-kavely
         nivelet-vesijumppa lahella-liikunta kuusikko-jumppa varkaussydan-vesijumppa metsapolku-kavelyt;
      2: tuulikello-kuntosali varkausnuoret-liikunta pyoratuoli-sahly silmapuu-keilailu muistojensilta-tanssi
         hopeahapsi-senioritanssi kaupunkiystavat-kavely;
      1: guldkant-gymnastik fyrljuset-motion`,
  },
  // ---------------------------------------------------------------- synonym
  { id: 'syn-01', kind: 'synonym', text: 'depressio', judgments: DEPRESSION },
  { id: 'syn-02', kind: 'synonym', text: 'dementia', judgments: MEMORY },
  {
    id: 'syn-03',
    kind: 'synonym',
    text: 'alkoholi',
    judgments: `
      3: selvapaiva-vertaisryhma raitistupa-lapinlahti vertaistupa-paihde kokkola-alkoholi;
      2: selvapaiva-laheiset npv-chat npv-vanhemmat raitistupa-paivakeskus raitistupa-perheet selvapaiva-olohuone
         toivontupa-asumistuki;
      1: selviytyjat-huumeet selvapaiva-kuntosali toivontupa-kahvila npv-kuopio-jalkautuva selviytyjat-vankila
         klarsikt-alkohol klarsikt-anhoriga recovery-meetings recovery-families`,
  },
  {
    id: 'syn-04',
    kind: 'synonym',
    text: 'en jaksa',
    judgments: `
      3: jaksamisentuki-tyouupumus jaksamisentuki-vanhemmat jaksamisentuki-verkkokurssi tukilinja-puhelin khy-stressinhallinta;
      2: mielenvire-vertaisryhma tukilinja-chat kirkasmieli-alakulo tuulikello-masennusryhma tuulikello-masennusryhma-siilinjarvi
         virvatuli-masennuksesta-toipuvat tukilinja-verkkoryhma pohjantahti-masennus kaislikko-masennusryhma mansikka-masennus
         sointu-masennusryhma lvl-vanhempainpuhelin tukikohta-virkistys;
      1: pesapuu-kotiapu tyonhakijat-vertaisryhma khy-uniryhma lahimmaistyo-nuoret varkausnuoret-walkin nuortenmieli-chat
         seniorilinja-puhelin knattebo-ensamforsorjare narstaende-rekreation intfamily-parents kic-students`,
  },
  {
    id: 'syn-05',
    kind: 'synonym',
    text: 'huumeet',
    judgments: `
      3: selviytyjat-huumeet npv-chat selvapaiva-vertaisryhma;
      2: selvapaiva-laheiset npv-vanhemmat raitistupa-paivakeskus toivontupa-asumistuki;
      1: npv-kuopio-jalkautuva raitistupa-perheet selviytyjat-vankila selvapaiva-olohuone raitistupa-lapinlahti
         vertaistupa-paihde kokkola-alkoholi toivontupa-kahvila klarsikt-anhoriga recovery-meetings recovery-families`,
  },
  { id: 'syn-06', kind: 'synonym', text: 'sokeritauti', judgments: DIABETES },
  {
    id: 'syn-07',
    kind: 'synonym',
    text: 'burnout',
    judgments: `
      3: jaksamisentuki-tyouupumus jaksamisentuki-verkkokurssi khy-stressinhallinta;
      2: jaksamisentuki-vanhemmat mielenvire-vertaisryhma tukikohta-virkistys;
      1: khy-uniryhma narstaende-rekreation kic-students intfamily-parents`,
  },
  {
    id: 'syn-08',
    kind: 'synonym',
    text: 'kaipaan ystävää',
    judgments: `
      3: lampo-ystavatoiminta kaupunkiystavat-ystava tunturiystavat-ystava lampo-ryhmaystava;
      2: hopeahapsi-ystava joroinen-ystava seniorimieli-puhelinystava kuusikko-kotikaynnit diakoniapiiri-lahimmaispalvelu
         kipunakivi-tukihenkilo mielenvire-kaverit kaupunkiystavat-kavely;
      1: ystavyydensilta-kieliystava tuulikello-olohuone pohjantahti-kohtaamispaikka kaislikko-kohtaamispaikka
         savonsateenkaari-ilta seniorilinja-ryhmapuhelu kulkijat-verkkoryhma guldkant-vanverksamhet borgavan-vanverksamhet
         ofn-befriending`,
  },
  {
    id: 'syn-09',
    kind: 'synonym',
    text: 'avioero',
    judgments: `
      3: turvasatama-erokriisi pesapuu-eroperheet lvl-eroneuvonta;
      2: lvl-isat;
      1: suojalehto-naisten-ryhma armonranta-keskusteluapu krisstod-skilsmassa ankaret-skilsmassa knattebo-pappagrupp`,
  },
  {
    id: 'syn-10',
    kind: 'synonym',
    text: 'uhkapelit',
    judgments: `
      3: pelirajat-chat pelirajat-vertaisryhma pelitauko-ryhma;
      2: pelirajat-laheiset;
      1: klarsikt-spel`,
  },
  {
    id: 'syn-11',
    kind: 'synonym',
    text: 'itsemurha-ajatukset',
    judgments: `
      3: tukilinja-itsetuhoisuus;
      2: tukilinja-puhelin turvasatama-kriisikeskustelu;
      1: tukilinja-chat nuortenmieli-chat turvasatama-itsemurha nuortenmieli-koulutus krisstod-telefon northernlight-helpline`,
  },
  {
    id: 'syn-12',
    kind: 'synonym',
    text: 'rahahuolet',
    judgments: `
      3: tasapeli-velkaneuvonta tasapeli-kuopio lahimmaistyo-taloustaidot;
      2: armonranta-taloudellinen yhteinenpoyta-ruokajako tasapeli-nuoret kattopaalle-asumisneuvonta;
      1: pelirajat-laheiset diakoniapiiri-ruokajakelu lahimmaisapu-ruoka joroinen-ruoka makitupa-ruoka kohtaamo-neuvonta
         armonranta-keskusteluapu balans-skuldradgivning moneymatters-debt touhula-leiri toimari-lounas lahimmaisapu-vaatteet
         pelirajat-chat`,
  },
  {
    id: 'syn-13',
    kind: 'synonym',
    text: 'kodittomuus',
    judgments: `
      3: kattopaalle-paivakeskus kattopaalle-asumisneuvonta;
      2: raitistupa-paivakeskus;
      1: toivontupa-asumistuki selviytyjat-vankila`,
  },
  {
    id: 'syn-14',
    kind: 'synonym',
    text: 'autismi',
    judgments: `
      3: kirjo-autismi-nuoret kulkijat-verkkoryhma kulkijat-asperger-tyo;
      2: kirjo-valmennus;
      1: kirjo-adhd-vanhemmat kirjo-aikuiset ndhub-autism eap-parents fokus-foraldrar`,
  },
  { id: 'syn-15', kind: 'synonym', text: 'pelkotilat', judgments: ANXIETY },
  // ---------------------------------------------------------------- typo
  { id: 'typo-01', kind: 'typo', text: 'omaishoitja', judgments: CAREGIVERS },
  { id: 'typo-02', kind: 'typo', text: 'masenus', judgments: DEPRESSION },
  { id: 'typo-03', kind: 'typo', text: 'alzheimr', judgments: MEMORY },
  { id: 'typo-04', kind: 'typo', text: 'vertaistukryhmä', judgments: PEER_GROUPS },
  { id: 'typo-05', kind: 'typo', text: 'yksinäsiyys', judgments: LONELINESS },
  { id: 'typo-06', kind: 'typo', text: 'paihdeongelma', judgments: SUBSTANCES },
  { id: 'typo-07', kind: 'typo', text: 'syopa', judgments: CANCER },
  { id: 'typo-08', kind: 'typo', text: 'mielenterveysyhdistyss', judgments: MENTAL_HEALTH_ASSOCIATIONS },
  { id: 'typo-09', kind: 'typo', text: 'diabetis', judgments: DIABETES },
  { id: 'typo-10', kind: 'typo', text: 'perhekahvla', judgments: FAMILY_CAFE },
  { id: 'typo-11', kind: 'typo', text: 'ahdstus', judgments: ANXIETY },
  {
    id: 'typo-12',
    kind: 'typo',
    text: 'kriisikesus',
    judgments: `
      3: turvasatama-kriisikeskustelu;
      2: turvasatama-sururyhma turvasatama-itsemurha turvasatama-erokriisi tukilinja-itsetuhoisuus;
      1: tukilinja-puhelin armonranta-keskusteluapu krisstod-telefon northernlight-helpline`,
  },
  // ---------------------------------------------------------------- swedish
  {
    id: 'sv-01',
    kind: 'swedish',
    text: 'stöd för närstående',
    judgments: `
      3: narstaende-kamratstod narstaende-radgivning narstaende-jakobstad jaksaen-puhelin stodhanden-anhoriga
         ljusglimt-demens-anhoriga fyrljuset-narstaende;
      2: narstaende-rekreation klarsikt-anhoriga;
      1: lahella-vertaisryhma lahella-neuvonta jaksaen-verkkoryhma muistojensilta-omaisryhma tuulikello-omaisilta
         intfamily-caregivers recovery-families`,
  },
  {
    id: 'sv-02',
    kind: 'swedish',
    text: 'sorg',
    judgments: `
      3: krisstod-sorg vasadiakoni-sorgegrupp;
      1: krisstod-telefon turvasatama-sururyhma lahimmaistyo-sururyhma surunvalo-lesket surunvalo-lapsensa-menettaneet
         diakoniapiiri-surukahvila pienetsurijat-lapset northernlight-grief`,
  },
  {
    id: 'sv-03',
    kind: 'swedish',
    text: 'depression',
    judgments: `
      3: stodhanden-depression;
      2: vagbrytaren-stodgrupp;
      1: krisstod-telefon stodhanden-motesplats northernlight-depression tuulikello-masennusryhma tukilinja-verkkoryhma
         nuortenmieli-masennusryhma tukilinja-chat`,
  },
  {
    id: 'sv-04',
    kind: 'swedish',
    text: 'kamratstöd cancer',
    judgments: `
      3: fyrljuset-kamratstod;
      2: fyrljuset-narstaende;
      1: fyrljuset-motion kaarnavene-vertaistukiryhma sst-verkkoryhma majakka-vertaisryhma auringonkukka-vertaisryhma
         kuunsilta-vertaistuki`,
  },
  {
    id: 'sv-05',
    kind: 'swedish',
    text: 'ensamhet äldre',
    judgments: `
      3: guldkant-vanverksamhet guldkant-samtalsgrupp borgavan-vanverksamhet;
      1: hopeahapsi-ystava seniorilinja-puhelin seniorilinja-ryhmapuhelu kuusikko-kotikaynnit joroinen-ystava
         lampo-ystavatoiminta diakoniapiiri-lahimmaispalvelu`,
  },
  {
    id: 'sv-06',
    kind: 'swedish',
    text: 'missbruk anhöriga',
    judgments: `
      3: klarsikt-anhoriga;
      1: klarsikt-alkohol klarsikt-spel selvapaiva-laheiset npv-vanhemmat recovery-families`,
  },
  {
    id: 'sv-07',
    kind: 'swedish',
    text: 'minnessjukdom',
    judgments: `
      3: ljusglimt-minnescafe ljusglimt-demens-anhoriga ljusglimt-radgivning vasadiakoni-minnescafe;
      1: muistojensilta-muistikahvila-kuopio muistojensilta-neuvonta muistiystavat-muistikahvila helmililja-muistikahvila
         kellokas-muistikahvila intfamily-caregivers`,
  },
  {
    id: 'sv-08',
    kind: 'swedish',
    text: 'familjecafé',
    judgments: `
      3: knattebo-familjecafe;
      1: knattebo-pappagrupp knattebo-ensamforsorjare pesapuu-perhekahvila pesapuu-perhekahvila-siilinjarvi
         perhetupa-perhekahvila tuulentupa-perhekahvila intfamily-playgroup`,
  },
  {
    id: 'sv-09',
    kind: 'swedish',
    text: 'stödgrupp för unga',
    judgments: `
      3: vagbrytaren-stodgrupp stodhanden-angest;
      2: fokus-adhd krisstod-unga-chatt;
      1: vagbrytaren-ungdomsgard nuortenmieli-masennusryhma lahimmaistyo-nuoret mielenpuutarha-nuoret-aikuiset
         jaksaen-nuoret-hoivaajat kirjavat-nuoret kic-students`,
  },
  {
    id: 'sv-10',
    kind: 'swedish',
    text: 'skuldrådgivning',
    judgments: `
      3: balans-skuldradgivning;
      1: tasapeli-velkaneuvonta tasapeli-kuopio moneymatters-debt`,
  },
  {
    id: 'sv-11',
    kind: 'swedish',
    text: 'stöd vid skilsmässa',
    judgments: `
      3: krisstod-skilsmassa ankaret-skilsmassa;
      2: knattebo-pappagrupp;
      1: turvasatama-erokriisi pesapuu-eroperheet lvl-eroneuvonta lvl-isat`,
  },
  // ---------------------------------------------------------------- english
  {
    id: 'en-01',
    kind: 'english',
    text: 'peer support group',
    note: 'Finnish-only peer groups are not usable for an English-speaking client and are left at 0.',
    judgments: `
      3: northernlight-depression kic-students intfamily-parents intfamily-caregivers recovery-meetings recovery-families
         ndhub-adhd eap-parents northernlight-grief;
      2: migrantwomen-group`,
  },
  {
    id: 'en-02',
    kind: 'english',
    text: 'mental health support in English',
    judgments: `
      3: kic-students northernlight-helpline northernlight-depression;
      2: northernlight-anxiety;
      1: northernlight-grief recovery-meetings migrantwomen-violence`,
  },
  {
    id: 'en-03',
    kind: 'english',
    text: 'loneliness',
    judgments: `
      3: ofn-befriending;
      2: kic-coffee intfamily-parents migrantwomen-group;
      1: ndhub-autism lampo-ystavatoiminta seniorilinja-puhelin kaupunkiystavat-ystava hopeahapsi-ystava guldkant-samtalsgrupp`,
  },
  {
    id: 'en-04',
    kind: 'english',
    text: 'dementia caregivers',
    judgments: `
      3: intfamily-caregivers;
      1: muistojensilta-omaisryhma muistiystavat-dementiaomaiset muistipolku-puolisot ljusglimt-demens-anhoriga`,
  },
  {
    id: 'en-05',
    kind: 'english',
    text: 'alcohol addiction help',
    judgments: `
      3: recovery-meetings;
      2: recovery-families;
      1: selvapaiva-vertaisryhma kokkola-alkoholi raitistupa-lapinlahti vertaistupa-paihde npv-chat klarsikt-alkohol`,
  },
  {
    id: 'en-06',
    kind: 'english',
    text: 'domestic violence',
    judgments: `
      3: migrantwomen-violence turvaverkko-puhelin;
      1: suojalehto-avopalvelu suojalehto-naisten-ryhma turvaverkko-chat suojalehto-miesten`,
  },
  {
    id: 'en-07',
    kind: 'english',
    text: 'debt advice',
    judgments: `
      3: moneymatters-debt;
      1: tasapeli-velkaneuvonta tasapeli-kuopio tasapeli-nuoret balans-skuldradgivning lahimmaistyo-taloustaidot`,
  },
  {
    id: 'en-08',
    kind: 'english',
    text: 'support for parents of autistic children',
    judgments: `
      3: eap-parents;
      1: fokus-foraldrar kirjo-adhd-vanhemmat kimmel-vanhemmat`,
  },
  // ---------------------------------------------------------------- filter
  {
    id: 'flt-01',
    kind: 'filter',
    text: 'vertaistuki',
    filters: { needs: ['syopa'] },
    judgments: `
      3: kaarnavene-vertaistukiryhma kaarnavene-rintasyopa kaarnavene-iisalmi sst-verkkoryhma sst-nuoret-aikuiset
         majakka-vertaisryhma majakka-eturauhanen auringonkukka-vertaisryhma kuunsilta-vertaistuki;
      2: kaarnavene-laheiset sst-lapset sst-sopeutumisvalmennus;
      1: kaarnavene-neuvonta kaarnavene-kuntosali fyrljuset-kamratstod fyrljuset-narstaende`,
  },
  {
    id: 'flt-02',
    kind: 'filter',
    text: 'ryhmä',
    filters: { needs: ['mielenterveys'], municipality: '297' },
    judgments: `
      3: tuulikello-masennusryhma lokinsiipi-nuorten-ilta;
      2: tuulikello-omaisilta tuulikello-retket tuulikello-olohuone nivelet-kipu nuortenmieli-masennusryhma rohkeus-pakko-oireet
         lampo-ryhmaystava;
      1: tuulikello-kokemusasiantuntija lokinsiipi-tyopainotteinen toimari-kuntouttava kiusaamaton-aikuiset kirjavat-nuoret
         northernlight-depression kic-students`,
  },
  {
    id: 'flt-03',
    kind: 'filter',
    text: 'kahvila',
    filters: { targets: ['ikaihmiset'] },
    judgments: `
      3: kylaapu-kylakahvila;
      2: muistojensilta-muistikahvila-kuopio muistojensilta-muistikahvila-varkaus muistojensilta-muistikahvila-suonenjoki
         muistiystavat-muistikahvila helmililja-muistikahvila kellokas-muistikahvila diakoniapiiri-surukahvila;
      1: yhteinenpoyta-yhteisateria hopeahapsi-kerho makitupa-seniorikerho armonranta-lahimmaiskerho ljusglimt-minnescafe
         vasadiakoni-minnescafe`,
  },
  {
    id: 'flt-04',
    kind: 'filter',
    text: 'tuki',
    filters: { needs: ['omaishoito'], municipality: '140' },
    judgments: `
      3: tukikohta-vertaisryhma tukikohta-virkistys muistiystavat-dementiaomaiset;
      2: jaksaen-puhelin jaksaen-verkkoryhma;
      1: jaksaen-nuoret-hoivaajat jaksaen-tyossakayvat recovery-families`,
  },
  {
    id: 'flt-05',
    kind: 'filter',
    text: 'nuoret',
    filters: { supports: ['keskusteluapu'] },
    judgments: `
      3: nuortenmieli-chat varkausnuoret-walkin npv-chat npv-kuopio-jalkautuva lvl-lastenpuhelin;
      2: tasapeli-nuoret tukilinja-puhelin tukilinja-itsetuhoisuus turvasatama-kriisikeskustelu turvaverkko-chat pelirajat-chat;
      1: krisstod-unga-chatt krisstod-telefon npv-vanhemmat`,
  },
  {
    id: 'flt-06',
    kind: 'filter',
    text: 'liikunta',
    filters: { targets: ['vammaiset'] },
    judgments: `
      3: kimmel-liikunta pyoratuoli-sahly silmapuu-keilailu;
      1: kimmel-nuorten-kerho kuulas-disco`,
  },
  {
    id: 'flt-07',
    kind: 'filter',
    text: 'vertaisryhmä',
    filters: { needs: ['paihteet'], targets: ['omaiset'] },
    judgments: `
      3: selvapaiva-laheiset;
      1: klarsikt-anhoriga recovery-families`,
  },
  {
    id: 'flt-08',
    kind: 'filter',
    text: 'neuvonta',
    filters: { needs: ['talous'], municipality: '915' },
    judgments: `
      3: tasapeli-kuopio;
      2: tasapeli-velkaneuvonta kattopaalle-asumisneuvonta;
      1: tasapeli-nuoret pelirajat-laheiset moneymatters-debt`,
  },
  {
    id: 'flt-09',
    kind: 'filter',
    text: 'chat',
    filters: { targets: ['nuoret'] },
    judgments: `
      3: nuortenmieli-chat npv-chat tasapeli-nuoret turvaverkko-chat lvl-lastenpuhelin pelirajat-chat;
      1: krisstod-unga-chatt`,
  },
  {
    id: 'flt-10',
    kind: 'filter',
    text: 'ryhmä',
    filters: { supports: ['vertaistuki'], targets: ['ikaihmiset'] },
    judgments: `
      3: seniorimieli-mielialaryhma surunvalo-lesket sykeva-aivoinfarkti lahimmaistyo-sururyhma;
      2: muistojensilta-muistikahvila-kuopio muistojensilta-muistikahvila-varkaus muistojensilta-muistikahvila-suonenjoki
         muistiystavat-muistikahvila helmililja-muistikahvila kellokas-muistikahvila sykeva-sydankerho hermosto-parkinson
         muistipolku-puolisot diakoniapiiri-surukahvila;
      1: muistojensilta-ensitieto kiuruvesi-diabetesluento ljusglimt-minnescafe vasadiakoni-sorgegrupp vasadiakoni-minnescafe`,
  },
  {
    id: 'flt-11',
    kind: 'filter',
    text: 'kurssi',
    filters: { needs: ['syopa'] },
    judgments: `
      3: sst-sopeutumisvalmennus;
      2: sst-lapset`,
  },
  // ---------------------------------------------------------------- municipality
  {
    id: 'mun-01',
    kind: 'municipality',
    text: 'omaishoitajat',
    filters: { municipality: '297' },
    judgments: `
      3: lahella-virkistyspaiva lahella-vertaisryhma lahella-valmennus lahella-neuvonta;
      2: lahella-liikunta juhla-joulujuhla jaksaen-puhelin jaksaen-verkkoryhma muistojensilta-omaisryhma;
      1: jaksaen-nuoret-hoivaajat jaksaen-tyossakayvat muistojensilta-neuvonta kaarnavene-laheiset tuulikello-omaisilta`,
  },
  {
    id: 'mun-02',
    kind: 'municipality',
    text: 'masennus',
    filters: { municipality: '140' },
    judgments: `
      3: virvatuli-masennuksesta-toipuvat;
      2: lahimmaistyo-nuoret tukilinja-verkkoryhma tukilinja-chat nuortenmieli-masennusryhma;
      1: virvatuli-ahdistus virvatuli-paivatoiminta turvasatama-kriisikeskustelu tukilinja-puhelin northernlight-depression
         kiusaamaton-aikuiset`,
  },
  {
    id: 'mun-03',
    kind: 'municipality',
    text: 'muistikahvila',
    filters: { municipality: '915' },
    judgments: `
      3: muistojensilta-muistikahvila-varkaus;
      1: muistojensilta-neuvonta ljusglimt-radgivning`,
  },
  {
    id: 'mun-04',
    kind: 'municipality',
    text: 'ruoka-apu',
    filters: { municipality: '749' },
    judgments: `
      3: lahimmaisapu-ruoka;
      1: lahimmaisapu-vaatteet`,
  },
  {
    id: 'mun-05',
    kind: 'municipality',
    text: 'syöpä',
    filters: { municipality: '402' },
    judgments: `
      3: kaarnavene-neuvonta;
      2: sst-verkkoryhma sst-sopeutumisvalmennus sst-nuoret-aikuiset sst-lapset`,
  },
  {
    id: 'mun-06',
    kind: 'municipality',
    text: 'perhekahvila',
    filters: { municipality: '905' },
    judgments: `
      3: tuulentupa-perhekahvila;
      1: tuulentupa-vauvaryhma`,
  },
  {
    id: 'mun-07',
    kind: 'municipality',
    text: 'ystävätoiminta',
    filters: { municipality: '091' },
    judgments: `
      3: kaupunkiystavat-ystava;
      2: kaupunkiystavat-kavely seniorimieli-puhelinystava;
      1: sinisiipi-vapaaehtoiset seniorilinja-puhelin`,
  },
  {
    id: 'mun-08',
    kind: 'municipality',
    text: 'sururyhmä',
    filters: { municipality: '420' },
    judgments: `
      3: diakoniapiiri-surukahvila;
      2: surunvalo-lapsensa-menettaneet surunvalo-nuoret-lesket;
      1: turvasatama-kriisikeskustelu surunvalo-surukirje pienetsurijat-nuoret krisstod-sorg northernlight-grief`,
  },
  {
    id: 'mun-09',
    kind: 'municipality',
    text: 'kuntosali',
    filters: { municipality: '778' },
    judgments: `
      3: liikkeelle-kuntosali kylaapu-kuntosali`,
  },
  {
    id: 'mun-10',
    kind: 'municipality',
    text: 'päihteet',
    filters: { municipality: '140' },
    judgments: `
      3: raitistupa-paivakeskus;
      2: raitistupa-perheet npv-chat npv-vanhemmat;
      1: recovery-meetings recovery-families`,
  },
  // ---------------------------------------------------------------- prefix
  {
    id: 'pre-01',
    kind: 'prefix',
    text: 'omais',
    judgments: `
      3: lahella-virkistyspaiva lahella-vertaisryhma lahella-valmennus lahella-neuvonta lahella-siilinjarvi lahella-tuusniemi
         tukikohta-vertaisryhma tukikohta-virkistys tukikohta-keitele jaksaen-puhelin jaksaen-verkkoryhma
         kasikkain-vertaisryhma kasikkain-risteily lapinlahti-omaisryhma varkaussydan-omaishoitajat;
      2: lahella-liikunta juhla-joulujuhla jaksaen-nuoret-hoivaajat jaksaen-tyossakayvat muistojensilta-omaisryhma
         muistiystavat-dementiaomaiset muistipolku-puolisot tuulikello-omaisilta kirkasmieli-omaisryhma kaislikko-omaiset;
      1: muistiystavat-ulkoilu kellokas-paivatoiminta kaarnavene-laheiset selvapaiva-laheiset narstaende-kamratstod
         narstaende-rekreation narstaende-radgivning narstaende-jakobstad intfamily-caregivers`,
  },
  { id: 'pre-02', kind: 'prefix', text: 'masen', judgments: DEPRESSION },
  {
    id: 'pre-03',
    kind: 'prefix',
    text: 'muistik',
    judgments: `
      3: muistojensilta-muistikahvila-kuopio muistojensilta-muistikahvila-varkaus muistojensilta-muistikahvila-suonenjoki
         muistiystavat-muistikahvila helmililja-muistikahvila kellokas-muistikahvila;
      2: helmililja-kuntoutus;
      1: ljusglimt-minnescafe vasadiakoni-minnescafe muistojensilta-omaisryhma muistiystavat-dementiaomaiset muistojensilta-tanssi`,
  },
  { id: 'pre-04', kind: 'prefix', text: 'mielenterv', judgments: MENTAL_HEALTH },
  { id: 'pre-05', kind: 'prefix', text: 'päih', judgments: SUBSTANCES },
  {
    id: 'pre-06',
    kind: 'prefix',
    text: 'perhek',
    judgments: `
      3: pesapuu-perhekahvila pesapuu-perhekahvila-siilinjarvi perhetupa-perhekahvila tuulentupa-perhekahvila
         makitupa-perhekerho vieremaperheet-perhekerho;
      1: pesapuu-isat kirjavat-perheet intfamily-playgroup knattebo-familjecafe`,
  },
  { id: 'pre-07', kind: 'prefix', text: 'syöp', judgments: CANCER },
  { id: 'pre-08', kind: 'prefix', text: 'kriis', judgments: CRISIS },
  { id: 'pre-09', kind: 'prefix', text: 'ystäv', judgments: BEFRIENDING },
  { id: 'pre-10', kind: 'prefix', text: 'diabe', judgments: DIABETES },
  // ---------------------------------------------------------------- plain
  {
    id: 'pln-01',
    kind: 'plain',
    text: 'Omaishoitajien virkistyspäivä',
    judgments: `
      3: lahella-virkistyspaiva;
      2: kasikkain-risteily tukikohta-virkistys;
      1: narstaende-rekreation juhla-joulujuhla lahella-vertaisryhma`,
  },
  {
    id: 'pln-02',
    kind: 'plain',
    text: 'Masennusryhmä',
    judgments: `
      3: tuulikello-masennusryhma pohjantahti-masennus kaislikko-masennusryhma tuulikello-masennusryhma-siilinjarvi
         mansikka-masennus;
      2: virvatuli-masennuksesta-toipuvat tukilinja-verkkoryhma nuortenmieli-masennusryhma sointu-masennusryhma
         kirkasmieli-alakulo sinisiipi-synnytys seniorimieli-mielialaryhma lahimmaistyo-nuoret;
      1: vertaistupa-alavire mielenpuutarha-kaksisuuntainen sinisiipi-mielialakurssi mielenvire-vertaisryhma
         stodhanden-depression northernlight-depression`,
  },
  {
    id: 'pln-03',
    kind: 'plain',
    text: 'Mielenterveysyhdistys Tuulikello',
    judgments: `
      3: tuulikello-masennusryhma tuulikello-masennusryhma-siilinjarvi tuulikello-olohuone tuulikello-kuntosali
         tuulikello-kokemusasiantuntija tuulikello-omaisilta tuulikello-retket`,
  },
  {
    id: 'pln-04',
    kind: 'plain',
    text: 'Klubitalo Lokinsiipi',
    judgments: `3: lokinsiipi-tyopainotteinen lokinsiipi-siirtymatyo lokinsiipi-nuorten-ilta`,
  },
  { id: 'pln-05', kind: 'plain', text: 'Muistikahvila', judgments: MEMORY_CAFE },
  {
    id: 'pln-06',
    kind: 'plain',
    text: 'Nuorten chat',
    judgments: `
      3: nuortenmieli-chat;
      2: npv-chat tasapeli-nuoret;
      1: lvl-lastenpuhelin turvaverkko-chat krisstod-unga-chatt`,
  },
  { id: 'pln-07', kind: 'plain', text: 'Sururyhmä', judgments: GRIEF_GROUPS },
  {
    id: 'pln-08',
    kind: 'plain',
    text: 'Kuopion Seudun Omaishoitajat Lähellä',
    judgments: `
      3: lahella-virkistyspaiva lahella-vertaisryhma lahella-valmennus lahella-neuvonta lahella-siilinjarvi lahella-tuusniemi
         lahella-liikunta`,
  },
  {
    id: 'pln-09',
    kind: 'plain',
    text: 'Syöpäpotilaiden vertaistukiryhmä',
    judgments: `
      3: kaarnavene-vertaistukiryhma;
      2: majakka-vertaisryhma auringonkukka-vertaisryhma kuunsilta-vertaistuki sst-verkkoryhma;
      1: kaarnavene-iisalmi kaarnavene-rintasyopa`,
  },
  {
    id: 'pln-10',
    kind: 'plain',
    text: 'Päihdechat nuorille',
    judgments: `
      3: npv-chat;
      1: nuortenmieli-chat pelirajat-chat`,
  },
];
