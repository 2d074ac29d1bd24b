import type { Database } from '../../platform/db/database.js';
import { hashSecret } from '../../platform/auth/auth-tokens.js';
import { stableId } from '../../platform/ids.js';
import { instantOf } from '../events/helsinki-time.js';
import { findAgreement, insertAgreement, insertStep, updateAgreementState } from './agreements.repo.js';
import { centreExists } from './centres.repo.js';
import { setFollowUp } from './follow-up.repo.js';
import { organizationIdsByFinnishName } from './materials.repo.js';
import { findMeeting, insertInvitee, insertMeeting, setPresentOrganizations, updateInviteeResponse, updateMeetingRecord } from './meetings.repo.js';

/**
 * The demo's municipal NGO meetings and follow-up (fictional, like the rest of the demo): at the Kuopio centre, an
 * NGO meeting held three weeks ago with its record (two demo organisations invited, one present), a coming meeting
 * with the invitations answered by nobody yet, and a group agreed for ten days ago with its follow-up recorded.
 * No e-mail is queued; staff invitees have `.invalid` addresses and a link nobody knows. What exists is left as it is.
 */
const DAY = 86_400_000;
const plusDays = (today: string, days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

export async function addDemoMeetings(db: Database, today: string): Promise<void> {
  const centreId = stableId('demo-centre', 'kallavesi');
  if (!(await centreExists(db, centreId))) return;
  const orgs = await organizationIdsByFinnishName(db, ['Kuopion Mielenterveysyhdistys ry', 'Iisalmen Mielenterveysyhdistys ry']);
  const kuopio = orgs.get('Kuopion Mielenterveysyhdistys ry');
  const invited = [...orgs.values()];
  const liaison = stableId('demo-user', 'yhdyshenkilo.kallavesi@demo.tarjotin.invalid');

  const held = stableId('demo-meeting', 'kallavesi-held');
  if (!(await findMeeting(db, held))) {
    const startsAt = instantOf(plusDays(today, -21), '13:00')!;
    await insertMeeting(db, {
      id: held,
      centreId,
      municipalityCode: '297',
      title: 'Kuopion järjestötapaaminen',
      startsAt,
      durationMinutes: 150,
      place: 'Kallaveden sote-keskus, auditorio',
      onlineUrl: null,
      agenda: ['Tervetuloa ja esittäytyminen', 'Sote-keskuksen palvelut ja ajankohtaiset muutokset', 'Asiakkaiden tuen tarpeet', 'Yhteistyömahdollisuudet keskuksessa', 'Palaute ja kehittämisideat'],
      createdBy: liaison,
    });
    for (const organizationId of invited) await insertInvitee(db, { id: stableId('demo-invitee', `held:${organizationId}`), meetingId: held, organizationId, email: null, tokenHash: null });
    await insertInvitee(db, { id: stableId('demo-invitee', 'held:staff'), meetingId: held, organizationId: null, email: 'sosiaaliohjaaja@demo.tarjotin.invalid', tokenHash: hashSecret(`demo-meeting-held-${today}`) });
    if (kuopio) {
      await updateInviteeResponse(db, stableId('demo-invitee', `held:${kuopio}`), { response: 'coming', people: 2, names: 'Kaksi vapaaehtoista', needs: '', at: new Date(startsAt.getTime() - 5 * DAY) });
      await setPresentOrganizations(db, held, [kuopio]);
    }
    await updateMeetingRecord(
      db,
      held,
      {
        people: 14,
        supportNeeds: 'Yksinäisyys ja mielen hyvinvointi, erityisesti ikääntyneillä ja nuorilla aikuisilla. Omaiset toivovat vertaistukea iltaisin.',
        services: 'Sote-keskuksen uusi matalan kynnyksen mielenterveysneuvonta aloittaa tammikuussa. Ryhmähuone Lehmus on järjestöjen käytössä arki-iltaisin.',
        cooperation: 'Järjestöt voivat esitellä toimintaansa henkilöstön kuukausipalaverissa. Olohuoneryhmästä sovitaan kokeilu keskuksessa.',
        development: 'Yhteinen palautekysely asiakkaille keväällä; infotaulun ilmoituksiin toivottiin selkokieltä.',
      },
      new Date(startsAt.getTime() + DAY),
    );
  }

  const coming = stableId('demo-meeting', 'kallavesi-coming');
  if (!(await findMeeting(db, coming))) {
    await insertMeeting(db, {
      id: coming,
      centreId,
      municipalityCode: '297',
      title: 'Järjestötapaaminen: kevään yhteistyö',
      startsAt: instantOf(plusDays(today, 28), '14:00')!,
      durationMinutes: 120,
      place: 'Kallaveden sote-keskus, auditorio',
      onlineUrl: 'https://meet.example.org/kuopio-jarjestot',
      agenda: ['Kuulumiset', 'Kevään esittelyt ja ryhmät keskuksessa', 'Muut asiat'],
      createdBy: liaison,
    });
    for (const organizationId of invited) await insertInvitee(db, { id: stableId('demo-invitee', `coming:${organizationId}`), meetingId: coming, organizationId, email: null, tokenHash: null });
  }

  const agreementId = stableId('demo-agreement', 'kallavesi-followed-up');
  if (kuopio && !(await findAgreement(db, agreementId))) {
    const startsAt = instantOf(plusDays(today, -10), '15:00')!;
    await insertAgreement(db, {
      id: agreementId,
      centreId,
      organizationId: kuopio,
      initiatedBy: 'ngo',
      awaiting: 'centre',
      createdBy: null,
      kind: 'staff_presentation',
      title: 'Yhdistyksen esittely henkilöstön palaverissa',
      startsAt,
      durationMinutes: 30,
      rrule: null,
      attendance: 'on_site',
      access: 'drop_in',
      bookingInfo: '',
      room: 'Neuvotteluhuone Koivu',
      catering: '',
      keysBadges: '',
      materials: 'Esitteitä jaettavaksi',
      programme: 'Lyhyt esittely ja kysymyksiä.',
      targetGroup: 'Sote-keskuksen henkilöstö',
      contactName: 'Yhdistyksen toiminnanjohtaja',
      contactEmail: 'toimisto@demo.tarjotin.invalid',
      contactPhone: '',
      clientConsent: false,
      public: false,
    });
    await insertStep(db, { id: stableId('demo-agreement-step', 'kallavesi-followed-up:propose'), agreementId, side: 'ngo', action: 'propose', startsAt, message: 'Kertoisimme vertaisryhmistämme.', authorId: null });
    await insertStep(db, { id: stableId('demo-agreement-step', 'kallavesi-followed-up:accept'), agreementId, side: 'centre', action: 'accept', startsAt, message: '', authorId: null });
    await updateAgreementState(db, agreementId, { status: 'accepted', awaiting: null });
    await setFollowUp(db, agreementId, { outcome: 'happened', attendance: 18, rating: 4, comment: 'Hyvä esittely; henkilöstö toivoi jatkossa enemmän aikaa kysymyksille.', at: new Date(startsAt.getTime() + DAY), by: liaison });
  }
}
