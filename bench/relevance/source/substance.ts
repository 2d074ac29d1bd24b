import type { SrcOrg } from './types.js';

/** Substance use and gambling. */
export const substance: SrcOrg[] = [
  {
    key: 'raittiuskilta',
    name: 'Kuopion Selvä Päivä ry',
    municipality: '297',
    description:
      'Päihdetyön yhdistys, jonka toiminta perustuu vertaisuuteen. Tervetuloa, jos oma tai läheisen alkoholinkäyttö huolestuttaa.',
    activities: [
      {
        key: 'selvapaiva-vertaisryhma',
        name: 'Päihteistä toipuvien vertaisryhmä',
        needs: ['paihteet'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Viikoittainen ryhmä alkoholista, lääkkeistä tai huumeista toipuville. Ryhmässä ei tarvitse kertoa omaa tarinaansa, voi myös vain kuunnella. Kokoontumiset maanantaisin klo 18 yhdistyksen tiloissa.',
      },
      {
        key: 'selvapaiva-olohuone',
        name: 'Päihteetön olohuone',
        needs: ['paihteet', 'yksinaisyys'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Päihteetön kohtaamispaikka, jossa on edullista ruokaa, pelejä ja seuraa viikonloppuisin. Moni kokee viikonloput raittiuden kannalta vaikeimpina.',
      },
      {
        key: 'selvapaiva-laheiset',
        name: 'Päihdeongelmaisten läheisten ryhmä',
        needs: ['paihteet', 'omaishoito'],
        supports: ['vertaistuki'],
        targets: ['omaiset'],
        description:
          'Ryhmä sinulle, jonka puoliso, lapsi, vanhempi tai ystävä käyttää liikaa alkoholia tai huumeita. Läheisen juominen kuormittaa koko perhettä. Ryhmässä saat tukea ja tietoa omasta jaksamisesta.',
      },
      {
        key: 'selvapaiva-kuntosali',
        name: 'Raittiiden kuntosaliryhmä',
        needs: ['paihteet', 'terveys'],
        supports: ['liikunta'],
        targets: ['aikuiset'],
        description: 'Ohjattu kuntosaliryhmä päihteettömyyttä tukemaan. Keskiviikkoisin.',
      },
    ],
  },
  {
    key: 'vinkki',
    name: 'Nuorten Päihdetyön Verkosto ry',
    description:
      'Valtakunnallinen järjestö nuorten päihteiden käytön ehkäisyyn. Tuemme nuoria ja heidän vanhempiaan verkossa ja paikallisesti.',
    activities: [
      {
        key: 'npv-chat',
        name: 'Päihdechat nuorille',
        nationwide: true,
        remote: true,
        needs: ['paihteet'],
        supports: ['keskusteluapu', 'neuvonta'],
        targets: ['nuoret'],
        description:
          'Nimetön chat 13–25-vuotiaille, jotka miettivät omaa tai kaverin alkoholin, kannabiksen tai muiden huumeiden käyttöä. Päivystäjinä päihdetyön ammattilaiset.',
      },
      {
        key: 'npv-vanhemmat',
        name: 'Huolestuneiden vanhempien puhelinneuvonta',
        nationwide: true,
        remote: true,
        needs: ['paihteet', 'perhe'],
        supports: ['neuvonta', 'keskusteluapu'],
        targets: ['perheet'],
        description:
          'Neuvontaa vanhemmille, jotka ovat huolissaan nuoren päihteiden käytöstä. Miten ottaa asia puheeksi, mistä saa apua ja miten pitää huolta myös itsestä?',
      },
      {
        key: 'npv-kuopio-jalkautuva',
        name: 'Jalkautuva nuorisotyö Kuopion keskustassa',
        places: ['297'],
        needs: ['paihteet', 'mielenterveys'],
        supports: ['keskusteluapu'],
        targets: ['nuoret'],
        description:
          'Työntekijämme liikkuvat perjantai- ja lauantai-iltaisin Kuopion keskustassa ja kauppakeskuksissa. Nuori voi tulla juttelemaan mistä vain, myös päihteistä.',
      },
    ],
  },
  {
    key: 'peliapu',
    name: 'Pelirajat ry',
    description: 'Valtakunnallinen järjestö rahapelihaittojen vähentämiseen. Tuemme pelaajia ja heidän läheisiään.',
    activities: [
      {
        key: 'pelirajat-chat',
        name: 'Peliongelmaisten chat',
        nationwide: true,
        remote: true,
        needs: ['rahapelit'],
        supports: ['keskusteluapu'],
        targets: ['aikuiset', 'nuoret'],
        description:
          'Chat ja puhelin sinulle, jonka rahapelaaminen on karannut käsistä: nettikasinot, vedonlyönti tai raha-automaatit. Myös velkoja miettiessä voi ottaa yhteyttä.',
      },
      {
        key: 'pelirajat-vertaisryhma',
        name: 'Peliriippuvaisten vertaisryhmä verkossa',
        nationwide: true,
        remote: true,
        needs: ['rahapelit'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description: 'Viikoittainen vertaisryhmä videoyhteydellä rahapeliriippuvuudesta toipuville.',
      },
      {
        key: 'pelirajat-laheiset',
        name: 'Pelaajan läheisten tuki',
        nationwide: true,
        remote: true,
        needs: ['rahapelit', 'talous'],
        supports: ['neuvonta', 'vertaistuki'],
        targets: ['omaiset'],
        description:
          'Tukea ja talousneuvontaa niille, joiden läheinen pelaa. Pelaaminen aiheuttaa usein velkaa myös läheisille: kerromme, miten oman talouden voi suojata.',
      },
    ],
  },
  {
    key: 'iisalmi-paihde',
    name: 'Ylä-Savon Raitis Tupa ry',
    municipality: '140',
    description: 'Iisalmelainen päihdetyön yhdistys. Toimintaa myös Lapinlahdella ja Sonkajärvellä.',
    activities: [
      {
        key: 'raitistupa-paivakeskus',
        name: 'Päiväkeskus päihteitä käyttäville',
        needs: ['paihteet', 'asuminen'],
        supports: ['ryhmatoiminta', 'aineellinen', 'neuvonta'],
        targets: ['aikuiset'],
        description:
          'Matalan kynnyksen päiväkeskus päihteitä käyttäville aikuisille: lämmin ateria, pyykinpesu, suihku ja sosiaaliohjaajan neuvontaa asumiseen ja toimeentuloon. Käynti ei edellytä päihteettömyyttä.',
      },
      {
        key: 'raitistupa-lapinlahti',
        name: 'Lapinlahden raittiusryhmä',
        places: ['402'],
        needs: ['paihteet'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description: 'Alkoholista irti pyrkivien vertaisryhmä Lapinlahdella, kokoontuu kirjaston kerhohuoneessa.',
      },
      {
        key: 'raitistupa-perheet',
        name: 'Päihdeperheiden lasten kerho',
        needs: ['paihteet', 'perhe'],
        supports: ['ryhmatoiminta'],
        targets: ['lapset'],
        description:
          'Kerho 7–12-vuotiaille lapsille, joiden vanhemmalla on ollut ongelmia alkoholin tai muiden päihteiden kanssa. Leikkiä, askartelua ja turvallinen aikuinen.',
      },
    ],
  },
  {
    key: 'varkaus-paihde',
    name: 'Varkauden Toivon Tupa ry',
    municipality: '915',
    description: 'Varkautelainen yhdistys, joka tukee päihde- ja mielenterveysongelmista toipuvia.',
    activities: [
      {
        key: 'toivontupa-asumistuki',
        name: 'Tuettu asuminen päihteistä toipuville',
        needs: ['paihteet', 'asuminen'],
        supports: ['neuvonta'],
        targets: ['aikuiset'],
        description:
          'Yhdistyksellä on kuusi tukiasuntoa päihdekuntoutuksen jälkeiseen vaiheeseen. Ohjaaja käy viikoittain ja auttaa arjen asioissa. Asuntoon haetaan sosiaalityöntekijän kautta.',
      },
      {
        key: 'toivontupa-kahvila',
        name: 'Toivon kahvila',
        needs: ['paihteet', 'mielenterveys', 'yksinaisyys'],
        supports: ['ryhmatoiminta', 'vertaistuki'],
        targets: ['aikuiset'],
        description: 'Päihteetön kahvila arkisin klo 9–14. Kahvi ja puuro maksutta, lehdet ja juttuseura.',
      },
    ],
  },
  {
    key: 'tampere-paihde',
    name: 'Pirkanmaan Selviytyjät ry',
    municipality: '837',
    description: 'Tamperelainen päihdetyön vertaisjärjestö.',
    activities: [
      {
        key: 'selviytyjat-huumeet',
        name: 'Huumeista toipuvien vertaisryhmä',
        needs: ['paihteet'],
        supports: ['vertaistuki'],
        targets: ['aikuiset', 'nuoret'],
        description:
          'Vertaisryhmä huumeriippuvuudesta toipuville. Ryhmässä on mukana kokemusasiantuntija, joka on itse toipunut opioidiriippuvuudesta.',
      },
      {
        key: 'selviytyjat-vankila',
        name: 'Vapautuvien vankien tukihenkilötoiminta',
        needs: ['paihteet', 'asuminen', 'tyo'],
        supports: ['ystavatoiminta', 'neuvonta'],
        targets: ['aikuiset'],
        description: 'Tukihenkilö auttaa vankilasta vapautuvaa asunnon, toimeentulon ja päihteettömän arjen järjestämisessä.',
      },
    ],
  },
];
