import type { SrcOrg } from './types.js';

/** Mental health, depression, anxiety, exhaustion. */
export const mental: SrcOrg[] = [
  {
    key: 'tuulikello',
    name: 'Mielenterveysyhdistys Tuulikello ry',
    municipality: '297',
    description:
      'Kuopiolainen mielenterveysyhdistys, joka tarjoaa vertaistukea, virkistystä ja yhteisöllistä toimintaa mielenterveyskuntoutujille ja heidän läheisilleen. Toimimme Kuopion keskustassa ja Siilinjärvellä.',
    activities: [
      {
        key: 'tuulikello-masennusryhma',
        name: 'Masennusryhmä',
        needs: ['masennus', 'mielenterveys'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Suljettu vertaistukiryhmä masennusta sairastaville aikuisille. Ryhmä kokoontuu kymmenen kertaa syksyllä ja keväällä Tuulikellon tiloissa Kuopion keskustassa. Ohjaajina toimivat koulutettu vertaisohjaaja ja kokemusasiantuntija. Ryhmään haetaan lyhyen puhelinhaastattelun kautta.',
      },
      {
        key: 'tuulikello-masennusryhma-siilinjarvi',
        name: 'Masennusryhmä Siilinjärvellä',
        places: ['749'],
        needs: ['masennus', 'mielenterveys'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Suljettu vertaistukiryhmä masennusta sairastaville aikuisille Siilinjärvellä. Ryhmä kokoontuu kymmenen kertaa kirjaston kokoustilassa. Ohjaajina koulutettu vertaisohjaaja ja kokemusasiantuntija. Ilmoittaudu puhelimitse.',
      },
      {
        key: 'tuulikello-olohuone',
        name: 'Avoin olohuone',
        needs: ['mielenterveys', 'yksinaisyys'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Matalan kynnyksen kohtaamispaikka, jonne voit tulla juomaan kahvia, lukemaan lehtiä ja juttelemaan. Ei ilmoittautumista. Paikalla on aina työntekijä tai vapaaehtoinen. Tervetuloa, jos mieli on maassa tai kaipaat vain seuraa.',
      },
      {
        key: 'tuulikello-kuntosali',
        name: 'Kuntosalivuoro',
        needs: ['terveys'],
        supports: ['liikunta'],
        targets: ['aikuiset'],
        description:
          'Yhdistyksen jäsenten oma kuntosalivuoro tiistaisin uimahallin kuntosalilla. Liikunta kohentaa mielialaa, ja vuorolla on mukana liikuntaan perehtynyt vapaaehtoinen, joka neuvoo laitteiden käytössä.',
      },
      {
        key: 'tuulikello-kokemusasiantuntija',
        name: 'Kokemusasiantuntijakoulutus',
        needs: ['mielenterveys'],
        supports: ['kurssit', 'edunvalvonta'],
        targets: ['aikuiset'],
        description:
          'Koulutus mielenterveyden häiriöistä toipuneille, jotka haluavat käyttää omaa kokemustaan toisten hyväksi. Koulutuksen jälkeen voit toimia kokemusasiantuntijana oppilaitoksissa, sote-keskuksissa ja yhdistyksen vertaisryhmissä. Koulutus kestää kahdeksan kuukautta.',
      },
      {
        key: 'tuulikello-omaisilta',
        name: 'Mielenterveysomaisten keskusteluillat',
        needs: ['mielenterveys', 'omaishoito'],
        supports: ['vertaistuki', 'keskusteluapu'],
        targets: ['omaiset'],
        description:
          'Keskusteluiltoja niille, joiden läheinen sairastaa psyykkisesti. Illoissa jaetaan kokemuksia ja tietoa siitä, miten tukea sairastunutta ja pitää huolta omasta jaksamisesta. Mukana yhdistyksen omaistyöntekijä.',
      },
      {
        key: 'tuulikello-retket',
        name: 'Luontoretket ja virkistyspäivät',
        needs: ['mielenterveys'],
        supports: ['liikunta', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description: 'Kesäisin retkiä Puijolle ja lähisaariin, talvella virkistyspäivä laavulla. Omavastuu pieni.',
      },
    ],
  },
  {
    key: 'virvatuli',
    name: 'Iisalmen seudun mielenterveysyhdistys Virvatuli ry',
    municipality: '140',
    description:
      'Yhdistys toimii Iisalmessa, Kiuruvedellä ja Vieremällä. Järjestämme päivätoimintaa, vertaisryhmiä ja retkiä mielenterveyskuntoutujille sekä tietoa mielenterveydestä kaikille.',
    activities: [
      {
        key: 'virvatuli-paivatoiminta',
        name: 'Mielenterveyskuntoutujien päivätoiminta',
        needs: ['mielenterveys'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Arkipäivisin avoinna oleva päivätoiminta tarjoaa mielenterveyskuntoutujille mielekästä tekemistä, edullisen lounaan ja seuraa. Voit osallistua keittiötöihin, käsitöihin tai pelkästään istua alas. Toimintaan ei tarvita lähetettä.',
      },
      {
        key: 'virvatuli-masennuksesta-toipuvat',
        name: 'Masennuksesta toipuvien vertaisryhmä',
        needs: ['masennus', 'mielenterveys'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description:
          'Ryhmä on tarkoitettu sinulle, joka olet sairastanut masennuksen tai toivut siitä parhaillaan. Kokoonnumme joka toinen torstai. Ryhmässä puhutaan arjen sujumisesta, työhön paluusta ja siitä, mikä on auttanut jaksamaan.',
      },
      {
        key: 'virvatuli-kavelyryhma',
        name: 'Toipujien kävelyryhmä',
        needs: ['mielenterveys', 'terveys'],
        supports: ['liikunta', 'vertaistuki'],
        targets: ['aikuiset'],
        description: 'Kävelemme yhdessä tunnin lenkin Iisalmen rantareitillä keskiviikkoisin sateella ja paisteella.',
      },
      {
        key: 'virvatuli-ahdistus',
        name: 'Ahdistuneisuuden vertaistukiryhmä',
        needs: ['ahdistus', 'mielenterveys'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Vertaistukea ahdistuksen, paniikkikohtausten ja jatkuvan huolestuneisuuden kanssa eläville. Ryhmässä harjoitellaan myös rentoutumista ja hengitystekniikoita. Kahdeksan tapaamista, ohjaajana psykiatrinen sairaanhoitaja ja vertaisohjaaja.',
      },
      {
        key: 'virvatuli-kiuruvesi',
        name: 'Kiuruveden kohtaamispaikka',
        places: ['263'],
        needs: ['mielenterveys', 'yksinaisyys'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Kerran viikossa avoinna oleva kohtaamispaikka Kiuruvedellä. Kahvia, keskustelua ja yhteistä tekemistä. Sopii kaikille, jotka kaipaavat seuraa tai tukea mielen hyvinvointiin.',
      },
    ],
  },
  {
    key: 'lokinsiipi',
    name: 'Klubitalo Lokinsiipi ry',
    municipality: '297',
    description:
      'Klubitalo on mielenterveyskuntoutujien yhteisö, jossa jäsenet ja henkilökunta tekevät töitä yhdessä tasavertaisina. Toiminta perustuu kansainväliseen klubitalomalliin.',
    activities: [
      {
        key: 'lokinsiipi-tyopainotteinen',
        name: 'Klubitalon työpainotteinen päivä',
        needs: ['mielenterveys', 'tyo'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Klubitalon arki rakentuu yhteisen työn ympärille: keittiö, toimisto, tiedotus ja kiinteistön ylläpito. Jäsenyys on vapaaehtoista ja maksutonta. Klubitalo sopii aikuiselle, jolla on kokemusta mielenterveyden ongelmista ja joka haluaa palata arkeen ja työelämään omaan tahtiinsa.',
      },
      {
        key: 'lokinsiipi-siirtymatyo',
        name: 'Siirtymätyöohjelma',
        needs: ['tyo', 'mielenterveys'],
        supports: ['neuvonta'],
        targets: ['aikuiset'],
        description:
          'Klubitalo hankkii yhteistyöyrityksistä määräaikaisia työpaikkoja, joissa jäsen voi kokeilla työntekoa tuettuna. Valmentaja perehdyttää työhön ja tuuraa tarvittaessa.',
      },
      {
        key: 'lokinsiipi-nuorten-ilta',
        name: 'Klubitalon nuorten ilta',
        needs: ['mielenterveys'],
        supports: ['ryhmatoiminta', 'vertaistuki'],
        targets: ['nuoret'],
        description:
          'Torstai-iltaisin klubitalolla kokoontuu 18–30-vuotiaiden oma porukka. Pelataan, laitetaan ruokaa ja jutellaan siitä, miltä opiskelu, työ ja mielenterveyden kanssa eläminen tuntuvat.',
      },
    ],
  },
  {
    key: 'kirkasmieli',
    name: 'Varkauden Kirkasmieli ry',
    municipality: '915',
    description: 'Varkautelainen mielenterveys- ja omaisyhdistys. Toimintaa myös Joroisissa ja Leppävirralla.',
    activities: [
      {
        key: 'kirkasmieli-omaisryhma',
        name: 'Mielenterveysomaisten vertaisryhmä',
        needs: ['mielenterveys', 'omaishoito'],
        supports: ['vertaistuki'],
        targets: ['omaiset'],
        description:
          'Vertaisryhmä aikuisille, joiden puoliso, lapsi tai vanhempi sairastaa mielenterveyden häiriötä. Ryhmä kokoontuu kuukauden ensimmäisenä maanantaina. Luottamuksellisuus on ryhmän perusta.',
      },
      {
        key: 'kirkasmieli-alakulo',
        name: 'Alakuloisten ryhmä "Valoa kohti"',
        needs: ['masennus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Oletko ollut pitkään alakuloinen, väsynyt tai tuntuuko, ettei mikään kiinnosta? Ryhmässä jaetaan kokemuksia ja opetellaan keinoja arjen piristämiseen. Ryhmään voi tulla ilman diagnoosia.',
      },
      {
        key: 'kirkasmieli-luova',
        name: 'Luovan toiminnan ryhmä',
        needs: ['mielenterveys'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Maalausta, savitöitä ja kirjoittamista ilman suorituspaineita. Taide on hyvä keino käsitellä tunteita ja tukea mielen hyvinvointia. Välineet ovat valmiina.',
      },
      {
        key: 'kirkasmieli-leppavirta',
        name: 'Leppävirran olohuone',
        places: ['420'],
        needs: ['mielenterveys', 'yksinaisyys'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description: 'Avoin kohtaamispaikka Leppävirran seurakuntakodin alakerrassa tiistaisin klo 10–13.',
      },
    ],
  },
  {
    key: 'tukilinja',
    name: 'Mielen Tukilinja ry',
    description:
      'Valtakunnallinen järjestö, joka tarjoaa maksutonta keskusteluapua puhelimessa ja verkossa. Päivystäjämme ovat koulutettuja vapaaehtoisia ja ammattilaisia.',
    activities: [
      {
        key: 'tukilinja-puhelin',
        name: 'Mielen tukipuhelin',
        nationwide: true,
        remote: true,
        needs: ['mielenterveys', 'kriisi', 'yksinaisyys'],
        supports: ['keskusteluapu'],
        targets: ['aikuiset', 'nuoret', 'ikaihmiset'],
        description:
          'Auttava puhelin kaikille, jotka kaipaavat keskustelukumppania vaikeassa elämäntilanteessa. Voit soittaa nimettömänä, kun ahdistaa, pelottaa tai tuntuu, ettet jaksa. Päivystys joka päivä klo 10–03.',
        tr: {
          sv: {
            name: 'Stödtelefonen för psykisk hälsa',
            description:
              'Stödtelefon för alla som behöver någon att prata med i en svår livssituation. Du kan ringa anonymt. Jouren är öppen varje dag kl. 10–03.',
          },
        },
      },
      {
        key: 'tukilinja-chat',
        name: 'Keskustelu-chat mielen hyvinvointiin',
        nationwide: true,
        remote: true,
        needs: ['mielenterveys', 'masennus', 'ahdistus'],
        supports: ['keskusteluapu'],
        targets: ['aikuiset'],
        description:
          'Kahdenkeskinen chat-keskustelu koulutetun päivystäjän kanssa arki-iltaisin. Chatissa voit puhua esimerkiksi masennuksesta, ahdistuksesta tai yksinäisyydestä. Keskustelut ovat luottamuksellisia.',
      },
      {
        key: 'tukilinja-verkkoryhma',
        name: 'Verkkoryhmä masennuksesta toipuville',
        nationwide: true,
        remote: true,
        needs: ['masennus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Kuuden kerran vertaisryhmä videoyhteydellä. Ryhmä sopii sinulle, jolla on todettu masennus ja jolle on helpompi osallistua kotoa käsin. Ohjaajina kaksi koulutettua vertaisohjaajaa.',
      },
      {
        key: 'tukilinja-itsetuhoisuus',
        name: 'Tukea itsetuhoisiin ajatuksiin',
        nationwide: true,
        remote: true,
        needs: ['kriisi', 'mielenterveys'],
        supports: ['kriisiapu', 'keskusteluapu'],
        targets: ['aikuiset', 'nuoret'],
        description:
          'Jos mielessäsi käy itsemurha tai olet huolissasi läheisestäsi, voit varata ajan kriisityöntekijälle puhelimeen tai videoon. Saat ajan yleensä saman viikon aikana. Akuutissa hädässä soita hätänumeroon 112.',
      },
    ],
  },
  {
    key: 'nuortenmieli',
    name: 'Nuorten Mielen Verkko ry',
    description:
      'Valtakunnallinen nuorten mielenterveysjärjestö. Tarjoamme nuorille ja nuorille aikuisille matalan kynnyksen tukea verkossa sekä koulutusta nuorten parissa työskenteleville.',
    activities: [
      {
        key: 'nuortenmieli-chat',
        name: 'Nuorten chat',
        nationwide: true,
        remote: true,
        needs: ['mielenterveys', 'yksinaisyys'],
        supports: ['keskusteluapu'],
        targets: ['nuoret'],
        description:
          'Chat 12–29-vuotiaille maanantaista torstaihin klo 15–21. Voit kirjoittaa mistä tahansa mieltäsi painavasta asiasta: koulusta, kavereista, kotioloista tai siitä, ettei mikään tunnu miltään. Vastaajina koulutetut aikuiset vapaaehtoiset.',
      },
      {
        key: 'nuortenmieli-masennusryhma',
        name: 'Verkkovertaisryhmä masentuneille nuorille',
        nationwide: true,
        remote: true,
        needs: ['masennus', 'mielenterveys'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['nuoret'],
        description:
          'Suljettu verkkoryhmä 16–25-vuotiaille, joilla on masennusoireita tai todettu masennus. Kahdeksan tapaamista videoyhteydellä, kamera saa olla pois päältä. Ryhmässä et ole yksin ajatustesi kanssa.',
      },
      {
        key: 'nuortenmieli-jannittajat',
        name: 'Jännittäjien ryhmä',
        nationwide: true,
        remote: true,
        needs: ['ahdistus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['nuoret'],
        description:
          'Verkkoryhmä nuorille, joita jännittää puhua luokan edessä, soittaa puheluita tai mennä uusiin paikkoihin. Harjoitellaan pienin askelin ja tuetaan toisia.',
      },
      {
        key: 'nuortenmieli-koulutus',
        name: 'Nuoren mielen ensiapu -koulutus ammattilaisille',
        nationwide: true,
        remote: true,
        needs: ['mielenterveys'],
        supports: ['kurssit'],
        targets: ['ammattilaiset'],
        description:
          'Verkkokoulutus opettajille, nuorisotyöntekijöille ja sote-ammattilaisille: miten tunnistaa nuoren masennus, ahdistus ja itsetuhoisuus ja miten ottaa huoli puheeksi. Kaksi iltapäivää.',
      },
    ],
  },
  {
    key: 'jaksamisentuki',
    name: 'Jaksamisen Tuki ry',
    municipality: '297',
    description:
      'Kuopiolainen yhdistys uupumuksen ja stressin ehkäisyyn. Toimimme vertaisvoimin ja teemme yhteistyötä työterveyshuollon kanssa.',
    activities: [
      {
        key: 'jaksamisentuki-tyouupumus',
        name: 'Työuupumuksesta toipuvien ryhmä',
        needs: ['uupumus', 'tyo'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Ryhmä sinulle, joka olet sairauslomalla uupumuksen vuoksi tai palaamassa töihin loppuunpalamisen jälkeen. Ryhmässä käsitellään palautumista, unta, rajojen asettamista ja työhön paluuta. Kuusi tapaamista Kuopiossa.',
      },
      {
        key: 'jaksamisentuki-vanhemmat',
        name: 'Väsyneiden vanhempien vertaisryhmä',
        needs: ['uupumus', 'perhe'],
        supports: ['vertaistuki'],
        targets: ['perheet'],
        description:
          'Tuntuuko, ettet jaksa enää vanhempana? Ryhmässä saat puhua väsymyksestä häpeilemättä ja kuulla, miten muut ovat selvinneet. Lastenhoito järjestetty tapaamisten ajaksi.',
      },
      {
        key: 'jaksamisentuki-verkkokurssi',
        name: 'Palaudu ja jaksa -verkkokurssi',
        nationwide: true,
        remote: true,
        needs: ['uupumus', 'terveys'],
        supports: ['kurssit'],
        targets: ['aikuiset'],
        description:
          'Omaan tahtiin tehtävä verkkokurssi stressin hallinnasta ja palautumisesta: uni, rentoutuminen, ajatusten jäsentäminen. Viikoittaiset ryhmäkeskustelut verkossa.',
      },
    ],
  },
  {
    key: 'rohkeus',
    name: 'Pelko ja Rohkeus ry',
    description: 'Valtakunnallinen vertaistukijärjestö ahdistuneisuushäiriöistä ja pakko-oireista kärsiville.',
    activities: [
      {
        key: 'rohkeus-paniikki',
        name: 'Paniikkihäiriöstä kärsivien verkkoryhmä',
        nationwide: true,
        remote: true,
        needs: ['ahdistus'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Vertaisryhmä paniikkikohtauksista ja paniikkihäiriöstä kärsiville. Tapaamiset videoyhteydellä joka toinen viikko. Jaamme kokemuksia kohtausten hallinnasta ja välttämiskäyttäytymisestä.',
      },
      {
        key: 'rohkeus-tampere',
        name: 'Sosiaalisten tilanteiden pelon ryhmä Tampereella',
        places: ['837'],
        needs: ['ahdistus'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description:
          'Ryhmä aikuisille, joille kaupassa asiointi, puhelut tai uudet ihmiset aiheuttavat voimakasta jännitystä. Kokoonnumme Tampereen keskustassa.',
      },
      {
        key: 'rohkeus-pakko-oireet',
        name: 'OCD-vertaistuki verkossa',
        nationwide: true,
        remote: true,
        needs: ['ahdistus', 'mielenterveys'],
        supports: ['vertaistuki'],
        targets: ['aikuiset'],
        description: 'Keskusteluryhmä pakko-oireisesta häiriöstä (OCD) kärsiville ja heidän läheisilleen.',
      },
    ],
  },
  {
    key: 'pohjantahti',
    name: 'Oulun Mielenterveysyhdistys Pohjantähti ry',
    municipality: '564',
    description: 'Oululainen mielenterveysyhdistys: kohtaamispaikka, ryhmiä ja virkistystä.',
    activities: [
      {
        key: 'pohjantahti-masennus',
        name: 'Masennusryhmä',
        needs: ['masennus', 'mielenterveys'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['aikuiset'],
        description:
          'Vertaisryhmä masennusta sairastaville Oulussa. Kymmenen tapaamista, joissa käsitellään arjen haasteita, voimavaroja ja toipumista. Ryhmään ilmoittaudutaan yhdistyksen toimistoon.',
      },
      {
        key: 'pohjantahti-kohtaamispaikka',
        name: 'Kohtaamispaikka Pohjantähti',
        needs: ['mielenterveys', 'yksinaisyys'],
        supports: ['ryhmatoiminta'],
        targets: ['aikuiset'],
        description: 'Avoin kohtaamispaikka arkisin klo 9–15. Aamupala, lehdet, pelit ja juttuseuraa.',
      },
    ],
  },
  {
    key: 'sinisiipi',
    name: 'Mielenterveysseura Sinisiipi ry',
    municipality: '091',
    description:
      'Helsinkiläinen mielenterveysseura, joka järjestää vertaisryhmiä, kursseja ja vapaaehtoistoimintaa pääkaupunkiseudulla.',
    activities: [
      {
        key: 'sinisiipi-synnytys',
        name: 'Synnytyksen jälkeisen masennuksen vertaisryhmä',
        places: ['091', '049', '092'],
        needs: ['masennus', 'perhe'],
        supports: ['vertaistuki'],
        targets: ['naiset', 'perheet'],
        description:
          'Ryhmä äideille, jotka kokevat synnytyksen jälkeen masennusta, ahdistusta tai voimattomuutta. Vauvat ovat tervetulleita mukaan. Ohjaajana kätilö ja vertaisäiti.',
      },
      {
        key: 'sinisiipi-mielialakurssi',
        name: 'Mielialakurssi',
        places: ['091'],
        needs: ['masennus', 'ahdistus'],
        supports: ['kurssit'],
        targets: ['aikuiset'],
        description:
          'Kahdeksan kerran kurssi, jossa opitaan kognitiivisen terapian menetelmiä mielialan hoitoon. Kurssi sopii lievästä tai keskivaikeasta masennuksesta kärsiville ja sitä ehkäisemään.',
      },
      {
        key: 'sinisiipi-vapaaehtoiset',
        name: 'Vapaaehtoiseksi tukihenkilöksi',
        places: ['091'],
        needs: ['mielenterveys'],
        supports: ['vapaaehtoistoiminta', 'kurssit'],
        targets: ['aikuiset'],
        description:
          'Haluatko auttaa? Koulutamme vapaaehtoisia tukihenkilöiksi mielenterveyskuntoutujille. Peruskoulutus kestää neljä iltaa, minkä jälkeen saat työnohjausta.',
      },
    ],
  },
  {
    key: 'seniorimieli',
    name: 'Seniorimielen ry',
    municipality: '179',
    description: 'Jyväskyläläinen yhdistys ikäihmisten mielen hyvinvoinnin tukemiseen.',
    activities: [
      {
        key: 'seniorimieli-mielialaryhma',
        name: 'Mielialaryhmä ikäihmisille',
        needs: ['masennus', 'ikaantyminen'],
        supports: ['vertaistuki', 'ryhmatoiminta'],
        targets: ['ikaihmiset'],
        description:
          'Ryhmä yli 65-vuotiaille, joiden mieliala on pitkään ollut matala esimerkiksi leskeksi jäämisen, sairastumisen tai yksinäisyyden vuoksi. Kokoonnumme palvelukeskuksessa, kahvi tarjolla.',
      },
      {
        key: 'seniorimieli-puhelinystava',
        name: 'Puhelinystävä',
        places: ['179'],
        remote: true,
        needs: ['yksinaisyys', 'ikaantyminen'],
        supports: ['ystavatoiminta', 'keskusteluapu'],
        targets: ['ikaihmiset'],
        description: 'Vapaaehtoinen soittaa sinulle kerran viikossa sovittuna aikana ja juttelee kuulumisista.',
      },
    ],
  },
];
