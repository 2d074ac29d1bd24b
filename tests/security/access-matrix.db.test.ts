/**
 * The access-control matrix (issue 11 B5), generated from the app's route table: every route × anonymous, the
 * maintainer of A, the maintainer of B, the regional administrator of X (A's region) and of Y, and a platform
 * administrator, each with a fresh session, asking for A's resources. A route that is not in EXPECTED fails the
 * test, so a new route cannot be forgotten: add its line. POSTs carry a valid CSRF token and an empty form, so
 * what is measured is who gets past the guards (a 400 for the empty form means "let in").
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Service } from '../../src/boot.js';
import { createTestService } from '../support/test-app.js';
import { TestBrowser } from '../support/test-browser.js';
import { buildMatrixWorld, ROLES, sessionCookie, type MatrixWorld, type Role } from './access-matrix.fixture.js';
import { addTestNews } from '../../src/modules/news/news.fixture.js';
import { addTestTheme } from '../../src/modules/themes/themes.fixture.js';
import { addTestNetwork } from '../../src/modules/networks/networks.fixture.js';
import { reportDataError } from '../../src/modules/feedback/report-data-error.js';
import { addDraftIssue } from '../../src/modules/newsletter/newsletter.fixture.js';
import { addTestAgreement, addTestCentre, addTestMaterial } from '../../src/modules/centres/centres.fixture.js';
import { addTestPeerHelp } from '../../src/modules/peer-help/peer-help.fixture.js';
import { addTestMeeting } from '../../src/modules/centres/meetings.fixture.js';

let service: Service;
let world: MatrixWorld;
let taxonomyId: string;
let termId: string;
let news: { newsId: string; announcementId: string };
let themeId: string;
let networkId: string;
let feedbackId: string;
let newsletterIssueId: string;
let centreId: string;
let materialId: string;
let agreementId: string;
let meetingId: string;
let peerHelp: Awaited<ReturnType<typeof addTestPeerHelp>>;
before(async () => {
  service = await createTestService();
  world = await buildMatrixWorld(service);
  const db = service.database.db;
  taxonomyId = (await db.selectFrom('taxonomy').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  termId = (await db.selectFrom('taxonomy_term').select('id').orderBy('id').executeTakeFirstOrThrow()).id;
  news = await addTestNews(db, { regionId: 'pohjois-savo', organizationId: world.orgA }); // in region X: a published news item, A's announcement awaiting review
  themeId = await addTestTheme(db, { slug: 'matriisi', nameFi: 'Matriisiteema', needs: ['omaishoito'] });
  networkId = await addTestNetwork(db, { key: 'matriisi', regionId: 'pohjois-savo', coordinatorId: world.orgA, nameFi: 'Matriisiverkosto' }); // coordinated by A, in region X
  newsletterIssueId = await addDraftIssue(db, { regionId: 'pohjois-savo', subject: 'Matriisikirje' }); // a draft of region X
  centreId = await addTestCentre(db, { key: 'matriisi', nameFi: 'Matriisin sote-keskus' }); // in Kuopio, region X
  materialId = await addTestMaterial(db, { key: 'matriisi', organizationId: world.orgA, centreIds: [centreId], validFrom: '2026-01-01', validUntil: '2099-12-31' }); // A's slide, pending at the centre
  agreementId = await addTestAgreement(db, { key: 'matriisi', organizationId: world.orgA, centreId, startsAt: new Date(Date.now() + 14 * 86_400_000), createdBy: world.userIds.maintainerA }); // A's proposal, awaiting the centre
  meetingId = await addTestMeeting(db, { key: 'matriisi', centreId, startsAt: new Date(Date.now() + 21 * 86_400_000), organizationIds: [world.orgA], createdBy: world.userIds.regionalX }); // the centre's meeting, A invited
  peerHelp = await addTestPeerHelp(db, { requesterId: world.userIds.maintainerA, organizationId: world.orgA }); // A's maintainer asks for A
  feedbackId = await reportDataError({ db, cipher: service.app.deps.cipher, organizationId: world.orgA, activityId: null, input: { message: 'Puhelinnumero on vanha.', replyEmail: null, back: null }, lang: 'fi' });
});
after(async () => {
  await service?.close();
});

/** What a person got: in (any answer past the guards), out (403 / 404), or sent to sign in (401, 303 to /sign-in). */
type Outcome = 'in' | 'out' | 'sign-in';

function outcomeOf(status: number, location: string | undefined): Outcome {
  if (status === 401 || (status === 303 && /^(\/(sv|en))?\/sign-in(\?|$)/.test(location ?? ''))) return 'sign-in';
  if (status === 403 || status === 404) return 'out';
  return 'in';
}

