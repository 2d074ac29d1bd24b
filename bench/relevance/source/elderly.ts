import type { SrcOrg } from './types.js';

/** Memory disorders, ageing, family caregivers. */
export const elderly: SrcOrg[] = [
  {
    key: 'muistiluotsi',
    name: 'Savon Muistiyhdistys Muistojen Silta ry',
    municipality: '297',
    description:
      'Muistiyhdistys tukee muistisairaita ihmisiä ja heidän läheisiään Kuopiossa, Siilinjärvellä, Suonenjoella ja Varkaudessa. Tarjoamme neuvontaa, vertaisryhmiä ja virkistystä.',
    activities: [
      {
        key: 'muistojensilta-muistikahvila-kuopio',
        name: 'Muistikahvila',
        needs: ['muistisairaus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['ikaihmiset', 'omaiset'],
        description:
          'Avoin kahvihetki muistisairaille ja heidän läheisilleen kuukauden toisena tiistaina Kuopion pääkirjastossa. Joka kerta lyhyt alustus muistiin liittyvästä aiheesta, sen jälkeen vapaata keskustelua.',
      },
      {
        key: 'muistojensilta-muistikahvila-varkaus',
        name: 'Muistikahvila Varkaudessa',
        places: ['915'],
        needs: ['muistisairaus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['ikaihmiset', 'omaiset'],
        description:
          'Avoin kahvihetki muistisairaille ja heidän läheisilleen Varkauden kaupungintalon kahviossa kerran kuukaudessa. Alustus ja vapaata keskustelua.',
      },
      {
        key: 'muistojensilta-muistikahvila-suonenjoki',
        name: 'Muistikahvila Suonenjoella',
        places: ['778'],
        needs: ['muistisairaus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['ikaihmiset', 'omaiset'],
        description: 'Muistikahvila kokoontuu Suonenjoen palvelukeskuksessa. Tervetuloa muistisairaat ja läheiset.',
      },
      {
        key: 'muistojensilta-omaisryhma',
        name: 'Muistisairaiden omaisten vertaisryhmä',
        needs: ['muistisairaus', 'omaishoito'],
        supports: ['vertaistuki'],
        targets: ['omaiset'],
        description:
          'Ryhmä sinulle, jonka puoliso tai vanhempi sairastaa Alzheimerin tautia tai muuta etenevää muistisairautta. Jaamme kokemuksia arjesta, käytösoireista ja omasta jaksamisesta. Hoitaja voidaan järjestää kotiin ryhmän ajaksi.',
      },
      {
        key: 'muistojensilta-neuvonta',
        name: 'Muistineuvonta',
        places: ['297', '749', '778', '915'],
        needs: ['muistisairaus'],
        supports: ['neuvonta'],
        targets: ['ikaihmiset', 'omaiset'],
        description:
          'Muistiasiantuntija neuvoo puhelimessa ja tapaamisissa: mitä tehdä, kun muisti alkaa pettää, miten hakeutua muistitutkimuksiin, mitä etuuksia muistisairaan perhe voi hakea.',
      },
      {
        key: 'muistojensilta-ensitieto',
        name: 'Ensitietokurssi juuri sairastuneille',
        needs: ['muistisairaus'],
        supports: ['kurssit', 'vertaistuki'],
        targets: ['ikaihmiset', 'aikuiset', 'omaiset'],
        description:
          'Neljän kerran kurssi henkilöille, joilla on äskettäin todettu muistisairaus, sekä heidän puolisoilleen. Tietoa sairaudesta, hoidosta, juridisista asioista ja tulevaisuuden suunnittelusta.',
      },
      {
        key: 'muistojensilta-tyoikaiset',
        name: 'Työikäisenä muistisairauteen sairastuneiden ryhmä',
        needs: ['muistisairaus'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description:
          'Vertaisryhmä alle 65-vuotiaana muistisairauden diagnoosin saaneille. Työikäisenä sairastuminen tuo omat haasteensa työhön, perheeseen ja talouteen.',
      },
      {
        key: 'muistojensilta-tanssi',
        name: 'Muistitanssit',
        needs: ['muistisairaus', 'ikaantyminen'],
        supports: ['liikunta', 'ryhmatoiminta'],
        targets: ['ikaihmiset', 'omaiset'],
        description: 'Tanssiaiset muistisairaille ja heidän läheisilleen elävän musiikin tahdissa kaksi kertaa keväässä.',
      },
    ],
  },
  {
    key: 'ylasavon-muisti',
    name: 'Ylä-Savon Muistiystävät ry',
    municipality: '140',
    description: 'Muistiystävät toimii Iisalmessa, Kiuruvedellä, Sonkajärvellä, Vieremällä, Lapinlahdella ja Pielavedellä.',
    activities: [
      {
        key: 'muistiystavat-muistikahvila',
        name: 'Muistikahvila Iisalmi',
        needs: ['muistisairaus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['ikaihmiset', 'omaiset'],
        description: 'Muistikahvila Iisalmen kulttuurikeskuksessa kuukauden viimeisenä keskiviikkona. Kahvi, keskustelua ja vierailevia puhujia.',
      },
      {
        key: 'muistiystavat-dementiaomaiset',
        name: 'Dementoituneen läheisen rinnalla',
        places: ['140', '263', '762', '925', '402', '595'],
        needs: ['muistisairaus', 'omaishoito'],
        supports: ['vertaistuki', 'keskusteluapu'],
        targets: ['omaiset'],
        description:
          'Keskusteluryhmä omaisille, joiden läheinen sairastaa dementiaa. Ryhmä kiertää Ylä-Savon kunnissa. Mukana muistihoitaja.',
      },
      {
        key: 'muistiystavat-ulkoilu',
        name: 'Ulkoiluystävä muistisairaalle',
        needs: ['muistisairaus', 'yksinaisyys'],
        supports: ['ystavatoiminta', 'liikunta', 'vapaaehtoistoiminta'],
        targets: ['ikaihmiset'],
        description:
          'Vapaaehtoinen ulkoiluystävä tulee hakemaan muistisairaan kävelylle tai asioille kerran viikossa. Samalla omaishoitaja saa hetken omaa aikaa.',
      },
    ],
  },
  {
    key: 'muisti-helsinki',
    name: 'Muistiyhdistys Helmililja ry',
    municipality: '091',
    description: 'Helsinkiläinen muistiyhdistys, myös ruotsinkielistä toimintaa.',
    activities: [
      {
        key: 'helmililja-muistikahvila',
        name: 'Muistikahvila Kalliossa',
        needs: ['muistisairaus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['ikaihmiset', 'omaiset'],
        description: 'Kuukausittainen muistikahvila Kallion palvelukeskuksessa.',
      },
      {
        key: 'helmililja-kuntoutus',
        name: 'Muistikuntoutusryhmä',
        needs: ['muistisairaus', 'ikaantyminen'],
        supports: ['ryhmatoiminta', 'kurssit'],
        targets: ['ikaihmiset'],
        description:
          'Ohjattu ryhmä lievää muistisairautta sairastaville: muistiharjoituksia, liikuntaa ja keskustelua. Tavoitteena tukea kotona asumista mahdollisimman pitkään.',
      },
    ],
  },
  {
    key: 'omaishoitajat-savo',
    name: 'Kuopion Seudun Omaishoitajat Lähellä ry',
    municipality: '297',
    description:
      'Omaishoitajien ja läheisten yhdistys Kuopiossa ja lähikunnissa. Järjestämme vertaistukea, virkistystä, valmennusta ja edunvalvontaa kaikille, jotka auttavat läheistään arjessa.',
    activities: [
      {
        key: 'lahella-virkistyspaiva',
        name: 'Omaishoitajien virkistyspäivä',
        needs: ['omaishoito'],
        supports: ['ryhmatoiminta'],
        targets: ['omaiset'],
        description:
          'Kerran keväällä ja kerran syksyllä järjestettävä virkistyspäivä omaishoitajille: hyvää ruokaa, hemmottelua, musiikkia ja muiden omaishoitajien seuraa. Hoidettavalle voidaan järjestää hoitaja päivän ajaksi.',
      },
      {
        key: 'lahella-vertaisryhma',
        name: 'Omaishoitajien vertaisryhmä',
        needs: ['omaishoito'],
        supports: ['vertaistuki'],
        targets: ['omaiset'],
        description:
          'Omaishoitajien vertaisryhmä kokoontuu Kuopion keskustassa joka kuukauden ensimmäinen keskiviikko. Jaetaan kokemuksia, vinkkejä ja tuetaan toinen toista.',
      },
      {
        key: 'lahella-valmennus',
        name: 'Omaishoitajavalmennus',
        needs: ['omaishoito'],
        supports: ['kurssit', 'neuvonta'],
        targets: ['omaiset'],
        description:
          'Valmennus uusille omaishoitajille: omaishoidon tuki, vapaapäivät, apuvälineet, lääkehoito ja oma jaksaminen. Viisi iltaa yhteistyössä hyvinvointialueen kanssa.',
      },
      {
        key: 'lahella-neuvonta',
        name: 'Omaishoitajien neuvonta',
        places: ['297', '749', '420', '857', '204'],
        needs: ['omaishoito'],
        supports: ['neuvonta', 'edunvalvonta'],
        targets: ['omaiset'],
        description:
          'Neuvontaa omaishoidon tukeen, lakisääteisiin vapaapäiviin ja palveluihin liittyvissä kysymyksissä. Autamme hakemusten kanssa.',
      },
      {
        key: 'lahella-siilinjarvi',
        name: 'Läheisiään auttavien kahvila Siilinjärvellä',
        places: ['749'],
        needs: ['omaishoito'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['omaiset'],
        description:
          'Kahvila kaikille, jotka auttavat puolisoaan, vanhempaansa tai lastaan arjessa, vaikka eivät olisi virallisesti omaishoitajia. Joka toinen perjantai.',
      },
      {
        key: 'lahella-tuusniemi',
        name: 'Omaishoitajien vertaisryhmä Tuusniemellä',
        places: ['857'],
        needs: ['omaishoito'],
        supports: ['vertaistuki'],
        targets: ['omaiset'],
        description: 'Vertaisryhmä Tuusniemen omaishoitajille, kokoontuu seurakuntatalolla kerran kuussa.',
      },
      {
        key: 'lahella-liikunta',
        name: 'Omaishoitajien vesijumppa',
        needs: ['omaishoito', 'terveys'],
        supports: ['liikunta'],
        targets: ['omaiset'],
        description: 'Vesijumppa omaishoitajille Kuopion uimahallissa torstaisin, hinta sisältää uintimaksun.',
      },
    ],
  },
  {
    key: 'omaishoitajat-ylasavo',
    name: 'Ylä-Savon Omaishoitajayhdistys Tukikohta ry',
    municipality: '140',
    description: 'Omaishoitajien yhdistys Iisalmessa ja Ylä-Savon kunnissa.',
    activities: [
      {
        key: 'tukikohta-vertaisryhma',
        name: 'Omaishoitajien vertaisryhmä Iisalmessa',
        needs: ['omaishoito'],
        supports: ['vertaistuki'],
        targets: ['omaiset'],
        description: 'Omaishoitajien vertaisryhmä kokoontuu Iisalmessa joka kuukauden toinen tiistai. Jaetaan kokemuksia ja tuetaan toisiamme.',
      },
      {
        key: 'tukikohta-virkistys',
        name: 'Omaishoitajien lomaviikonloppu',
        places: ['140', '263', '925', '762', '402'],
        needs: ['omaishoito', 'uupumus'],
        supports: ['ryhmatoiminta', 'kurssit'],
        targets: ['omaiset'],
        description:
          'Kylpylässä vietettävä lomaviikonloppu omaishoitajille, joiden voimat ovat vähissä. Ohjelmassa lepoa, liikuntaa ja keskusteluja jaksamisesta.',
      },
      {
        key: 'tukikohta-keitele',
        name: 'Omaishoitajien kerho Keiteleellä',
        places: ['239', '595'],
        needs: ['omaishoito'],
        supports: ['ryhmatoiminta', 'vertaistuki'],
        targets: ['omaiset'],
        description: 'Kerho Keiteleen ja Pielaveden omaishoitajille, vuorotellen kummassakin kunnassa.',
      },
    ],
  },
  {
    key: 'omaiset-verkossa',
    name: 'Omaisena Jaksaen ry',
    description: 'Valtakunnallinen omaishoitajien ja läheisten tukijärjestö, toiminta pääosin verkossa ja puhelimessa.',
    activities: [
      {
        key: 'jaksaen-puhelin',
        name: 'Omaisneuvonnan puhelin',
        nationwide: true,
        remote: true,
        needs: ['omaishoito'],
        supports: ['neuvonta', 'keskusteluapu'],
        targets: ['omaiset'],
        description:
          'Valtakunnallinen neuvontapuhelin omaishoitajille ja läheistään auttaville: omaishoidon tuki, palvelut, jaksaminen. Soitto maksaa normaalin puhelun hinnan.',
        tr: {
          sv: {
            name: 'Rådgivningstelefon för närståendevårdare',
            description: 'Riksomfattande rådgivning för närståendevårdare och anhöriga: stöd för närståendevård, tjänster och egen ork.',
          },
        },
      },
      {
        key: 'jaksaen-verkkoryhma',
        name: 'Omaishoitajien verkkovertaisryhmä',
        nationwide: true,
        remote: true,
        needs: ['omaishoito'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['omaiset'],
        description:
          'Videoyhteydellä kokoontuva vertaisryhmä omaishoitajille, joiden on vaikea irrottautua kotoa. Iltaisin, kun hoidettava on jo nukkumassa.',
      },
      {
        key: 'jaksaen-nuoret-hoivaajat',
        name: 'Nuorten hoivaajien ryhmä',
        nationwide: true,
        remote: true,
        needs: ['omaishoito'],
        supports: ['vertaistuki'],
        targets: ['nuoret', 'omaiset'],
        description:
          'Verkkoryhmä 13–25-vuotiaille, jotka auttavat sairasta vanhempaansa tai sisarustaan kotona. Et ole ainoa.',
      },
      {
        key: 'jaksaen-tyossakayvat',
        name: 'Työn ja omaishoidon yhteensovittaminen -webinaarit',
        nationwide: true,
        remote: true,
        needs: ['omaishoito', 'tyo'],
        supports: ['kurssit', 'neuvonta'],
        targets: ['omaiset', 'aikuiset'],
        description: 'Webinaarisarja työssä käyville, jotka huolehtivat ikääntyvästä vanhemmastaan.',
      },
    ],
  },
  {
    key: 'seniorit-kuopio',
    name: 'Eläkeläisyhdistys Hopeahapsi ry',
    municipality: '297',
    description: 'Kuopiolainen eläkeläisten yhdistys: liikuntaa, kerhoja, retkiä ja ystävätoimintaa.',
    activities: [
      {
        key: 'hopeahapsi-senioritanssi',
        name: 'Senioritanssit',
        needs: ['ikaantyminen', 'terveys'],
        supports: ['liikunta', 'ryhmatoiminta'],
        targets: ['ikaihmiset'],
        description: 'Tanssiaiset eläkeläisille maanantaisin. Opetellaan myös uusia tansseja.',
      },
      {
        key: 'hopeahapsi-tasapaino',
        name: 'Tasapainoryhmä kaatumisten ehkäisyyn',
        needs: ['ikaantyminen', 'terveys'],
        supports: ['liikunta'],
        targets: ['ikaihmiset'],
        description:
          'Fysioterapeutin ohjaama ryhmä, jossa harjoitellaan tasapainoa ja lihasvoimaa. Kaatumisen pelko vähenee, kun jalat ovat vahvat. Sopii myös rollaattorilla liikkuville.',
      },
      {
        key: 'hopeahapsi-digi',
        name: 'Digiopastus senioreille',
        needs: ['ikaantyminen'],
        supports: ['neuvonta', 'vapaaehtoistoiminta'],
        targets: ['ikaihmiset'],
        description:
          'Vapaaehtoiset digitutorit neuvovat puhelimen, tabletin ja verkkopankin käytössä. Tuo oma laitteesi mukaan. Tiistaisin kirjastossa.',
      },
      {
        key: 'hopeahapsi-ystava',
        name: 'Ikäihmisten ystävätoiminta',
        needs: ['yksinaisyys', 'ikaantyminen'],
        supports: ['ystavatoiminta', 'vapaaehtoistoiminta'],
        targets: ['ikaihmiset'],
        description:
          'Yksinäiselle ikäihmiselle voi saada vapaaehtoisen ystävän, joka käy kylässä tai lähtee ulkoilemaan. Myös vapaaehtoiseksi voi ilmoittautua.',
      },
      {
        key: 'hopeahapsi-kerho',
        name: 'Torstaikerho',
        needs: ['ikaantyminen', 'yksinaisyys'],
        supports: ['ryhmatoiminta'],
        targets: ['ikaihmiset'],
        description: 'Viikoittainen kerho: esitelmiä, visailuja, laulua ja kahvit. Uudet jäsenet tervetulleita.',
      },
    ],
  },
  {
    key: 'seniorit-maaseutu',
    name: 'Kyläavun Seniorit ry',
    municipality: '686',
    description: 'Rautalammin, Tervon, Vesannon ja Suonenjoen kyläyhdistysten yhteinen seniorityö.',
    activities: [
      {
        key: 'kylaapu-kyytiapu',
        name: 'Asiointikyydit ikäihmisille',
        places: ['686', '844', '921', '778'],
        needs: ['ikaantyminen', 'yksinaisyys'],
        supports: ['vapaaehtoistoiminta', 'aineellinen'],
        targets: ['ikaihmiset'],
        description:
          'Vapaaehtoiset kuljettajat vievät kauppaan, apteekkiin ja lääkäriin haja-asutusalueilla asuvia ikäihmisiä. Pieni kilometrikorvaus.',
      },
      {
        key: 'kylaapu-kuntosali',
        name: 'Senioreiden kuntosaliryhmä',
        places: ['686', '778'],
        needs: ['ikaantyminen', 'terveys'],
        supports: ['liikunta'],
        targets: ['ikaihmiset'],
        description: 'Ohjattu kuntosaliryhmä yli 65-vuotiaille Rautalammilla ja Suonenjoella. Vahvistaa lihaksia ja ehkäisee kaatumisia.',
      },
      {
        key: 'kylaapu-kylakahvila',
        name: 'Kyläkahvila Tervossa',
        places: ['844'],
        needs: ['yksinaisyys', 'ikaantyminen'],
        supports: ['ryhmatoiminta'],
        targets: ['ikaihmiset'],
        description: 'Kahvila kylätalolla kahdesti kuussa. Yksin asuvat tervetulleita, kyyti järjestetään tarvittaessa.',
      },
    ],
  },
  {
    key: 'vanhustenpuhelin',
    name: 'Seniorilinja ry',
    description: 'Valtakunnallinen järjestö ikäihmisten yksinäisyyden lievittämiseen.',
    activities: [
      {
        key: 'seniorilinja-puhelin',
        name: 'Seniorien auttava puhelin',
        nationwide: true,
        remote: true,
        needs: ['yksinaisyys', 'ikaantyminen'],
        supports: ['keskusteluapu'],
        targets: ['ikaihmiset'],
        description:
          'Maksuton puhelin yli 60-vuotiaille. Voit soittaa, kun tekee mieli jutella tai mieltä painaa jokin huoli. Päivystys joka päivä klo 16–20.',
      },
      {
        key: 'seniorilinja-ryhmapuhelu',
        name: 'Puhelinpiiri yksinäisille ikäihmisille',
        nationwide: true,
        remote: true,
        needs: ['yksinaisyys'],
        supports: ['ryhmatoiminta', 'keskusteluapu'],
        targets: ['ikaihmiset'],
        description: 'Kuuden hengen keskusteluryhmä puhelimessa kerran viikossa. Sopii myös liikuntarajoitteisille, jotka eivät pääse kotoa.',
      },
    ],
  },
];
