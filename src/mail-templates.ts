import type { MailTemplate } from './platform/mail/mail-template.js';
import { testMessage } from './platform/mail/test-message.mail.js';
import { signInLinkMail } from './platform/auth/sign-in-link.mail.js';
import { joinLinkMail } from './modules/submissions/join-link.mail.js';
import { maintainerInvitationMail } from './modules/submissions/maintainer-invitation.mail.js';
import { submissionAwaitingReviewMail } from './modules/submissions/submission-awaiting-review.mail.js';
import { submissionDecisionMail } from './modules/review/submission-decision.mail.js';
import { adminInvitationMail } from './modules/admin/admin-invitation.mail.js';
import { freshnessAdminMail, freshnessReminderMail } from './modules/freshness/freshness.mail.js';
import { contactRequestFollowUpMail } from './modules/referrals/follow-up.mail.js';
import { contactRequestReceivedMail } from './modules/referrals/contact-request-received.mail.js';
import { contactRequestConfirmationMail } from './modules/referrals/contact-request-confirmation.mail.js';
import { trayListMail } from './modules/referrals/tray-list.mail.js';
import { feedbackReceivedMail } from './modules/feedback/feedback-received.mail.js';
import { networkJoinDecisionMail } from './modules/networks/network-join-decision.mail.js';
import { announcementDecisionMail } from './modules/news/announcement-decision.mail.js';
import { eventDecisionMail } from './modules/events/event-decision.mail.js';
import { peerHelpMailTemplates } from './modules/peer-help/peer-help.mail.js';
import { contactRequestOverdueAdminMail, contactRequestReminderMail } from './modules/referrals/reminders.mail.js';
import { newsletterConfirmMail } from './modules/newsletter/newsletter-confirm.mail.js';
import { newsletterIssueMail } from './modules/newsletter/newsletter-issue.mail.js';
import { liaisonInvitationMail } from './modules/centres/liaison-invitation.mail.js';
import { materialDecisionMail, materialExpiryMail, materialSentMail } from './modules/centres/material-mail.js';
import { agreementReminderMail, agreementStepMail } from './modules/centres/agreement-mail.js';
import { agreementRequestMail, bulletinDecisionMail, bulletinForwardMail, bulletinSentMail } from './modules/centres/bulletin-mail.js';
import { meetingInvitationMail, meetingStaffInvitationMail } from './modules/centres/meeting-mail.js';

/**
 * Every e-mail template, by name: the send-mail job looks a template up here when it runs. A module defines its
 * templates in its own folder (`<name>.mail.ts`) and adds them to this list, as it adds its routes to routes.ts.
 */
export const mailTemplates: readonly MailTemplate[] = [
  testMessage,
  feedbackReceivedMail,
  signInLinkMail,
  joinLinkMail,
  maintainerInvitationMail,
  submissionAwaitingReviewMail,
  submissionDecisionMail,
  announcementDecisionMail,
  eventDecisionMail,
  adminInvitationMail,
  freshnessReminderMail,
  freshnessAdminMail,
  contactRequestFollowUpMail,
  contactRequestReceivedMail,
  contactRequestConfirmationMail,
  contactRequestReminderMail,
  contactRequestOverdueAdminMail,
  trayListMail,
  networkJoinDecisionMail,
  newsletterConfirmMail,
  newsletterIssueMail,
  liaisonInvitationMail,
  materialSentMail,
  materialDecisionMail,
  materialExpiryMail,
  agreementStepMail,
  meetingInvitationMail,
  meetingStaffInvitationMail,
  agreementReminderMail,
  bulletinSentMail,
  bulletinForwardMail,
  bulletinDecisionMail,
  agreementRequestMail,
  ...peerHelpMailTemplates,
];