/** The URL of a route pattern with A's resources in its parameters. */
function urlOf(pattern: string): string {
  const neutral = pattern.replace(/^\/(sv|en)(?=\/|$)/, '');
  const values: Record<string, string> = {
    id: idFor(neutral),
    activityId: neutral.startsWith('/my/submissions/') ? world.draftActivityA : world.activityA,
    recipientId: world.recipientA,
    reference: world.referenceA,
    step: neutral.startsWith('/peer-help/') ? '1' : 'organisation',
    slug: 'pohjois-savo', // region X
    code: '297', // Kuopio, in region X
    themeId,
    theme: 'matriisi',
    networkId,
    token: neutral.startsWith('/contact-requests/open/') ? world.recipientTokenA : 'matriisi-ei-kelpaa-0000000000000000000000',
  };
  return pattern.replace(/:(\w+)/g, (_, name: string) => values[name] ?? `unknown-${name}`).replace(/\*$/, 'site.css');
}

function idFor(pattern: string): string {
  if (pattern.startsWith('/api/hsds/taxonomies/')) return taxonomyId;
  if (pattern.startsWith('/api/hsds/taxonomy_terms/')) return termId;
  if (pattern.startsWith('/activities/') || pattern.startsWith('/api/hsds/services/')) return world.activityA;
  if (pattern.startsWith('/my/submissions/')) return world.draftA;
  if (pattern.startsWith('/admin/review/announcements/')) return news.announcementId;
  if (pattern.includes('/news/')) return news.newsId;
  if (pattern.startsWith('/admin/review/')) return world.reviewA;
  if (pattern.startsWith('/admin/outbox/')) return world.outboxId;
  if (pattern.startsWith('/events/') || pattern.startsWith('/admin/events/')) return world.eventA;
  if (pattern.startsWith('/feedback/')) return feedbackId;
  if (pattern.includes('/newsletter/')) return newsletterIssueId;
  if (pattern.startsWith('/centres/') || pattern.startsWith('/admin/centres/')) return centreId;
  if (pattern.startsWith('/materials/')) return materialId;
  if (pattern.startsWith('/agreements/')) return agreementId;
  if (pattern.startsWith('/meetings/')) return meetingId;
  if (pattern.startsWith('/peer-help/profiles/')) return peerHelp.profileId;
  if (pattern.startsWith('/peer-help/groups/')) return peerHelp.groupId;
  if (pattern.startsWith('/peer-help/feedback/')) return peerHelp.feedbackId;
  if (pattern.startsWith('/peer-help/requests/') && pattern.endsWith('/publish')) return peerHelp.publishDraftId;
  if (pattern.startsWith('/peer-help/requests/') && pattern.includes('/step/')) return peerHelp.draftId;
  if (pattern.startsWith('/peer-help/requests/')) return peerHelp.requestId;
  return world.orgA;
}

async function ask(method: string, pattern: string, role: Role, options: { csrf?: boolean } = {}): Promise<{ status: number; outcome: Outcome }> {
  const browser = new TestBrowser(service.app, '198.51.100.90');
  const cookie = await sessionCookie(service, world, role);
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    browser.cookies.set(name, value);
  }
  const url = urlOf(pattern);
  let res;
  if (method === 'GET') res = await browser.get(url);
  else {
    const form = await browser.get('/for-organisations');
    res = await browser.post(url, {}, options.csrf === false ? undefined : form.body);
  }
  if (res.statusCode >= 500) assert.fail(`${method} ${url} as ${role}: ${res.statusCode}`);
  return { status: res.statusCode, outcome: outcomeOf(res.statusCode, res.headers.location as string | undefined) };
}

const ALL_IN: Record<Role, Outcome> = { anonymous: 'in', maintainerA: 'in', maintainerB: 'in', regionalX: 'in', regionalY: 'in', platform: 'in' };
const ALL_OUT: Record<Role, Outcome> = { anonymous: 'out', maintainerA: 'out', maintainerB: 'out', regionalX: 'out', regionalY: 'out', platform: 'out' };
/** Anyone signed in. */
const SIGNED_IN: Record<Role, Outcome> = { ...ALL_IN, anonymous: 'sign-in' };
/** A's maintainers only (others' resources are "not found", not "forbidden", so they do not learn what exists). */
const MAINTAINER_OF_A: Record<Role, Outcome> = { anonymous: 'sign-in', maintainerA: 'in', maintainerB: 'out', regionalX: 'out', regionalY: 'out', platform: 'out' };
/** A's maintainers and platform administrators (confirming that A's data is still right: freshness.policy.ts). */
const MAINTAINER_OF_A_OR_PLATFORM: Record<Role, Outcome> = { ...MAINTAINER_OF_A, platform: 'in' };
/** Any administrator (what each sees is scoped to their regions by the module). */
const ADMINISTRATORS: Record<Role, Outcome> = { anonymous: 'sign-in', maintainerA: 'out', maintainerB: 'out', regionalX: 'in', regionalY: 'in', platform: 'in' };
/** Administrators of A's region X and platform administrators. */
const ADMINISTRATORS_OF_X: Record<Role, Outcome> = { ...ADMINISTRATORS, regionalY: 'out' };
const PLATFORM_ADMINISTRATORS: Record<Role, Outcome> = { ...ADMINISTRATORS, regionalX: 'out', regionalY: 'out' };
/** The maintainers of A as the coordinator of a network of region X, X's administrators and platform administrators. */
const COORDINATOR_A_OR_ADMINISTRATORS_OF_X: Record<Role, Outcome> = { ...ADMINISTRATORS_OF_X, maintainerA: 'in' };
/** Any organisation's maintainers (sending events). */
const MAINTAINERS: Record<Role, Outcome> = { anonymous: 'sign-in', maintainerA: 'in', maintainerB: 'in', regionalX: 'out', regionalY: 'out', platform: 'out' };
/** A's event: A's maintainers, the administrators of A's region X and platform administrators (events.policy.ts). */
const EDITORS_OF_EVENT_A: Record<Role, Outcome> = { ...MAINTAINER_OF_A, regionalX: 'in', platform: 'in' };
/** A report of an error in A's data: A's maintainers, the administrators of A's region X and platform administrators. */
const FEEDBACK_ON_A_READERS: Record<Role, Outcome> = { ...MAINTAINER_OF_A, regionalX: 'in', platform: 'in' };

