import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { regionExists } from '../regions/regions.repo.js';
import { addNetworkMember, findNetworkRow, insertNetwork, organizationIdsByName } from './networks.repo.js';

/**
 * The demo's cooperation networks (fictional, like every demo organisation): two in Pohjois-Savo and one in
 * Kanta-Häme, whose demo directory has no local organisations yet — its network gathers nationwide ones active
 * there. Members are named by the demo organisations' Finnish names. A network that exists is left as it is.
 */
export const DEMO_NETWORKS = [
  {
    key: 'pohjois-savo:mielenterveys',
    regionId: 'pohjois-savo',
    nameFi: 'Pohjois-Savon mielenterveys- ja päihdejärjestöjen verkosto',
    nameSv: 'Nätverket för organisationer inom psykisk hälsa och missbruk i Norra Savolax',
    nameEn: 'North Savo network of mental health and substance use organisations',
    descriptionFi: 'Maakunnan mielenterveys-, omais- ja päihdejärjestöjen yhteistyöverkosto. Jaamme tietoa toiminnasta, sovimme yhteisistä tapahtumista kuten Mielenterveysviikosta ja viemme järjestöjen kokemuksen hyvinvointialueen suunnitteluun.',
    descriptionSv: 'Samarbetsnätverk för organisationer inom psykisk hälsa, anhöriga och missbruk i landskapet. Vi delar information, planerar gemensamma evenemang och för organisationernas erfarenhet till välfärdsområdet.',
    descriptionEn: 'A cooperation network of the region’s mental health, family carer and substance use organisations. We share news of our activities, plan joint events such as Mental Health Week and bring the organisations’ experience to the wellbeing services county’s planning.',
    howToJoinFi: 'Verkostoon voivat liittyä Pohjois-Savossa toimivat järjestöt, joiden toiminta liittyy mielenterveyteen tai päihteisiin. Pyydä liittymistä tällä sivulla; koordinaattori vastaa kahden viikon kuluessa.',
    howToJoinSv: 'Organisationer i Norra Savolax som arbetar med psykisk hälsa eller missbruk kan gå med. Ansök på den här sidan; koordinatorn svarar inom två veckor.',
    howToJoinEn: 'Organisations in North Savo working on mental health or substance use may join. Ask to join on this page; the coordinator answers within two weeks.',
    meetingsFi: 'Tapaamme neljä kertaa vuodessa, vuorotellen Kuopiossa ja etäyhteydellä. Välillä tieto kulkee sähköpostilistalla.',
    meetingsSv: 'Vi träffas fyra gånger om året, växelvis i Kuopio och på distans. Däremellan via e-postlistan.',
    meetingsEn: 'We meet four times a year, in Kuopio and online in turn. In between, news goes round on the mailing list.',
    coordinator: 'Pohjois-Savon Järjestöverkko ry',
    members: ['Kuopion Mielenterveysyhdistys ry', 'Iisalmen Mielenterveysyhdistys ry', 'Varkauden Mielenterveysyhdistys ry', 'Kuopion Mielenterveysomaisten Yhdistys ry', 'Kuopion Toipujien Kilta ry'],
  },
  {
    key: 'pohjois-savo:ikaihmiset',
    regionId: 'pohjois-savo',
    nameFi: 'Kuopion seudun ikäihmisten järjestöjen yhteistyöryhmä',
    nameSv: 'Samarbetsgruppen för äldreorganisationer i Kuopioregionen',
    nameEn: 'Kuopio area cooperation group of organisations for older people',
    descriptionFi: 'Ikäihmisten parissa toimivat yhdistykset ja seurakunnat Kuopiossa ja Siilinjärvellä. Kokoamme yhteisen viikko-ohjelman ikäihmisille ja vapaaehtoisille sekä ideoimme, miten yksinäisyyttä vähennetään.',
    descriptionSv: 'Föreningar och församlingar som arbetar med äldre i Kuopio och Siilinjärvi. Vi sammanställer ett gemensamt veckoprogram och tar fram idéer mot ensamhet.',
    descriptionEn: 'Associations and parishes working with older people in Kuopio and Siilinjärvi. We put together a shared weekly programme and ideas for reducing loneliness.',
    howToJoinFi: 'Tervetulleita ovat kaikki Kuopion seudulla ikäihmisille toimintaa järjestävät yhdistykset. Pyydä liittymistä tällä sivulla.',
    howToJoinSv: 'Alla föreningar som ordnar verksamhet för äldre i Kuopioregionen är välkomna. Ansök på den här sidan.',
    howToJoinEn: 'Every association running activities for older people in the Kuopio area is welcome. Ask to join on this page.',
    meetingsFi: 'Kuukauden ensimmäinen tiistai klo 13–14.30 Muistiyhdistyksen tiloissa; kesä- ja heinäkuussa tauko.',
    meetingsSv: 'Första tisdagen i månaden kl. 13–14.30 hos minnesföreningen; uppehåll i juni och juli.',
    meetingsEn: 'The first Tuesday of each month, 1–2.30 pm, at the memory association; no meetings in June and July.',
    coordinator: 'Kuopion Muistiyhdistys ry',
    members: ['Kuopion Ystäväpalvelu ry', 'Seniorien Soittorinki ry', 'Kuopion Seniorikuntoilijat ry', 'Siilinjärven Ystäväpalvelu ry'],
  },
  {
    key: 'kanta-hame:omaiset',
    regionId: 'kanta-hame',
    nameFi: 'Kanta-Hämeen omais- ja läheistyön verkosto',
    nameSv: 'Nätverket för anhörigarbete i Egentliga Tavastland',
    nameEn: 'Kanta-Häme network for family carer work',
    descriptionFi: 'Omaisten ja läheisten tukea Kanta-Hämeessä tarjoavien järjestöjen verkosto. Kokoamme omaisille suunnatut vertaisryhmät ja kurssit yhteen ja kehitämme yhteistyötä hyvinvointialueen omaishoidon tuen kanssa.',
    descriptionSv: 'Nätverk för organisationer som stöder anhöriga och närstående i Egentliga Tavastland. Vi samlar kamratgrupper och kurser för anhöriga och samarbetar med välfärdsområdet.',
    descriptionEn: 'A network of organisations supporting family members and carers in Kanta-Häme. We gather the peer groups and courses for carers together and work with the wellbeing services county’s carer support.',
    howToJoinFi: 'Verkostoon voivat liittyä järjestöt, joilla on omais- tai läheistoimintaa Kanta-Hämeessä, myös valtakunnalliset. Pyydä liittymistä tällä sivulla.',
    howToJoinSv: 'Organisationer med anhörigverksamhet i Egentliga Tavastland, även riksomfattande, kan gå med. Ansök på den här sidan.',
    howToJoinEn: 'Organisations with carer activities in Kanta-Häme, nationwide ones included, may join. Ask to join on this page.',
    meetingsFi: 'Etätapaaminen joka toinen kuukausi ja kerran vuodessa yhteinen kehittämispäivä Hämeenlinnassa.',
    meetingsSv: 'Distansmöte varannan månad och en gemensam utvecklingsdag i Tavastehus en gång om året.',
    meetingsEn: 'An online meeting every other month and a joint development day in Hämeenlinna once a year.',
    coordinator: 'Läheistuen Liitto ry',
    members: ['Omaisverkosto Närståendenätet ry', 'Muistiverkosto ry'],
  },
] as const;

/** Creates the demo networks that are missing, with their members (idempotent); skips one whose coordinator is absent. */
export async function addDemoNetworks(db: Database): Promise<void> {
  const ids = await organizationIdsByName(db, DEMO_NETWORKS.flatMap((n) => [n.coordinator, ...n.members]));
  for (const { key, coordinator, members, ...texts } of DEMO_NETWORKS) {
    const id = stableId('demo-network', key);
    const coordinatorId = ids.get(coordinator);
    if (!coordinatorId || (await findNetworkRow(db, id))) continue;
    if (!(await regionExists(db, texts.regionId))) continue;
    await insertNetwork(db, { id, coordinatorId, ...texts });
    for (const orgId of [coordinatorId, ...members.map((m) => ids.get(m))]) if (orgId) await addNetworkMember(db, id, orgId);
  }
}
