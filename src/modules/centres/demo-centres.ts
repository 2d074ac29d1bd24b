import { PDFDocument, StandardFonts, rgb } from 'pdf-lib';
import { addRole, ensureUser } from '../../platform/auth/auth.repo.js';
import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { centreExists, insertCentre, isLiaisonRow, regionOfMunicipality, type CentreFields } from './centres.repo.js';
import { insertMaterial, materialExists, organizationIdsByFinnishName, setTargetStatus } from './materials.repo.js';
import { drawPng } from './png.js';
import { findAgreement, insertAgreement, insertStep } from './agreements.repo.js';
import { instantOf } from '../events/helsinki-time.js';
import { addDemoBulletins } from './demo-bulletins.js';
import { addDemoMeetings } from './demo-meetings.js';

/**
 * The demo's care centres (fictional, like every demo organisation and person): two in Pohjois-Savo, each with an
 * invented liaison (`*.invalid` addresses), and material from demo organisations: an approved info-screen slide and
 * an approved poster at the Kuopio centre, a brochure waiting at the Iisalmi centre. Dates count from `today`, so
 * the material is current whenever the demo is loaded. The Kuopio centre also has a proposal for a weekly group
 * awaiting its liaison's answer. What exists is left as it is. Staff groups, named screens and a bulletin to staff:
 * demo-bulletins.ts.
 */
const CENTRES: { key: string; liaison: string; fields: CentreFields }[] = [
  {
    key: 'kallavesi',
    liaison: 'yhdyshenkilo.kallavesi@demo.tarjotin.invalid',
    fields: {
      nameFi: 'Kallaveden sote-keskus',
      nameSv: 'Kallavesi social- och hälsocentral',
      kind: 'sote_keskus',
      streetAddress: 'Rantakatu 12',
      postalCode: '70100',
      postOffice: 'Kuopio',
      municipalityCode: '297',
      openingHours: 'ma–pe 8–16, ajanvaraus ma–pe 8–15',
      brochureRacks: true,
      noticeBoards: true,
      infoScreens: true,
      groupRooms: true,
      roomsDescription: 'Ryhmähuone Lehmus (12 henkeä) arki-iltaisin klo 16–20. Varaus yhdyshenkilön kautta kaksi viikkoa ennen; avaimen saa aulan infosta henkilökorttia vastaan.',
      screenWidth: 1920,
      screenHeight: 1080,
      maxFileMb: 5,
      maxPdfPages: 4,
    },
  },
  {
    key: 'iisalmi',
    liaison: 'yhdyshenkilo.iisalmi@demo.tarjotin.invalid',
    fields: {
      nameFi: 'Iisalmen perhekeskus Satama',
      nameSv: 'Idensalmi familjecentral Satama',
      kind: 'perhekeskus',
      streetAddress: 'Satamakatu 5',
      postalCode: '74100',
      postOffice: 'Iisalmi',
      municipalityCode: '140',
      openingHours: 'ma–to 8–16, pe 8–14',
      brochureRacks: true,
      noticeBoards: true,
      infoScreens: true,
      groupRooms: false,
      roomsDescription: '',
      screenWidth: 1080,
      screenHeight: 1920,
      maxFileMb: 5,
      maxPdfPages: 2,
    },
  },
];

const DAY = 86_400_000;
const plusDays = (today: string, days: number) => new Date(Date.parse(`${today}T12:00:00Z`) + days * DAY).toISOString().slice(0, 10);

async function brochurePdf(title: string): Promise<Buffer> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  const font = await doc.embedFont(StandardFonts.Helvetica);
  const page = doc.addPage([595, 842]);
  page.drawText(title, { x: 60, y: 760, size: 24, font, color: rgb(0, 0.3, 0.2) });
  page.drawText('Demo brochure / Esimerkkiesite', { x: 60, y: 720, size: 14, font });
  return Buffer.from(await doc.save({ updateFieldAppearances: false }));
}

