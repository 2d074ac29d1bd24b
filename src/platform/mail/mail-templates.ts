import type { MailTemplate } from './mail-template.js';
import { testMessage } from './templates/test-message.js';
import { signInLinkMail } from '../auth/sign-in-link.mail.js';
import { submissionAwaitingReviewMail } from './templates/submission-awaiting-review.js';
import { joinLinkMail } from './templates/join-link.js';
import { maintainerInvitationMail } from './templates/maintainer-invitation.js';
import { freshnessAdminMail, freshnessReminderMail } from '../../modules/freshness/freshness.mail.js';
import { submissionDecisionMail } from './templates/submission-decision.js';
import { adminInvitationMail } from './templates/admin-invitation.js';

/**
 * Every e-mail template, by name: the send-mail job looks a template up here when it runs. A module that sends
 * e-mail defines its templates in its own folder and adds them to this list (like routes.ts for pages).
 */
export const mailTemplates: readonly MailTemplate[] = [testMessage, signInLinkMail, submissionAwaitingReviewMail, joinLinkMail, maintainerInvitationMail, freshnessReminderMail, freshnessAdminMail, submissionDecisionMail, adminInvitationMail];