/** A care centre's liaisons only: nobody in the matrix is one (liaisons are tested in src/modules/centres). */
const LIAISONS_ONLY: Record<Role, Outcome> = { anonymous: 'sign-in', maintainerA: 'out', maintainerB: 'out', regionalX: 'out', regionalY: 'out', platform: 'out' };
/** A's material awaiting approval: only A's maintainers (and the centre's liaisons) read its file; others get 404. */
const PENDING_MATERIAL_OF_A: Record<Role, Outcome> = { ...ALL_OUT, maintainerA: 'in' };
/** Signed in first; then nobody, yet (A's agreement is not agreed: no .ics for either side). */
const SIGN_IN_THEN_NONE: Record<Role, Outcome> = { ...ALL_OUT, anonymous: 'sign-in' };
/** A meeting of the centre (region X) to which A is invited: its organisers (X's and platform administrators; the centre's liaisons) and A's maintainers. */
const MEETING_OF_X_WITH_A: Record<Role, Outcome> = { ...ADMINISTRATORS_OF_X, maintainerA: 'in' };
/** A peer-help request of A's maintainer for A: the requester side is its writer and A's maintainers (peer-help.policy.ts). */
const REQUESTER_SIDE_OF_A: Record<Role, Outcome> = MAINTAINER_OF_A;
/** Nobody in the matrix is a selected helper of A's request: only a selected helper marks it done. */
const SELECTED_HELPERS: Record<Role, Outcome> = { ...ALL_OUT, anonymous: 'sign-in' };

/**
 * Every route's expected answers. Public routes include those whose credential is in the URL (sign-in, join and
 * freshness tokens, the contact request's signed link: a wrong token is refused with 410 for everyone, tested in
 * the modules) and the confirmation page of a reference code (no personal data on it).
 */