export async function addDemoCentres(db: Database, today: string): Promise<void> {
  const ids: Record<string, string> = {};
  for (const c of CENTRES) {
    const id = stableId('demo-centre', c.key);
    ids[c.key] = id;
    if (!(await regionOfMunicipality(db, c.fields.municipalityCode))) continue;
    if (!(await centreExists(db, id))) await insertCentre(db, id, c.fields);
    const user = await ensureUser(db, { id: stableId('demo-user', c.liaison), email: c.liaison, lang: 'fi' });
    if (!(await isLiaisonRow(db, { userId: user.id, centreId: id }))) await addRole(db, { userId: user.id, role: 'liaison', scopeId: id });
  }
  const orgs = await organizationIdsByFinnishName(db, ['Kuopion Mielenterveysyhdistys ry', 'Iisalmen Mielenterveysyhdistys ry']);
  const kuopio = orgs.get('Kuopion Mielenterveysyhdistys ry');
  const iisalmi = orgs.get('Iisalmen Mielenterveysyhdistys ry');
  const material = async (key: string, organizationId: string | undefined, centreKey: string, m: { kind: 'slide' | 'poster' | 'brochure'; title: string; altText: string; bytes: Buffer; contentType: 'image/png' | 'application/pdf'; size: [number, number] | null; pages: number | null; days: number; approved: boolean }) => {
    const id = stableId('demo-material', key);
    if (!organizationId || !(await centreExists(db, ids[centreKey]!)) || (await materialExists(db, id))) return;
    await insertMaterial(
      db,
      {
        id,
        organizationId,
        activityId: null,
        kind: m.kind,
        title: m.title,
        lang: 'fi',
        altText: m.altText,
        validFrom: today,
        validUntil: plusDays(today, m.days),
        checklist: ['plainLanguage', 'altText', 'contactDetails', 'generalInterest'],
        fileName: `${key}.${m.contentType === 'application/pdf' ? 'pdf' : 'png'}`,
        contentType: m.contentType,
        byteSize: m.bytes.length,
        width: m.size?.[0] ?? null,
        height: m.size?.[1] ?? null,
        pageCount: m.pages,
        sentBy: null,
      },
      m.bytes,
      [ids[centreKey]!],
    );
    if (m.approved) await setTargetStatus(db, { materialId: id, centreId: ids[centreKey]!, status: 'approved', decidedBy: null });
  };
  await material('kallavesi-slide', kuopio, 'kallavesi', {
    kind: 'slide',
    title: 'Olohuone-ilta tiistaisin',
    altText: 'Kuopion Mielenterveysyhdistyksen olohuone-ilta tiistaisin klo 17–19, kaikille avoin, ei ilmoittautumista.',
    bytes: drawPng(960, 540, [0, 84, 62], [255, 255, 255]),
    contentType: 'image/png',
    size: [960, 540],
    pages: null,
    days: 60,
    approved: true,
  });
  await material('kallavesi-poster', kuopio, 'kallavesi', {
    kind: 'poster',
    title: 'Vertaistukiryhmä omaisille',
    altText: 'Juliste: vertaistukiryhmä mielenterveyskuntoutujien omaisille joka toinen torstai.',
    bytes: drawPng(595, 842, [240, 240, 235], [0, 84, 62]),
    contentType: 'image/png',
    size: [595, 842],
    pages: null,
    days: 45,
    approved: true,
  });
  await material('iisalmi-brochure', iisalmi, 'iisalmi', {
    kind: 'brochure',
    title: 'Mielen hyvinvoinnin ryhmät keväällä',
    altText: '',
    bytes: await brochurePdf('Mielen hyvinvoinnin ryhmät'),
    contentType: 'application/pdf',
    size: null,
    pages: 1,
    days: 90,
    approved: false,
  });
  const agreementId = stableId('demo-agreement', 'kallavesi-group');
  const startsAt = instantOf(plusDays(today, 14), '17:00')!;
  if (kuopio && (await centreExists(db, ids.kallavesi!)) && !(await findAgreement(db, agreementId))) {
    await insertAgreement(db, {
      id: agreementId,
      centreId: ids.kallavesi!,
      organizationId: kuopio,
      initiatedBy: 'ngo',
      awaiting: 'centre',
      createdBy: null,
      kind: 'group_activity',
      title: 'Olohuoneryhmä sote-keskuksessa',
      startsAt,
      durationMinutes: 90,
      rrule: null,
      attendance: 'on_site',
      access: 'drop_in',
      bookingInfo: '',
      room: 'Ryhmähuone Lehmus',
      catering: 'Kahvi yhdistyksen puolesta',
      keysBadges: 'Avain aulan infosta',
      materials: 'Esitteitä ryhmästä',
      programme: 'Vapaata keskustelua ja vertaistukea, vetäjinä koulutetut vertaisohjaajat.',
      targetGroup: 'Mielenterveyskuntoutujat ja heidän läheisensä',
      contactName: 'Yhdistyksen ryhmävastaava',
      contactEmail: 'ryhmat@demo.tarjotin.invalid',
      contactPhone: '',
      clientConsent: false,
      public: true,
    });
    await insertStep(db, { id: stableId('demo-agreement-step', 'kallavesi-group'), agreementId, side: 'ngo', action: 'propose', startsAt, message: 'Kokeilisimme ryhmää ensin kerran; jos se toimii, jatketaan viikoittain.', authorId: null });
  }
  await addDemoBulletins(db, today);
  await addDemoMeetings(db, today);
}
