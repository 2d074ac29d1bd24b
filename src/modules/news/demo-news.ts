import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { findOrganizationActiveInRegion, insertNewsRowIfMissing } from './news.repo.js';
import { findRegionNames } from '../regions/regions.repo.js';

/**
 * The demo's news (issue 13 item 4): each demo region gets a few news items written by its (fictional) regional
 * administrator and one approved announcement from an organisation active in the region — preferably one the demo
 * maintainer (`yhdistys@demo.tarjotin.invalid`) maintains. Fictional content; dates counted from `today` (the day the
 * demo is loaded), so a fresh demo shows current news. Stable ids: loading again adds nothing and keeps edits.
 */

const day = (today: string, offset: number) => {
  const d = new Date(`${today}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + offset);
  return d.toISOString().slice(0, 10);
};

interface DemoItem {
  title: string;
  body: string;
  publish: number;
  expires: number | null;
}

const NEWS: Record<string, { news: DemoItem[]; announcement: DemoItem }> = {
  'pohjois-savo': {
    news: [
      {
        title: 'Pohjois-Savon järjestötarjotin on avattu',
        body: 'Pohjois-Savon järjestöjen, yhdistysten ja vertaistukiryhmien tiedot löytyvät nyt yhdestä paikasta.\n\n- Hae tukea kunnittain tai hakusanalla\n- Selaa **Järjestöt kunnittain** -listaa\n- Tilaa alueen uutiset uutissyötteenä\n\nJärjestö voi lisätä ja päivittää omat tietonsa itse. Kysymykset ja palaute: alueen pääkäyttäjä.',
        publish: -12,
        expires: null,
      },
      {
        title: 'Järjestöjen yhteinen infoilta Kuopiossa',
        body: 'Tervetuloa kuulemaan, miten järjestötarjotin toimii ja miten järjestö saa toimintansa näkyviin.\n\nInfoillassa käydään läpi:\n\n1. järjestön tietojen lisääminen ja päivittäminen\n2. yhteydenottopyyntöjen vastaanottaminen\n3. ilmoitusten lähettäminen alueen uutisiin\n\nIlta on maksuton, eikä ennakkoilmoittautumista tarvita.',
        publish: -3,
        expires: 30,
      },
      {
        title: 'Vapaaehtoisten perehdytys alkaa tammikuussa',
        body: 'Alueen järjestöt järjestävät yhdessä perehdytyksen uusille vapaaehtoisille. Perehdytys sopii kaikille, jotka haluavat toimia esimerkiksi vertaisohjaajana, ystävätoiminnassa tai tapahtumien apuna.\n\nLisätietoja saat oman järjestösi yhteyshenkilöltä.',
        publish: -1,
        expires: 60,
      },
    ],
    announcement: {
      title: 'Vertaistukiryhmä aloittaa uuden kauden',
      body: 'Ryhmämme kokoontuu taas joka toinen viikko. Ryhmässä jaetaan kokemuksia ja saadaan tukea arkeen samassa tilanteessa olevilta.\n\nRyhmään voi tulla mukaan ilman ennakkoilmoittautumista, ja se on **maksuton**.',
      publish: -2,
      expires: 45,
    },
  },
  'kanta-hame': {
    news: [
      {
        title: 'Kanta-Hämeen järjestöt nyt yhdessä portaalissa',
        body: 'Kanta-Hämeen järjestötarjotin kokoaa maakunnan järjestöt, yhdistykset ja vertaistuen Hämeenlinnasta Forssaan ja Riihimäelle.\n\nPortaalin haku rajautuu Kanta-Hämeen kuntiin ja koko Suomessa toimiviin palveluihin.',
        publish: -9,
        expires: null,
      },
      {
        title: 'Järjestöt: tarkistakaa tietonne ennen vuodenvaihdetta',
        body: 'Pyydämme alueen järjestöjä tarkistamaan, että toiminnan kuvaukset, kokoontumispaikat ja yhteystiedot ovat ajan tasalla.\n\nAjantasaiset tiedot auttavat asukkaita ja ammattilaisia löytämään oikean tuen.',
        publish: -4,
        expires: 40,
      },
      {
        title: 'Talven vertaistukiryhmät Forssan seudulla',
        body: 'Forssan seudun järjestöt kokoavat talven vertaistukiryhmät yhteen listaan. Löydät ryhmät portaalin haulla, kun valitset alueeksi Forssan tai Tammelan.',
        publish: -1,
        expires: 75,
      },
    ],
    announcement: {
      title: 'Etänä toimiva keskusteluryhmä ottaa uusia osallistujia',
      body: 'Verkossa kokoontuva keskusteluryhmämme on avoin kaikille Kanta-Hämeessä asuville. Ryhmään osallistutaan omalta tietokoneelta tai puhelimelta.\n\nIlmoittautuminen ja lisätiedot järjestön sivulla.',
      publish: -2,
      expires: 30,
    },
  },
};

/** Adds the demo news of the demo regions that exist (idempotent). */
export async function addDemoNews(db: Database, today: string): Promise<void> {
  const maintainerId = stableId('demo-user', 'yhdistys');
  for (const [regionId, content] of Object.entries(NEWS)) {
    if (!(await findRegionNames(db, regionId))) continue;
    const adminId = stableId('demo-user', `regional-admin:${regionId}`);
    const exists = await db.selectFrom('app_user').select('id').where('id', '=', adminId).executeTakeFirst();
    for (const [i, item] of content.news.entries()) {
      await insertNewsRowIfMissing(db, {
        id: stableId('demo-news', `${regionId}:news:${i}`),
        regionId,
        kind: 'news',
        status: 'published',
        organizationId: null,
        createdBy: exists ? adminId : null,
        lang: 'fi',
        title: item.title,
        body: item.body,
        imageUrl: null,
        imageAlt: '',
        publishOn: day(today, item.publish),
        expiresOn: item.expires === null ? null : day(today, item.expires),
      });
    }
    const organizationId = await findOrganizationActiveInRegion(db, regionId, maintainerId);
    if (!organizationId) continue;
    const a = content.announcement;
    await insertNewsRowIfMissing(db, {
      id: stableId('demo-news', `${regionId}:announcement`),
      regionId,
      kind: 'announcement',
      status: 'published',
      organizationId,
      createdBy: null,
      lang: 'fi',
      title: a.title,
      body: a.body,
      imageUrl: null,
      imageAlt: '',
      publishOn: day(today, a.publish),
      expiresOn: a.expires === null ? null : day(today, a.expires),
    });
  }
}
