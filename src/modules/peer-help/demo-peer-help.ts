import { ensureUser } from '../../platform/auth/auth.repo.js';
import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { findRequest, insertApplication, insertFeedback, insertGroup, insertGroupMember, insertMessage, insertRequestDraft, markOthersNotChosen, moveRequest, selectApplication, updateRequestWhereWhen, upsertProfile } from './peer-help.repo.js';
import type { Category } from './peer-help.schema.js';

/**
 * The demo's peer help (fictional people at *.invalid addresses, fictional associations): four helper profiles in
 * different towns, a group of an umbrella organisation's branches, open requests in several categories (remote and on
 * site, one for the group), one filled and one approved with its conversation and two-way feedback. Loading again
 * changes nothing (stable ids; an existing request is left as it is).
 */

const PEOPLE = [
  { key: 'aino', email: 'aino.auttaja@vertaisapu.demo.invalid', name: 'Aino Auttaja', municipality: '297', categories: ['bookkeeping', 'funding', 'fundraising'], skills: 'Yhdistysten kirjanpito ja tilinpäätökset, avustushakemukset.', description: 'Taloushallinnon ammattilainen, autan mielelläni yhdistyksiä etänä.', organisation: 'Esimerkkitilit Oy (pro bono)' },
  { key: 'ville', email: 'ville.viestija@vertaisapu.demo.invalid', name: 'Ville Viestijä', municipality: '091', categories: ['communications', 'marketing', 'accessibility'], skills: 'Blogit, some, kuvankäsittely, saavutettava verkkosisältö.', description: 'Viestinnän opiskelija, haluan kokemusta järjestöjen viestinnästä.', organisation: 'Esimerkkiammattikorkeakoulu' },
  { key: 'kerttu', email: 'kerttu.kiinteisto@vertaisapu.demo.invalid', name: 'Kerttu Kiinteistö', municipality: '109', categories: ['premises', 'legal', 'procurement'], skills: 'Vuokrasopimukset, remonttien kilpailutus.', description: 'Kattojärjestön jäsenpalveluissa, kiinteistöasiat tuttuja.', organisation: 'Esimerkkiliitto ry' },
  { key: 'timo', email: 'timo.tietoturva@vertaisapu.demo.invalid', name: 'Timo Tietoturva', municipality: '837', categories: ['infosec', 'systems', 'risk'], skills: 'Microsoft 365, varmuuskopiot, tietosuoja.', description: 'IT-tukihenkilö toisessa järjestössä.', organisation: 'Esimerkkiseura ry' },
] as const;

const REQUESTER = { key: 'tilaaja', email: 'toiminnanjohtaja@vertaisapu.demo.invalid', name: 'Tuula Toiminnanjohtaja' };

interface DemoRequest {
  key: string;
  organisation: string;
  category: Category;
  summary: string;
  details: string;
  remote: boolean;
  municipality: string | null;
  wishedTime: string;
  hours: number;
  group?: boolean;
  /** open (default), filled (Aino selected), approved (Aino helped, conversation and feedback). */
  state?: 'filled' | 'approved';
}

const REQUESTS: DemoRequest[] = [
  { key: 'tilinpaatos', organisation: 'Esimerkkikylän Omaisyhdistys ry', category: 'bookkeeping', summary: 'Tilinpäätöksen valmisteluun neuvoja', details: 'Kirjanpidon lainsäädäntö muuttui. Tarvitsemme taloushallinnon osaajaa pohtimaan muutamaa kysymystä ja sitä, kannattaako kirjanpito tehdä jatkossa itse.', remote: true, municipality: null, wishedTime: 'maaliskuun aikana', hours: 3 },
  { key: 'remontti', organisation: 'Esimerkkikylän Omaisyhdistys ry', category: 'premises', summary: 'Toimitilan pieni remontti ja vuokrasopimus', details: 'Vuokrasopimuksessa mainitaan remonttikustannusten jakaminen. Kaipaamme kiinteistöalan osaajaa katsomaan sopimusta kanssamme.', remote: false, municipality: '109', wishedTime: 'ensi viikolla arkisin klo 9–16', hours: 2 },
  { key: 'blogi', organisation: 'Esimerkkijärjestö ry', category: 'communications', summary: 'Blogikirjoitukseen ja kuvitukseen apua', details: 'Viestintätiimillä on kiirettä. Uusi blogikirjoitus ja kuva pitäisi julkaista kuun lopussa.', remote: true, municipality: null, wishedTime: 'kahden viikon kuluessa', hours: 2, state: 'filled' },
  { key: 'kuvat', organisation: 'Esimerkkiliiton Savon piiri', category: 'communications', summary: 'Valokuvien muokkaus piirin tiedotteisiin', details: 'Miten kuvat rajataan ja pienennetään verkkoon sopiviksi?', remote: true, municipality: null, wishedTime: 'tämän viikon aikana', hours: 1, group: true },
  { key: 'varmuuskopio', organisation: 'Esimerkkijärjestö ry', category: 'infosec', summary: 'Varmuuskopioinnin ja salasanojen käytännöt kuntoon', details: 'Pieni toimisto, kolme konetta ja yhteinen tallennustila.', remote: true, municipality: null, wishedTime: 'huhtikuussa', hours: 1.5 },
  { key: 'avustus', organisation: 'Esimerkkikylän Omaisyhdistys ry', category: 'funding', summary: 'Avustushakemuksen kommentointi', details: 'Haemme toiminta-avustusta ensimmäistä kertaa. Toivomme kommentteja hakemusluonnokseen.', remote: true, municipality: null, wishedTime: 'helmikuussa', hours: 1, state: 'approved' },
];