const EXPECTED: Record<string, Record<Role, Outcome>> = {
  'GET /static/*': ALL_IN,
  'GET /healthz': ALL_IN,
  'GET /api/hsds': ALL_IN,
  'GET /api/hsds/services': ALL_IN,
  'GET /api/hsds/services/:id': ALL_IN,
  'GET /api/hsds/organizations': ALL_IN,
  'GET /api/hsds/organizations/:id': ALL_IN,
  'GET /api/hsds/taxonomies': ALL_IN,
  'GET /api/hsds/taxonomies/:id': ALL_IN,
  'GET /api/hsds/taxonomy_terms': ALL_IN,
  'GET /api/hsds/taxonomy_terms/:id': ALL_IN,
  'GET /api/hsds/service_at_locations': ALL_IN,
  'GET /api/hsds/service_at_locations/:id': ALL_OUT, // A's activity has no location: nothing to show anyone
  'GET /api/openapi.json': ALL_IN,
  'GET /api/suggest': ALL_IN,
  'GET /': ALL_IN,
  'GET /search': ALL_IN,
  'GET /organisations': ALL_IN,
  'GET /organisations/:id': ALL_IN,
  'GET /organisations/:id/all': ALL_IN,
  'GET /activities/:id': ALL_IN,
  'GET /guides': ALL_IN,
  'GET /guides/residents': ALL_IN,
  'GET /guides/professionals': ALL_IN,
  'GET /guides/organisations': ALL_IN,
  'GET /guides/plain-language': ALL_IN,
  'GET /accessibility': ALL_IN,
  'GET /api': ALL_IN,
  'GET /privacy': ALL_IN,
  'GET /sign-in': ALL_IN,
  'POST /sign-in': ALL_IN,
  'GET /sign-in/sent': ALL_IN,
  'GET /sign-in/:token': ALL_IN,
  'POST /sign-in/:token': ALL_IN,
  'POST /sign-out': ALL_IN,
  'GET /account': SIGNED_IN,
  'GET /admin/outbox': PLATFORM_ADMINISTRATORS,
  'GET /admin/outbox/:id': PLATFORM_ADMINISTRATORS,
  'GET /for-organisations': ALL_IN,
  'POST /for-organisations': ALL_IN,
  'GET /for-organisations/sent': ALL_IN,
  'GET /join/:token': ALL_IN,
  'POST /join/:token': ALL_IN,
  'POST /my/submissions': SIGNED_IN,
  'GET /my/submissions/:id': MAINTAINER_OF_A,
  'GET /my/submissions/:id/:step': MAINTAINER_OF_A,
  'POST /my/submissions/:id/:step': MAINTAINER_OF_A,
  'POST /my/submissions/:id/submit': MAINTAINER_OF_A,
  'POST /my/submissions/:id/activities/new': MAINTAINER_OF_A,
  'GET /my/submissions/:id/activities/:activityId': MAINTAINER_OF_A,
  'POST /my/submissions/:id/activities/:activityId': MAINTAINER_OF_A,
  'GET /my/submissions/:id/activities/:activityId/remove': MAINTAINER_OF_A,
  'POST /my/submissions/:id/activities/:activityId/remove': MAINTAINER_OF_A,
  'GET /my/organisations': SIGNED_IN,
  'GET /my/organisations/:id': ALL_IN, // a redirect to /my/organisations, which asks to sign in
  'GET /my/organisations/:id/edit': MAINTAINER_OF_A,
  'POST /my/organisations/:id/edit': MAINTAINER_OF_A,
  'GET /my/organisations/:id/maintainers': MAINTAINER_OF_A,
  'POST /my/organisations/:id/maintainers': MAINTAINER_OF_A,
  'POST /my/organisations/:id/maintainers/remove': MAINTAINER_OF_A,
  'GET /my/organisations/:id/archive': MAINTAINER_OF_A,
  'POST /my/organisations/:id/archive': MAINTAINER_OF_A,
  'GET /my/organisations/:id/activities/:activityId/archive': MAINTAINER_OF_A,
  'POST /my/organisations/:id/activities/:activityId/archive': MAINTAINER_OF_A,
  'GET /my/organisations/:id/check': MAINTAINER_OF_A_OR_PLATFORM,
  'POST /my/organisations/:id/check': MAINTAINER_OF_A_OR_PLATFORM,
  'GET /freshness/confirm/:token': ALL_IN,
  'POST /freshness/confirm/:token': ALL_IN,
  'GET /freshness/thanks': ALL_IN,
  'GET /admin/freshness': ADMINISTRATORS,
  'GET /admin/review': ADMINISTRATORS,
  'GET /admin/review/:id': ADMINISTRATORS_OF_X,
  'POST /admin/review/:id': ADMINISTRATORS_OF_X,
  'GET /admin/audit': ADMINISTRATORS,
  'GET /admin/users': ADMINISTRATORS,
  'POST /admin/users': ADMINISTRATORS,
  'POST /admin/users/revoke': ADMINISTRATORS,
  'GET /admin/crisis-help': PLATFORM_ADMINISTRATORS,
  'POST /admin/crisis-help': PLATFORM_ADMINISTRATORS,
  'GET /admin/regions': PLATFORM_ADMINISTRATORS,
  'GET /admin/regions/new': PLATFORM_ADMINISTRATORS,
  'POST /admin/regions': PLATFORM_ADMINISTRATORS,
  'GET /admin/regions/:slug/edit': PLATFORM_ADMINISTRATORS, // not even region X's own administrator
  'POST /admin/regions/:slug/edit': PLATFORM_ADMINISTRATORS,
  'GET /regions/:slug': ALL_IN,
  'GET /regions/:slug/theme.css': ALL_IN,
  'GET /regions/:slug/municipalities': ALL_IN,
  'GET /regions/:slug/events': ALL_IN,
  'GET /regions/:slug/events.ics': ALL_IN,
  'GET /events/:id': ALL_IN, // an approved event; a pending one is its editors' only (events.routes.db.test.ts)
  'GET /events/:id.ics': ALL_IN,
  'GET /events/:id/edit': EDITORS_OF_EVENT_A,
  'POST /events/:id/edit': EDITORS_OF_EVENT_A,
  'GET /my/events': SIGNED_IN,
  'GET /my/events/new': MAINTAINERS,
  'POST /my/events': MAINTAINERS, // the use case then requires the chosen organisation to be the sender's
  'GET /admin/events': ADMINISTRATORS,
  'GET /admin/events/new': ADMINISTRATORS,
  'POST /admin/events': ADMINISTRATORS, // municipalities of the administrator's own regions only
  'POST /admin/events/:id/decision': ADMINISTRATORS_OF_X,
  'GET /regions/:slug/news': ALL_IN,
  'GET /regions/:slug/news.xml': ALL_IN,
  'GET /regions/:slug/news/:id': ALL_IN, // published (unpublished, expired, future and other regions' items: 404, news.routes.db.test.ts)
  'GET /admin/regions/:slug/news': ADMINISTRATORS_OF_X,
  'GET /admin/regions/:slug/news/new': ADMINISTRATORS_OF_X,
  'POST /admin/regions/:slug/news': ADMINISTRATORS_OF_X,
  'GET /admin/regions/:slug/news/:id/edit': ADMINISTRATORS_OF_X,
  'POST /admin/regions/:slug/news/:id/edit': ADMINISTRATORS_OF_X,
  'POST /admin/regions/:slug/news/:id/unpublish': ADMINISTRATORS_OF_X, // after the first, 409 (already unpublished): still let in
  'POST /admin/regions/:slug/news/:id/publish': ADMINISTRATORS_OF_X,
  'GET /my/announcements': SIGNED_IN,
  'GET /my/organisations/:id/announcements/new': MAINTAINER_OF_A,
  'POST /my/organisations/:id/announcements': MAINTAINER_OF_A,
  'GET /admin/review/announcements/:id': ADMINISTRATORS_OF_X,
  'POST /admin/review/announcements/:id': ADMINISTRATORS_OF_X,
  'GET /regions/:slug/municipalities/:code': ALL_IN,
  'GET /admin/themes': PLATFORM_ADMINISTRATORS,
  'GET /admin/themes/new': PLATFORM_ADMINISTRATORS,
  'POST /admin/themes': PLATFORM_ADMINISTRATORS,
  'GET /admin/themes/:themeId/edit': PLATFORM_ADMINISTRATORS, // shared by every portal: not a regional administrator's
  'POST /admin/themes/:themeId/edit': PLATFORM_ADMINISTRATORS,
  'GET /regions/:slug/themes': ALL_IN,
  'GET /regions/:slug/themes/:theme': ALL_IN,
  'GET /regions/:slug/networks': ALL_IN,
  'GET /regions/:slug/networks/new': ADMINISTRATORS_OF_X,
  'POST /regions/:slug/networks': ADMINISTRATORS_OF_X,
  'GET /regions/:slug/networks/:networkId': ALL_IN,
  'GET /regions/:slug/networks/:networkId/edit': ADMINISTRATORS_OF_X,
  'POST /regions/:slug/networks/:networkId/edit': ADMINISTRATORS_OF_X,
  'POST /regions/:slug/networks/:networkId/join': SIGNED_IN, // for an organisation the user maintains: checked in the use case (404 otherwise)
  'POST /regions/:slug/networks/:networkId/requests': COORDINATOR_A_OR_ADMINISTRATORS_OF_X,
  'GET /contact-requests/new': ALL_IN,
  'POST /contact-requests': ALL_IN,
  'GET /contact-requests/sent/:reference': ALL_IN,
  'GET /contact-requests/open/:token': ALL_IN,
  'POST /contact-requests/open/:token': ALL_IN,
  'POST /contact-requests/open/:token/status': ALL_IN,
  'GET /my/contact-requests': SIGNED_IN,
  'GET /my/contact-requests/:recipientId': MAINTAINER_OF_A,
  'POST /my/contact-requests/:recipientId': MAINTAINER_OF_A,
  'GET /tray': ALL_IN,
  'POST /tray/add': ALL_IN,
  'POST /tray/remove': ALL_IN,
  'POST /tray/clear': ALL_IN,
  'GET /tray/print': ALL_IN,
  'GET /tray/email': ALL_IN,
  'POST /tray/email': ALL_IN,
  'GET /tray/email/sent': ALL_IN,
  'GET /admin/contact-requests/erase': ADMINISTRATORS,
  'POST /admin/contact-requests/erase': ADMINISTRATORS,
  'POST /admin/contact-requests/erase/confirm': ADMINISTRATORS,
  'GET /admin/contact-requests/stats': ADMINISTRATORS,
  'GET /admin/contact-requests/stats.csv': ADMINISTRATORS,
  'GET /regions/:slug/feedback': ALL_IN,
  'POST /regions/:slug/feedback': ALL_IN,
  'GET /organisations/:id/report-error': ALL_IN,
  'POST /organisations/:id/report-error': ALL_IN,
  'GET /activities/:id/report-error': ALL_IN,
  'GET /feedback/sent': ALL_IN,
  'GET /feedback': SIGNED_IN, // each sees only what they may read (feedback.policy.ts)
  'GET /feedback/:id': FEEDBACK_ON_A_READERS,
  'POST /feedback/:id/handled': FEEDBACK_ON_A_READERS,
  'GET /regions/:slug/statistics': ALL_IN,
  'GET /regions/:slug/statistics.csv': ALL_IN,
  'GET /admin/regions/:slug/statistics': ADMINISTRATORS_OF_X,
  'GET /admin/regions/:slug/statistics.csv': ADMINISTRATORS_OF_X,
  'GET /regions/:slug/newsletter': ALL_IN,
  'POST /regions/:slug/newsletter': ALL_IN,
  'GET /regions/:slug/newsletter/sent': ALL_IN,
  'GET /newsletter/confirm/:token': ALL_IN, // a wrong token: 410 for everyone (newsletter.routes.db.test.ts)
  'POST /newsletter/confirm/:token': ALL_IN,
  'GET /newsletter/confirmed': ALL_IN,
  'GET /newsletter/unsubscribe/:token': ALL_IN, // GET changes nothing; a wrong token: "no subscription"
  'POST /newsletter/unsubscribe/:token': ALL_IN, // one-click (RFC 8058): no CSRF token, see CSRF_EXEMPT
  'GET /newsletter/unsubscribed': ALL_IN,
  'GET /admin/regions/:slug/newsletter': ADMINISTRATORS_OF_X,
  'GET /admin/regions/:slug/newsletter/new': ADMINISTRATORS_OF_X,
  'POST /admin/regions/:slug/newsletter': ADMINISTRATORS_OF_X,
  'GET /admin/regions/:slug/newsletter/:id': ADMINISTRATORS_OF_X,
  'GET /admin/regions/:slug/newsletter/:id/preview': ADMINISTRATORS_OF_X,
  'GET /admin/regions/:slug/newsletter/:id/edit': ADMINISTRATORS_OF_X, // after a send, 409: still let in
  'POST /admin/regions/:slug/newsletter/:id/edit': ADMINISTRATORS_OF_X,
  'POST /admin/regions/:slug/newsletter/:id/test': ADMINISTRATORS_OF_X,
  'POST /admin/regions/:slug/newsletter/:id/send': ADMINISTRATORS_OF_X, // the first sends, the rest get 409: let in
  'GET /centres': ALL_IN,
  'GET /centres/:id': ALL_IN,
  'GET /centres/:id/print': ALL_IN,
  'GET /materials/:id/file': PENDING_MATERIAL_OF_A,
  'GET /admin/centres': ADMINISTRATORS,
  'GET /admin/centres/new': ADMINISTRATORS,
  'POST /admin/centres': ADMINISTRATORS, // in the administrator's regions: checked in the use case (400 next to the municipality)
  'GET /admin/centres/:id/edit': ADMINISTRATORS_OF_X,
  'POST /admin/centres/:id/edit': ADMINISTRATORS_OF_X,
  'POST /admin/centres/:id/liaisons': ADMINISTRATORS_OF_X,
  'POST /admin/centres/:id/liaisons/remove': ADMINISTRATORS_OF_X,
  'GET /my/centres': LIAISONS_ONLY,
  'GET /centres/:id/desk': LIAISONS_ONLY,
  'POST /centres/:id/materials/:materialId/decision': LIAISONS_ONLY,
  'POST /centres/:id/kiosk': LIAISONS_ONLY,
  'GET /my/materials': SIGNED_IN,
  'GET /my/materials/new': MAINTAINERS,
  'POST /my/materials': MAINTAINERS, // for an organisation the user maintains: checked in the use case (404 otherwise)
  'GET /kiosk/:token': ALL_OUT, // the token is the credential: a wrong one is not found for everyone (tested in the module)
  'GET /kiosk/:token/content': ALL_OUT,
  'GET /kiosk/:token/slides/:materialId': ALL_OUT,
  'GET /my/agreements': SIGNED_IN,
  'GET /my/agreements/new': MAINTAINERS,
  'POST /my/agreements': MAINTAINERS, // for an organisation the user maintains: checked in the use case (404 otherwise)
  'GET /agreements/:id': MAINTAINER_OF_A, // and the centre's liaisons (tested in src/modules/centres)
  'POST /agreements/:id/answer': MAINTAINER_OF_A, // whose turn it is: checked in the use case (409 otherwise)
  'GET /agreements/:id/calendar.ics': SIGN_IN_THEN_NONE,
  'GET /my/bulletins': SIGNED_IN,
  'GET /my/bulletins/new': MAINTAINERS,
  'POST /my/bulletins': MAINTAINERS, // for an organisation the user maintains: checked in the use case (404 otherwise)
  'GET /centres/:id/bulletins': LIAISONS_ONLY, // a bulletin at another centre: 404 (src/modules/centres/bulletins.routes.db.test.ts)
  'GET /centres/:id/bulletins/:bulletinId': LIAISONS_ONLY,
  'POST /centres/:id/bulletins/:bulletinId/forward': LIAISONS_ONLY,
  'POST /centres/:id/bulletins/:bulletinId/decision': LIAISONS_ONLY,
  'GET /centres/:id/staff-groups': LIAISONS_ONLY, // e-mail lists: the centre's liaisons only, never NGOs
  'POST /centres/:id/staff-groups': LIAISONS_ONLY,
  'GET /centres/:id/staff-groups/:groupId': LIAISONS_ONLY,
  'POST /centres/:id/staff-groups/:groupId': LIAISONS_ONLY,
  'POST /centres/:id/staff-groups/:groupId/remove': LIAISONS_ONLY,
  'GET /centres/:id/screens': LIAISONS_ONLY, // each screen's kiosk address (src/modules/centres/screens.routes.db.test.ts)
  'POST /centres/:id/screens': LIAISONS_ONLY,
  'POST /centres/:id/screens/:screenId/token': LIAISONS_ONLY,
  'POST /centres/:id/screens/:screenId/remove': LIAISONS_ONLY,
  'GET /centres/:id/requests/new': LIAISONS_ONLY, // a centre's request to an NGO (src/modules/centres/requests.routes.db.test.ts)
  'POST /centres/:id/requests': LIAISONS_ONLY,
  'GET /centres/:id/meetings': ADMINISTRATORS_OF_X, // and the centre's liaisons (tested in src/modules/centres)
  'GET /centres/:id/meetings/new': ADMINISTRATORS_OF_X,
  'POST /centres/:id/meetings': ADMINISTRATORS_OF_X,
  'GET /my/meetings': SIGNED_IN,
  'GET /meetings/:id': MEETING_OF_X_WITH_A,
  'POST /meetings/:id/registration': MEETING_OF_X_WITH_A, // an organiser who maintains none of the invited: 400 next to the organisation
  'GET /meetings/:id/calendar.ics': MEETING_OF_X_WITH_A,
  'GET /meetings/:id/record': MEETING_OF_X_WITH_A,
  'GET /meetings/:id/record/edit': ADMINISTRATORS_OF_X,
  'POST /meetings/:id/record': ADMINISTRATORS_OF_X, // before the meeting: 409 (checked in the use case)
  'GET /meeting-invitations/:token': ALL_OUT, // the staff member's secret link is the credential (tested in the module)
  'POST /meeting-invitations/:token': ALL_OUT,
  'GET /agreements/:id/follow-up': LIAISONS_ONLY, // the centre's liaisons only; its NGO gets 403 (tested in the module)
  'POST /agreements/:id/follow-up': LIAISONS_ONLY,
  'GET /centres/:id/report': ADMINISTRATORS_OF_X, // and the centre's liaisons
  'GET /centres/:id/report.csv': ADMINISTRATORS_OF_X,
  'GET /peer-help': ALL_IN, // an introduction for anonymous visitors; the requests for the signed-in
  'GET /peer-help/join': ALL_IN,
  'POST /peer-help/join': ALL_IN,
  'GET /peer-help/join/sent': ALL_IN,
  'GET /peer-help/join/:token': ALL_IN,
  'POST /peer-help/join/:token': ALL_IN,
  'GET /peer-help/profile': SIGNED_IN,
  'POST /peer-help/profile': SIGNED_IN,
  'GET /peer-help/profiles/:id': SIGNED_IN,
  'GET /peer-help/requests/new': SIGNED_IN,
  'POST /peer-help/requests/new': SIGNED_IN,
  'GET /peer-help/requests/:id/step/:step': MAINTAINER_OF_A, // a draft: its writer (A's maintainer) only
  'POST /peer-help/requests/:id/step/:step': MAINTAINER_OF_A,
  'POST /peer-help/requests/:id/publish': MAINTAINER_OF_A,
  'GET /peer-help/requests/:id': SIGNED_IN, // an open request for everyone; a group's only for its members (peer-help.routes.db.test.ts)
  'POST /peer-help/requests/:id/apply': SIGNED_IN, // the use case refuses the requester side (409)
  'POST /peer-help/requests/:id/select': REQUESTER_SIDE_OF_A,
  'POST /peer-help/requests/:id/fill': REQUESTER_SIDE_OF_A,
  'POST /peer-help/requests/:id/cancel': REQUESTER_SIDE_OF_A,
  'POST /peer-help/requests/:id/extend': REQUESTER_SIDE_OF_A, // a new last wished day ("keep open")
  'POST /peer-help/requests/:id/messages': REQUESTER_SIDE_OF_A, // and the selected helpers
  'GET /peer-help/requests/:id/messages/stream': REQUESTER_SIDE_OF_A, // and the selected helpers; without Accept: text/event-stream a 303 to the page
  'POST /peer-help/requests/:id/done': SELECTED_HELPERS,
  'POST /peer-help/requests/:id/approve': REQUESTER_SIDE_OF_A,
  'POST /peer-help/requests/:id/feedback': SIGNED_IN, // the use case: the parties only, after approval, once (409)
  'GET /peer-help/groups': SIGNED_IN,
  'POST /peer-help/groups': SIGNED_IN,
  'GET /peer-help/groups/:id': MAINTAINER_OF_A, // A's maintainer owns it; its members see it too (peer-help.routes.db.test.ts)
  'POST /peer-help/groups/:id/members': MAINTAINER_OF_A, // the owner only
  'POST /peer-help/groups/:id/members/remove': MAINTAINER_OF_A, // the owner only (the matrix sends no address: 400 after the guard)
  'POST /peer-help/groups/:id/leave': SIGN_IN_THEN_NONE, // a member who is not the owner; nobody in the matrix is one (group-membership.routes.db.test.ts)
  'GET /peer-help/statistics': ALL_IN, // counts only
  'POST /peer-help/feedback/:id/report': SIGNED_IN,
  'POST /peer-help/feedback/:id/hide': PLATFORM_ADMINISTRATORS,
  'GET /peer-help/statistics.csv': ALL_IN,
};

