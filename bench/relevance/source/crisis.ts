import type { SrcOrg } from './types.js';

/** Crises, grief and loss, violence. */
export const crisis: SrcOrg[] = [
  {
    key: 'kriisikeskus-savo',
    name: 'Savon Kriisikeskus Turvasatama ry',
    municipality: '297',
    description:
      'Kriisikeskus tarjoaa maksutonta keskusteluapua äkillisissä ja elämänmuutoksen kriiseissä Kuopiossa ja koko Pohjois-Savon alueella. Ajanvarauksella, ilman lähetettä.',
    activities: [
      {
        key: 'turvasatama-kriisikeskustelu',
        name: 'Kriisikeskustelut',
        places: ['297', '749', '140', '915', '420', '778', '402'],
        needs: ['kriisi'],
        supports: ['kriisiapu', 'keskusteluapu'],
        targets: ['aikuiset', 'nuoret'],
        description:
          'Lyhytkestoista keskusteluapua kriisityöntekijän tai koulutetun vapaaehtoisen kanssa, kun elämässä on tapahtunut jotain järkyttävää: läheisen kuolema, ero, onnettomuus, sairastuminen tai työpaikan menetys. Tapaamisia on yleensä 1–5. Ajan voi varata puhelimitse.',
      },
      {
        key: 'turvasatama-sururyhma',
        name: 'Sururyhmä',
        needs: ['kriisi'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Vertaistukiryhmä läheisensä menettäneille aikuisille. Ryhmä aloittaa kaksi kertaa vuodessa ja kokoontuu kahdeksan kertaa. Suru saa näkyä ja kuulua. Ohjaajina kriisityöntekijä ja surun kokenut vertaisohjaaja.',
      },
      {
        key: 'turvasatama-itsemurha',
        name: 'Itsemurhan kautta läheisensä menettäneiden ryhmä',
        needs: ['kriisi'],
        supports: ['vertaistuki'],
        targets: ['aikuiset', 'omaiset'],
        description:
          'Suljettu vertaisryhmä niille, joiden läheinen on kuollut itsemurhan kautta. Ryhmässä voi käsitellä surua, syyllisyyttä ja vihaa turvallisesti muiden samaa kokeneiden kanssa.',
      },
      {
        key: 'turvasatama-erokriisi',
        name: 'Erokriisiryhmä',
        needs: ['kriisi', 'perhe'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Avioero tai pitkän parisuhteen päättyminen on yksi elämän suurimmista kriiseistä. Ryhmässä käsitellään eron herättämiä tunteita ja uuden arjen rakentamista. Kuusi kertaa.',
      },
    ],
  },
  {
    key: 'surunvalo',
    name: 'Surun Valo ry',
    description:
      'Valtakunnallinen vertaistukijärjestö lapsensa, puolisonsa tai muun läheisensä menettäneille. Paikallisia ryhmiä eri puolilla Suomea ja verkkoryhmiä kaikille.',
    activities: [
      {
        key: 'surunvalo-lapsensa-menettaneet',
        name: 'Lapsensa menettäneiden vanhempien vertaisryhmä',
        nationwide: true,
        remote: true,
        needs: ['kriisi', 'perhe'],
        supports: ['vertaistuki'],
        targets: ['perheet'],
        description:
          'Verkossa kokoontuva ryhmä vanhemmille, joiden lapsi on kuollut. Lapsen iällä tai kuolinsyyllä ei ole merkitystä. Ryhmään voi tulla vuosienkin jälkeen.',
      },
      {
        key: 'surunvalo-lesket',
        name: 'Leskien vertaistukiryhmä',
        places: ['297', '179', '837'],
        needs: ['kriisi', 'yksinaisyys'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset', 'ikaihmiset'],
        description:
          'Ryhmä puolisonsa menettäneille. Leskeksi jääminen muuttaa arjen kerralla: ryhmässä saat tukea surun keskellä ja vinkkejä yksin pärjäämiseen. Ryhmiä Kuopiossa, Jyväskylässä ja Tampereella.',
      },
      {
        key: 'surunvalo-nuoret-lesket',
        name: 'Nuorena leskeksi jääneet',
        nationwide: true,
        remote: true,
        needs: ['kriisi', 'perhe'],
        supports: ['vertaistuki'],
        targets: ['aikuiset', 'perheet'],
        description:
          'Verkkoryhmä alle 50-vuotiaana puolisonsa menettäneille, usein pienten lasten vanhemmille. Keskustellaan surusta, yksinhuoltajuudesta ja jaksamisesta.',
      },
      {
        key: 'surunvalo-surukirje',
        name: 'Surun keskellä -verkkomateriaali',
        nationwide: true,
        remote: true,
        needs: ['kriisi'],
        supports: ['neuvonta'],
        targets: ['aikuiset'],
        description: 'Maksuton verkkomateriaali surevalle ja hänen läheisilleen: mitä suru on, miten se voi näkyä kehossa ja arjessa.',
      },
    ],
  },
  {
    key: 'leppavirta-seurakunta',
    name: 'Leppävirran Diakoniapiiri ry',
    municipality: '420',
    kind: 'parish',
    description: 'Seurakuntayhteyteen kuuluva vapaaehtoisten piiri, joka järjestää diakoniatyötä Leppävirralla.',
    activities: [
      {
        key: 'diakoniapiiri-surukahvila',
        name: 'Surukahvila',
        needs: ['kriisi'],
        supports: ['vertaistuki', 'keskusteluapu'],
        targets: ['aikuiset', 'ikaihmiset'],
        description:
          'Kerran kuukaudessa avoin kahvihetki läheisensä menettäneille. Voit tulla juttelemaan tai olemaan hiljaa. Paikalla diakoniatyöntekijä.',
      },
      {
        key: 'diakoniapiiri-ruokajakelu',
        name: 'Ruokajakelu',
        needs: ['talous'],
        supports: ['aineellinen'],
        targets: ['aikuiset', 'perheet', 'ikaihmiset'],
        description: 'Ruokakassijako torstaisin seurakuntatalon pihalla. Ei ennakkoilmoittautumista.',
      },
      {
        key: 'diakoniapiiri-lahimmaispalvelu',
        name: 'Lähimmäispalvelu',
        needs: ['yksinaisyys', 'ikaantyminen'],
        supports: ['ystavatoiminta', 'vapaaehtoistoiminta'],
        targets: ['ikaihmiset'],
        description:
          'Vapaaehtoiset lähimmäiset käyvät kotona ulkoilemassa, asioimassa ja juttelemassa yksin asuvien ikäihmisten kanssa.',
      },
    ],
  },
  {
    key: 'turvakoti',
    name: 'Ensikoti- ja turvakotiyhdistys Suojalehto ry',
    municipality: '297',
    description:
      'Yhdistys tekee työtä lähisuhdeväkivallan lopettamiseksi ja tukee vauvaperheitä Pohjois-Savossa.',
    activities: [
      {
        key: 'suojalehto-avopalvelu',
        name: 'Lähisuhdeväkivallan avopalvelu',
        places: ['297', '749', '140', '915'],
        needs: ['vakivalta'],
        supports: ['keskusteluapu', 'neuvonta'],
        targets: ['aikuiset', 'naiset', 'miehet'],
        description:
          'Keskusteluapua väkivaltaa kokeneille ja väkivaltaa käyttäneille. Parisuhteessa tai perheessä koettu fyysinen, henkinen tai taloudellinen väkivalta. Tapaamiset ovat maksuttomia ja luottamuksellisia.',
      },
      {
        key: 'suojalehto-naisten-ryhma',
        name: 'Naisten vertaisryhmä väkivallan jälkeen',
        needs: ['vakivalta', 'kriisi'],
        supports: ['vertaistuki'],
        targets: ['naiset'],
        description:
          'Ryhmä naisille, jotka ovat eronneet väkivaltaisesta kumppanista. Ryhmässä vahvistetaan omia voimavaroja ja käsitellään kokemuksia turvallisessa seurassa.',
      },
      {
        key: 'suojalehto-miesten',
        name: 'Miesten väkivallaton arki -ryhmä',
        needs: ['vakivalta'],
        supports: ['ryhmatoiminta', 'neuvonta'],
        targets: ['miehet'],
        description:
          'Ryhmä miehille, jotka haluavat lopettaa väkivallan käytön parisuhteessa. Opetellaan tunnistamaan vihan tunteita ja toimimaan toisin.',
      },
      {
        key: 'suojalehto-vauvaperheet',
        name: 'Vauvaperheiden kotikäynnit',
        needs: ['perhe'],
        supports: ['neuvonta', 'keskusteluapu'],
        targets: ['perheet'],
        description:
          'Perhetyöntekijä tulee kotiin, kun vauva-arki tuntuu raskaalta, vanhemman jaksaminen on koetuksella tai perheessä on huolia. Ei maksua.',
      },
    ],
  },
  {
    key: 'naistenlinja',
    name: 'Naisten Turvaverkko ry',
    description: 'Valtakunnallinen järjestö väkivaltaa kokeneiden naisten ja tyttöjen tueksi.',
    activities: [
      {
        key: 'turvaverkko-puhelin',
        name: 'Auttava puhelin väkivaltaa kokeneille naisille',
        nationwide: true,
        remote: true,
        needs: ['vakivalta'],
        supports: ['keskusteluapu', 'kriisiapu'],
        targets: ['naiset'],
        description:
          'Maksuton ja nimetön puhelinpalvelu naisille, jotka ovat kokeneet väkivaltaa tai sen uhkaa. Myös läheiset voivat soittaa. Päivystys arkisin ja viikonloppuisin.',
        tr: {
          sv: {
            name: 'Stödtelefon för kvinnor som upplevt våld',
            description: 'Avgiftsfri och anonym stödtelefon för kvinnor som upplevt våld i nära relationer. Även anhöriga kan ringa.',
          },
          en: {
            name: 'Helpline for women who have experienced violence',
            description: 'Free and anonymous helpline for women who have experienced domestic violence or threats. Relatives may call too.',
          },
        },
      },
      {
        key: 'turvaverkko-chat',
        name: 'Turvachat',
        nationwide: true,
        remote: true,
        needs: ['vakivalta'],
        supports: ['keskusteluapu'],
        targets: ['naiset', 'nuoret'],
        description: 'Chat, jossa voit kertoa kokemastasi väkivallasta tai häirinnästä kirjoittamalla. Avoinna iltaisin.',
      },
    ],
  },
  {
    key: 'kiusaamaton',
    name: 'Kiusaamaton Koulu ry',
    description: 'Valtakunnallinen yhdistys koulukiusaamisen ehkäisemiseksi.',
    activities: [
      {
        key: 'kiusaamaton-vanhempien-neuvonta',
        name: 'Neuvontaa kiusatun lapsen vanhemmille',
        nationwide: true,
        remote: true,
        needs: ['vakivalta', 'perhe'],
        supports: ['neuvonta'],
        targets: ['perheet', 'lapset'],
        description:
          'Puhelin- ja sähköpostineuvontaa vanhemmille, joiden lasta kiusataan koulussa tai harrastuksissa. Autamme viemään asiaa eteenpäin koulun kanssa.',
      },
      {
        key: 'kiusaamaton-aikuiset',
        name: 'Koulukiusattuna olleiden aikuisten vertaisryhmä',
        nationwide: true,
        remote: true,
        needs: ['vakivalta', 'mielenterveys'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description:
          'Lapsuuden kiusaaminen voi näkyä aikuisena masennuksena, ahdistuksena tai luottamuksen vaikeutena. Verkkoryhmässä käsitellään kokemuksia.',
      },
    ],
  },
];
