import type { SrcOrg } from './types.js';

/** Disability and neurodevelopmental conditions. */
export const disability: SrcOrg[] = [
  {
    key: 'kehitysvamma-savo',
    name: 'Kehitysvammaisten Tukiyhdistys Kimmel ry',
    municipality: '297',
    description:
      'Kehitysvammaisten ihmisten ja heidän perheidensä yhdistys Kuopiossa. Harrastuksia, vertaistukea ja edunvalvontaa.',
    activities: [
      {
        key: 'kimmel-nuorten-kerho',
        name: 'Kehitysvammaisten nuorten iltakerho',
        needs: ['vammaisuus'],
        supports: ['ryhmatoiminta'],
        targets: ['nuoret', 'vammaiset'],
        description:
          'Iltakerho 15–30-vuotiaille kehitysvammaisille nuorille: musiikkia, pelejä, leivontaa ja retkiä. Avustajat paikalla, selkokieliset ohjeet.',
      },
      {
        key: 'kimmel-vanhemmat',
        name: 'Erityislasten vanhempien vertaisryhmä',
        needs: ['vammaisuus', 'perhe'],
        supports: ['vertaistuki'],
        targets: ['perheet'],
        description:
          'Vertaisryhmä vanhemmille, joiden lapsella on kehitysvamma tai muu erityisen tuen tarve. Lapsille järjestetään hoito samaan aikaan.',
      },
      {
        key: 'kimmel-tukiviittomat',
        name: 'Tukiviittomakurssi',
        needs: ['vammaisuus'],
        supports: ['kurssit'],
        targets: ['perheet', 'ammattilaiset'],
        description: 'Kurssi tukiviittomien ja kuvakommunikaation käytöstä perheille ja työntekijöille.',
      },
      {
        key: 'kimmel-liikunta',
        name: 'Soveltava liikuntaryhmä',
        needs: ['vammaisuus', 'terveys'],
        supports: ['liikunta'],
        targets: ['vammaiset', 'lapset', 'nuoret'],
        description: 'Soveltavaa liikuntaa kehitysvammaisille lapsille ja nuorille: pallopelejä, uintia ja temppuilua.',
      },
      {
        key: 'kimmel-asuminen',
        name: 'Neuvonta kehitysvammaisen nuoren asumiseen',
        needs: ['vammaisuus', 'asuminen'],
        supports: ['neuvonta', 'edunvalvonta'],
        targets: ['perheet', 'vammaiset'],
        description:
          'Kun kehitysvammainen nuori aikuinen muuttaa pois lapsuudenkodistaan, perhe tarvitsee tietoa asumisvaihtoehdoista ja palveluista. Neuvomme ja kuljemme rinnalla.',
      },
    ],
  },
  {
    key: 'nakovamma',
    name: 'Itä-Suomen Näkövammaiset Silmäpuu ry',
    municipality: '297',
    description: 'Näkövammaisten yhdistys Pohjois-Savossa ja Pohjois-Karjalassa.',
    activities: [
      {
        key: 'silmapuu-vertaistuki',
        name: 'Näkövammaisten vertaistuki',
        places: ['297', '140', '915', '167'],
        needs: ['vammaisuus'],
        supports: ['vertaistuki'],
        targets: ['vammaiset'],
        description:
          'Vertaistukea näkönsä menettäneille tai heikkonäköisille: miten arki sujuu, kun näkö heikkenee. Tapaamisia Kuopiossa, Iisalmessa, Varkaudessa ja Joensuussa.',
      },
      {
        key: 'silmapuu-atk',
        name: 'Apuvälineopastus heikkonäköisille',
        needs: ['vammaisuus', 'ikaantyminen'],
        supports: ['neuvonta'],
        targets: ['vammaiset', 'ikaihmiset'],
        description: 'Opastusta ruudunlukuohjelmien, suurennuslaitteiden ja puhelimen saavutettavuusasetusten käyttöön.',
      },
      {
        key: 'silmapuu-keilailu',
        name: 'Näkövammaisten keilailu',
        needs: ['vammaisuus'],
        supports: ['liikunta'],
        targets: ['vammaiset'],
        description: 'Keilailuvuoro maanantaisin, opas mukana.',
      },
    ],
  },
  {
    key: 'kuulo',
    name: 'Kuopion Kuuloyhdistys Simpukka ry',
    municipality: '297',
    description: 'Huonokuuloisten, kuuroutuneiden ja sisäkorvaistutteen saaneiden yhdistys.',
    activities: [
      {
        key: 'simpukka-kuulolaitteet',
        name: 'Kuulolaiteneuvonta',
        places: ['297', '749', '140'],
        needs: ['vammaisuus', 'ikaantyminen'],
        supports: ['neuvonta'],
        targets: ['ikaihmiset', 'vammaiset'],
        description: 'Vapaaehtoiset kuulolähettiläät neuvovat kuulokojeen huollossa ja käytössä sekä kertovat kuulon apuvälineistä.',
      },
      {
        key: 'simpukka-viittomakieli',
        name: 'Viittomakielen alkeiskurssi',
        needs: ['vammaisuus'],
        supports: ['kurssit'],
        targets: ['aikuiset', 'perheet'],
        description: 'Suomalaisen viittomakielen alkeet kuurojen läheisille ja kaikille kiinnostuneille.',
      },
    ],
  },
  {
    key: 'neuropsyk',
    name: 'ADHD- ja Autismiyhdistys Kirjo ry',
    municipality: '297',
    description: 'Neuropsykiatrisesti erilaisten lasten, nuorten ja aikuisten sekä heidän perheidensä yhdistys Pohjois-Savossa.',
    activities: [
      {
        key: 'kirjo-adhd-vanhemmat',
        name: 'ADHD-lasten vanhempien vertaisryhmä',
        needs: ['neuropsykiatria', 'perhe'],
        supports: ['vertaistuki'],
        targets: ['perheet'],
        description:
          'Vertaisryhmä vanhemmille, joiden lapsella on ADHD tai ADD tai sen epäily. Jaetaan kokemuksia arjen rutiineista, koulunkäynnistä ja jaksamisesta.',
      },
      {
        key: 'kirjo-autismi-nuoret',
        name: 'Autismikirjon nuorten peli-ilta',
        needs: ['neuropsykiatria'],
        supports: ['ryhmatoiminta'],
        targets: ['nuoret'],
        description:
          'Lauta- ja tietokonepelejä autismikirjon nuorille rauhallisessa ympäristössä. Pieni ryhmä, ohjaajina neuropsykiatriseen valmennukseen perehtyneet.',
      },
      {
        key: 'kirjo-aikuiset',
        name: 'Aikuisten ADHD-vertaisryhmä',
        needs: ['neuropsykiatria'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description:
          'Aikuisena diagnoosin saaneiden vertaisryhmä. Keinoja ajanhallintaan, keskittymiseen ja talouden hoitoon.',
      },
      {
        key: 'kirjo-valmennus',
        name: 'Neuropsykiatrinen valmennus',
        places: ['297', '749', '140', '915'],
        needs: ['neuropsykiatria', 'tyo'],
        supports: ['neuvonta'],
        targets: ['nuoret', 'aikuiset'],
        description: 'Yksilöllinen valmennus arjen hallintaan, opiskeluun ja työllistymiseen 16–35-vuotiaille.',
      },
    ],
  },
  {
    key: 'autismi-valtakunnallinen',
    name: 'Kirjon Kulkijat ry',
    description: 'Valtakunnallinen autismikirjon aikuisten itsensä perustama yhdistys.',
    activities: [
      {
        key: 'kulkijat-verkkoryhma',
        name: 'Autismikirjon aikuisten verkkotapaamiset',
        nationwide: true,
        remote: true,
        needs: ['neuropsykiatria', 'yksinaisyys'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description: 'Tekstipohjaiset ja videotapaamiset autismikirjon aikuisille. Voit osallistua pelkällä chatilla.',
      },
      {
        key: 'kulkijat-asperger-tyo',
        name: 'Aspergerin oireyhtymä ja työelämä -ryhmä',
        nationwide: true,
        remote: true,
        needs: ['neuropsykiatria', 'tyo'],
        supports: ['vertaistuki', 'neuvonta'],
        targets: ['aikuiset'],
        description: 'Vertaistukea työnhakuun, työpaikan vuorovaikutukseen ja aistikuormitukseen.',
      },
    ],
  },
  {
    key: 'liikuntavamma',
    name: 'Pyörätuolilla Pohjoiseen ry',
    municipality: '564',
    description: 'Liikuntavammaisten yhdistys Oulussa.',
    activities: [
      {
        key: 'pyoratuoli-sahly',
        name: 'Pyörätuolisähly',
        needs: ['vammaisuus'],
        supports: ['liikunta'],
        targets: ['vammaiset'],
        description: 'Sählyvuoro pyörätuolilla liikkuville. Lainatuoleja saatavilla.',
      },
      {
        key: 'pyoratuoli-vertaistuki',
        name: 'Selkäydinvammaisten vertaistukihenkilöt',
        needs: ['vammaisuus', 'neurologinen'],
        supports: ['vertaistuki', 'ystavatoiminta'],
        targets: ['vammaiset'],
        description: 'Vastavammautunut voi saada vertaistukihenkilön jo kuntoutusvaiheessa.',
      },
    ],
  },
  {
    key: 'vammaisneuvonta',
    name: 'Vammaisten Oikeuksien Neuvonta ry',
    description: 'Valtakunnallinen järjestö vammaisten ihmisten oikeuksien edistämiseen.',
    activities: [
      {
        key: 'von-oikeusneuvonta',
        name: 'Vammaisten oikeusneuvonta',
        nationwide: true,
        remote: true,
        needs: ['vammaisuus'],
        supports: ['neuvonta', 'edunvalvonta'],
        targets: ['vammaiset', 'perheet'],
        description:
          'Juristin maksuton neuvonta vammaispalveluihin, henkilökohtaiseen apuun, kuljetuspalveluihin ja valituksiin liittyvissä kysymyksissä.',
      },
      {
        key: 'von-selko',
        name: 'Selkokielinen neuvontapuhelin',
        nationwide: true,
        remote: true,
        needs: ['vammaisuus'],
        supports: ['neuvonta', 'keskusteluapu'],
        targets: ['vammaiset'],
        description: 'Puhelin, jossa neuvotaan selkokielellä. Voit kysyä palveluista ja arjen asioista.',
      },
    ],
  },
];
