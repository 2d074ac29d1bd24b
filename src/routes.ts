import type { FastifyPluginAsync } from 'fastify';
import { searchPages } from './modules/search/search.routes.js';
import { suggestApi } from './modules/search/suggest.routes.js';
import { directoryPages } from './modules/directory/directory.routes.js';
import { guidesPages } from './modules/guides/guides.routes.js';
import { hsdsApi, hsdsPages } from './modules/hsds/hsds.routes.js';
import { authPages } from './platform/auth/auth.routes.js';
import { joinPages } from './modules/submissions/join.routes.js';
import { draftPages } from './modules/submissions/draft.routes.js';
import { myOrganisationsPages } from './modules/submissions/my.routes.js';
import { authPlugin } from './platform/auth/auth.plugin.js';
import { freshnessPages } from './modules/freshness/freshness.routes.js';
import { reviewPages } from './modules/review/review.routes.js';
import { adminPages } from './modules/admin/admin.routes.js';
import { crisisPages } from './modules/crisis/crisis.routes.js';
import { regionsPages } from './modules/regions/regions.routes.js';
import { eventsHeaderPlugin, eventsPages } from './modules/events/events.routes.js';
import { feedbackAsidePlugin, feedbackPages } from './modules/feedback/feedback.routes.js';
import { regionStatsPages } from './modules/region-stats/region-stats.routes.js';
import { newsPages } from './modules/news/news.routes.js';
import { themesPages } from './modules/themes/themes.routes.js';
import { networksPages } from './modules/networks/networks.routes.js';
import { inboxHeaderPlugin, inboxPages } from './modules/referrals/inbox.routes.js';
import { contactRequestPages } from './modules/referrals/contact-request.routes.js';
import { trayHeaderPlugin, trayPages } from './modules/referrals/tray.routes.js';
import { retentionPages } from './modules/referrals/retention.routes.js';
import { referralStatsPages } from './modules/referrals/referral-stats.routes.js';
import { newsletterAsidePlugin, newsletterPages } from './modules/newsletter/newsletter.routes.js';
import { centresHeaderPlugin, centresPages } from './modules/centres/centres.routes.js';
import { centreBulletinsPages } from './modules/centres/bulletins.routes.js';
import { centreMeetingsPages } from './modules/centres/centre-meetings.routes.js';
import { peerHelpGroupPages, peerHelpHeaderPlugin, peerHelpPages, peerHelpStatisticsPages } from './modules/peer-help/peer-help.routes.js';
import { peerHelpStreamPages } from './modules/peer-help/conversation-stream.routes.js';
import { peerHelpGroupMembershipPages } from './modules/peer-help/group-membership.routes.js';

/** Every module's HTTP routes. Page plugins are mounted for fi (no prefix), /sv and /en; API plugins once. */
export const pagePlugins: FastifyPluginAsync[] = [searchPages, directoryPages, guidesPages, hsdsPages, authPages, joinPages, draftPages, myOrganisationsPages, freshnessPages, reviewPages, adminPages, crisisPages, regionsPages, eventsPages, feedbackPages, regionStatsPages, newsPages, themesPages, networksPages, contactRequestPages, inboxPages, trayPages, retentionPages, referralStatsPages, newsletterPages, centresPages, centreMeetingsPages, centreBulletinsPages, peerHelpPages, peerHelpGroupPages, peerHelpStatisticsPages, peerHelpStreamPages, peerHelpGroupMembershipPages];
/** authPlugin (cookies, forms, CSRF, request.user) comes first: it is global and later plugins rely on it. */
export const apiPlugins: FastifyPluginAsync[] = [authPlugin, trayHeaderPlugin, inboxHeaderPlugin, eventsHeaderPlugin, peerHelpHeaderPlugin, feedbackAsidePlugin, centresHeaderPlugin, hsdsApi, suggestApi, newsletterAsidePlugin];