/**
 * POST routes that take no CSRF token, each with its reason. The newsletter's one-click unsubscribe is the target of
 * `List-Unsubscribe-Post` (RFC 8058): mail clients post to it without ever loading our pages; the secret token in
 * its URL is the credential and it can only remove its own subscription.
 */
const CSRF_EXEMPT = new Set(['POST /newsletter/unsubscribe/:token']);

const LANG_PREFIX = /^\/(sv|en)(?=\/|$)/;
/** GET and POST routes (HEAD follows GET; OPTIONS is CORS, covered by the headers suite). */
const routes = () => service.app.routeTable.filter((r) => r.method === 'GET' || r.method === 'POST');

test('every route has its line in the matrix, and every line a route (a new route fails here until it is added)', () => {
  const keys = new Set(routes().filter((r) => !LANG_PREFIX.test(r.url)).map((r) => `${r.method} ${r.url}`));
  const missing = [...keys].filter((k) => !EXPECTED[k]);
  const stale = Object.keys(EXPECTED).filter((k) => !keys.has(k));
  assert.deepEqual(missing, [], 'routes without an expected line');
  assert.deepEqual(stale, [], 'expected lines without a route');
});

test('the /sv and /en routes are the same page routes as the Finnish ones (so the matrix covers them)', () => {
  const fi = new Set(routes().filter((r) => !LANG_PREFIX.test(r.url)).map((r) => `${r.method} ${r.url}`));
  for (const r of routes().filter((r) => LANG_PREFIX.test(r.url))) {
    const neutral = r.url.replace(LANG_PREFIX, '') || '/';
    assert.ok(fi.has(`${r.method} ${neutral}`), `${r.method} ${r.url} has no Finnish twin`);
  }
});