const userId = (key: string) => stableId('peer-help-demo-user', key);

export async function addDemoPeerHelp(db: Database): Promise<void> {
  if (await findRequest(db, stableId('peer-help-demo-request', REQUESTS[0]!.key))) return;
  const requester = await ensureUser(db, { id: userId(REQUESTER.key), email: REQUESTER.email, lang: 'fi' });
  await upsertProfile(db, { id: stableId('peer-help-demo-profile', REQUESTER.key), userId: requester.id, displayName: REQUESTER.name, municipalityCode: '297', postalCode: null, distanceKm: 30, categories: ['leadership'], skills: 'Järjestön johtaminen', languages: ['fi'], education: '', experience: '', description: 'Pienen omaisyhdistyksen toiminnanjohtaja.', videoUrl: null, linkedinUrl: null, showCv: false, currentOrganisation: 'Esimerkkikylän Omaisyhdistys ry', notify: 'none' });
  const helpers: Record<string, string> = {};
  for (const p of PEOPLE) {
    const user = await ensureUser(db, { id: userId(p.key), email: p.email, lang: 'fi' });
    helpers[p.key] = user.id;
    await upsertProfile(db, {
      id: stableId('peer-help-demo-profile', p.key),
      userId: user.id,
      displayName: p.name,
      municipalityCode: p.municipality,
      postalCode: null,
      distanceKm: 60,
      categories: [...p.categories],
      skills: p.skills,
      languages: ['fi', 'en'],
      education: 'Esimerkkikoulutus',
      experience: 'Useita vuosia järjestötyössä.',
      description: p.description,
      videoUrl: null,
      linkedinUrl: null,
      showCv: true,
      currentOrganisation: p.organisation,
      notify: 'daily',
    });
  }
  const groupId = stableId('peer-help-demo-group', 'savo');
  await insertGroup(db, { id: groupId, name: 'Esimerkkiliiton Savon piirit', code: 'SAVO1A2B', ownerId: requester.id });
  await insertGroupMember(db, { groupId, email: PEOPLE[1].email, userId: helpers.ville! });
  await insertGroupMember(db, { groupId, email: PEOPLE[0].email, userId: helpers.aino! });

  for (const [i, r] of REQUESTS.entries()) {
    const id = stableId('peer-help-demo-request', r.key);
    await insertRequestDraft(db, { id, reference: `VA-DEM0-00${String(i + 1).padStart(2, '0')}`, requesterId: requester.id, organizationId: null, organisationName: r.organisation, businessId: null, category: r.category, summary: r.summary, details: r.details, accountingRef: '' });
    await updateRequestWhereWhen(db, id, { remote: r.remote, municipalityCode: r.municipality, address: '', wishedTime: r.wishedTime, hours: r.hours, groupId: r.group ? groupId : null });
    await moveRequest(db, id, ['draft'], 'open');
    if (r.key === 'tilinpaatos') await insertApplication(db, { id: stableId('peer-help-demo-application', `${r.key}:aino`), requestId: id, helperId: helpers.aino!, message: 'Olen tehnyt yhdistysten tilinpäätöksiä kymmenen vuotta. Ehdin etäpalaveriin iltaisin.' });
    if (!r.state) continue;
    const helper = r.key === 'blogi' ? helpers.ville! : helpers.aino!;
    const applicationId = stableId('peer-help-demo-application', `${r.key}:helper`);
    await insertApplication(db, { id: applicationId, requestId: id, helperId: helper, message: 'Voin auttaa tässä mielelläni.' });
    await insertApplication(db, { id: stableId('peer-help-demo-application', `${r.key}:timo`), requestId: id, helperId: helpers.timo!, message: 'Voisin auttaa, jos muita ei löydy.' });
    await selectApplication(db, id, applicationId);
    await moveRequest(db, id, ['open'], 'filled');
    await markOthersNotChosen(db, id);
    if (r.state !== 'approved') continue;
    await insertMessage(db, { id: stableId('peer-help-demo-message', `${r.key}:1`), requestId: id, authorId: requester.id, body: 'Kiitos! Hakemusluonnos on täällä: https://example.org/luonnos. Sopisiko puhelu tiistaina?' });
    await insertMessage(db, { id: stableId('peer-help-demo-message', `${r.key}:2`), requestId: id, authorId: helper, body: 'Tiistai klo 17 sopii. Luin luonnoksen, kommentit tulossa.' });
    await moveRequest(db, id, ['filled'], 'done');
    await moveRequest(db, id, ['done'], 'approved');
    await insertFeedback(db, { id: stableId('peer-help-demo-feedback', `${r.key}:to-helper`), requestId: id, fromUserId: requester.id, toUserId: helper, rating: 5, comment: 'Selkeät ja nopeat kommentit, hakemus parani paljon. Kiitos!' });
    await insertFeedback(db, { id: stableId('peer-help-demo-feedback', `${r.key}:to-requester`), requestId: id, fromUserId: helper, toUserId: requester.id, rating: 5, comment: 'Hyvin valmisteltu pyyntö, mukava auttaa.' });
  }
}
