import { registerCatalogParts } from './platform/i18n/catalog.js';
import { common } from './platform/i18n/common.messages.js';
import { mailMessages } from './platform/mail/mail.messages.js';
import { authMessages } from './platform/auth/auth.messages.js';
import { directoryMessages } from './modules/directory/directory.messages.js';
import { searchMessages } from './modules/search/search.messages.js';
import { searchHelpMessages } from './modules/search/search-help.messages.js';
import { crisisMessages } from './modules/crisis/crisis.messages.js';
import { feedbackMessages } from './modules/feedback/feedback.messages.js';
import { regionStatsMessages } from './modules/region-stats/region-stats.messages.js';
import { regionsMessages } from './modules/regions/regions.messages.js';
import { eventsMessages } from './modules/events/events.messages.js';
import { themesMessages } from './modules/themes/themes.messages.js';
import { networksMessages } from './modules/networks/networks.messages.js';
import { hsdsMessages } from './modules/hsds/hsds.messages.js';
import { guidesMessages } from './modules/guides/guides.messages.js';
import { submissionsMessages } from './modules/submissions/submissions.messages.js';
import { freshnessMessages } from './modules/freshness/freshness.messages.js';
import { reviewMessages } from './modules/review/review.messages.js';
import { newsMessages } from './modules/news/news.messages.js';
import { adminMessages } from './modules/admin/admin.messages.js';
import { contactRequestMessages } from './modules/referrals/contact-request.messages.js';
import { inboxMessages } from './modules/referrals/inbox.messages.js';
import { trayMessages } from './modules/referrals/tray.messages.js';
import { retentionMessages } from './modules/referrals/retention.messages.js';
import { referralStatsMessages } from './modules/referrals/referral-stats.messages.js';
import { newsletterMessages } from './modules/newsletter/newsletter.messages.js';
import { centresMessages } from './modules/centres/centres.messages.js';
import { centreBulletinsMessages } from './modules/centres/centre-bulletins.messages.js';
import { centreMeetingsMessages } from './modules/centres/centre-meetings.messages.js';
import { peerHelpMessages } from './modules/peer-help/peer-help.messages.js';
import { peerHelpMoreMessages } from './modules/peer-help/peer-help-more.messages.js';

/**
 * Every messages file, platform's and modules': a module adds its `<area>.messages.ts` here (as it adds its routes
 * to routes.ts). Importing this file registers them; boot, the CLI and the tests import it first.
 */
export const catalogParts = [
  common,
  mailMessages,
  authMessages,
  directoryMessages,
  searchMessages,
  searchHelpMessages,
  crisisMessages,
  feedbackMessages,
  regionStatsMessages,
  regionsMessages,
  eventsMessages,
  newsMessages,
  themesMessages,
  networksMessages,
  hsdsMessages,
  guidesMessages,
  submissionsMessages,
  freshnessMessages,
  reviewMessages,
  adminMessages,
  contactRequestMessages,
  inboxMessages,
  retentionMessages,
  referralStatsMessages,
  trayMessages,
  newsletterMessages,
  centresMessages,
  centreBulletinsMessages,
  centreMeetingsMessages,
  peerHelpMessages,
  peerHelpMoreMessages,
] as const;

registerCatalogParts(catalogParts);

type Keys<P> = P extends { fi: infer F } ? keyof F & string : never;
type AllKeys = Keys<(typeof catalogParts)[number]>;

declare module './platform/i18n/catalog.js' {
  interface MessageRegistry extends Record<AllKeys, true> {}
}