// Routes that remove or change what others read run last, so that A's resources stay in place until then.
const LAST = /archive|remove|erase|revoke|sign-out|submit|clear/;

async function checkRoutes(list: { method: string; url: string }[]): Promise<string[]> {
  const wrong: string[] = [];
  for (const r of list) {
    const expected = EXPECTED[`${r.method} ${r.url.replace(LANG_PREFIX, '')}`];
    if (!expected) continue; // reported by the first test
    for (const role of ROLES) {
      const { status, outcome } = await ask(r.method, r.url, role);
      if (outcome !== expected[role]) wrong.push(`${r.method} ${r.url} as ${role}: ${outcome} (${status}), expected ${expected[role]}`);
    }
  }
  return wrong;
}

test('every route × every role answers as expected, never with a 5xx', async () => {
  assert.deepEqual(await checkRoutes(routes().filter((r) => !LANG_PREFIX.test(r.url) && !LAST.test(r.url))), []);
});

test('the same through the English prefix for the routes that name A’s resources', async () => {
  assert.deepEqual(await checkRoutes(routes().filter((r) => (r.url.startsWith('/en/my/') || r.url.startsWith('/en/admin/')) && !LAST.test(r.url))), []);
});

test('every POST route refuses a request without a CSRF token, even from someone it lets in (403)', async () => {
  const wrong: string[] = [];
  for (const r of routes().filter((r) => r.method === 'POST' && !LANG_PREFIX.test(r.url) && !CSRF_EXEMPT.has(`${r.method} ${r.url}`))) {
    const expected = EXPECTED[`${r.method} ${r.url}`];
    const role = ROLES.find((x) => expected?.[x] === 'in');
    if (!role) continue;
    const { status } = await ask(r.method, r.url, role, { csrf: false });
    if (status !== 403) wrong.push(`${r.method} ${r.url} as ${role} without CSRF: ${status}`);
  }
  assert.deepEqual(wrong, []);
});

test('and last the routes that remove, archive, erase, submit or sign out, each role in turn', async () => {
  assert.deepEqual(await checkRoutes(routes().filter((r) => !LANG_PREFIX.test(r.url) && LAST.test(r.url))), []);
});
