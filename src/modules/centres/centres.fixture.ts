import { after, before } from 'node:test';
import { addRole, ensureUser, insertSession } from '../../platform/auth/auth.repo.js';
import { hashSecret, newSecret } from '../../platform/auth/auth-tokens.js';
import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { createTestService } from '../../../tests/support/test-app.js';
import { TestBrowser } from '../../../tests/support/test-browser.js';
import { buildMatrixWorld, type MatrixWorld } from '../../../tests/security/access-matrix.fixture.js';
import { insertCentre } from './centres.repo.js';
import { insertMaterial } from './materials.repo.js';
import { insertAgreement } from './agreements.repo.js';
import { drawPng } from './png.js';

/** Test builders (not loaded by the app): a centre with an info screen, a liaison, a session, multipart bodies. */

type TestService = Awaited<ReturnType<typeof createTestService>>;
type TestCentreOptions = Parameters<typeof addTestCentre>[1];

/** What the centres route tests share: a test app with the access matrix's world, two centres (A, B) and a liaison of each. */
export interface CentresTestSetup {
  service: TestService;
  world: MatrixWorld;
  centreA: string;
  centreB: string;
  liaisonA: string;
  liaisonB: string;
}

/** Builds the shared set-up of the centres route tests; the liaisons' addresses default to yhdyshenkilo.a/b@example.org. */
export async function setUpCentresTest(options: {
  service: Parameters<typeof createTestService>[0];
  centreA: TestCentreOptions;
  centreB: TestCentreOptions;
  liaisonEmails?: [string, string];
}): Promise<CentresTestSetup> {
  const service = await createTestService(options.service);
  const world = await buildMatrixWorld(service);
  const db = service.database.db;
  const centreA = await addTestCentre(db, options.centreA);
  const centreB = await addTestCentre(db, options.centreB);
  const [emailA, emailB] = options.liaisonEmails ?? ['yhdyshenkilo.a@example.org', 'yhdyshenkilo.b@example.org'];
  const liaisonA = await addTestLiaison(db, { email: emailA, centreId: centreA });
  const liaisonB = await addTestLiaison(db, { email: emailB, centreId: centreB });
  return { service, world, centreA, centreB, liaisonA, liaisonB };
}

/**
 * The shared set-up as node:test hooks of the calling test file: built before its tests, closed after them; the
 * returned object is filled in by then (read its fields inside tests). A file's own set-up on top goes in `andThen`
 * (root-level `before` hooks of a file may run concurrently, so a second hook could not rely on this one).
 */
export function useCentresTest(options: Parameters<typeof setUpCentresTest>[0] & { andThen?: (setup: CentresTestSetup) => Promise<void> }): CentresTestSetup {
  const setup = {} as CentresTestSetup;
  before(async () => {
    Object.assign(setup, await setUpCentresTest(options));
    await options.andThen?.(setup);
  });
  after(async () => {
    await setup.service?.close();
  });
  return setup;
}

/** A test browser on the app, signed in with a session cookie (name=value) when one is given. */
export function signedInBrowser(service: TestService, cookie: string | null): TestBrowser {
  const browser = new TestBrowser(service.app);
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    browser.cookies.set(name, value);
  }
  return browser;
}

export async function addTestCentre(
  db: Database,
  options: { key: string; nameFi: string; municipality?: string; screen?: [number, number] | null; maxFileMb?: number; maxPdfPages?: number },
): Promise<string> {
  const id = stableId('test-centre', options.key);
  const screen = options.screen === undefined ? ([1920, 1080] as [number, number]) : options.screen;
  await insertCentre(db, id, {
    nameFi: options.nameFi,
    nameSv: '',
    kind: 'sote_keskus',
    streetAddress: 'Testikatu 1',
    postalCode: '70100',
    postOffice: 'Kuopio',
    municipalityCode: options.municipality ?? '297',
    openingHours: 'ma–pe 8–16',
    brochureRacks: true,
    noticeBoards: true,
    infoScreens: screen !== null,
    groupRooms: false,
    roomsDescription: '',
    screenWidth: screen?.[0] ?? null,
    screenHeight: screen?.[1] ?? null,
    maxFileMb: options.maxFileMb ?? 5,
    maxPdfPages: options.maxPdfPages ?? 4,
  });
  return id;
}

export async function addTestLiaison(db: Database, options: { email: string; centreId: string }): Promise<string> {
  const user = await ensureUser(db, { id: stableId('test-liaison', options.email), email: options.email, lang: 'fi' });
  await addRole(db, { userId: user.id, role: 'liaison', scopeId: options.centreId });
  return user.id;
}

/** A session cookie (name=value) for a user. */
export async function testSession(db: Database, userId: string): Promise<string> {
  const secret = newSecret();
  await insertSession(db, { id: hashSecret(secret), userId, hours: 1 });
  return `tarjotin_session=${secret}`;
}

/** A multipart/form-data body with text fields (names may repeat) and at most one file. */
export function multipartBody(fields: [string, string][], file?: { name: string; fileName: string; type: string; bytes: Buffer }): { payload: Buffer; contentType: string } {
  const boundary = `----tarjotin${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = [];
  for (const [name, value] of fields) parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  if (file) {
    parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${file.name}"; filename="${file.fileName}"\r\nContent-Type: ${file.type}\r\n\r\n`));
    parts.push(file.bytes, Buffer.from('\r\n'));
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** A PNG slide of an organisation sent to centres (pending there), straight into the database. */
export async function addTestMaterial(db: Database, options: { key: string; organizationId: string; centreIds: string[]; validFrom: string; validUntil: string; title?: string }): Promise<string> {
  const id = stableId('test-material', options.key);
  const bytes = drawPng(960, 540, [0, 90, 60]);
  await insertMaterial(
    db,
    {
      id,
      organizationId: options.organizationId,
      activityId: null,
      kind: 'slide',
      title: options.title ?? 'Testiaineisto',
      lang: 'fi',
      altText: 'Testiaineiston kuva.',
      validFrom: options.validFrom,
      validUntil: options.validUntil,
      checklist: ['plainLanguage', 'altText', 'contactDetails', 'generalInterest'],
      fileName: 'testi.png',
      contentType: 'image/png',
      byteSize: bytes.length,
      width: 960,
      height: 540,
      pageCount: null,
      sentBy: null,
    },
    bytes,
    options.centreIds,
  );
  return id;
}

/** An organisation's proposal to a centre awaiting the centre's answer, straight into the database. */
export async function addTestAgreement(db: Database, options: { key: string; organizationId: string; centreId: string; startsAt: Date; createdBy: string }): Promise<string> {
  const id = stableId('test-agreement', options.key);
  await insertAgreement(db, {
    id,
    centreId: options.centreId,
    organizationId: options.organizationId,
    initiatedBy: 'ngo',
    awaiting: 'centre',
    createdBy: options.createdBy,
    kind: 'group_activity',
    title: 'Testiryhmä',
    startsAt: options.startsAt,
    durationMinutes: 90,
    rrule: null,
    attendance: 'on_site',
    access: 'drop_in',
    bookingInfo: '',
    room: '',
    catering: '',
    keysBadges: '',
    materials: '',
    programme: '',
    targetGroup: '',
    contactName: 'Testi Yhteyshenkilö',
    contactEmail: 'yhteys@example.org',
    contactPhone: '',
    clientConsent: false,
    public: false,
  });
  return id;
}
