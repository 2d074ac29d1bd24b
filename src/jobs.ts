import type { Config } from './config.js';
import type { JobHandler } from './platform/jobs/job-types.js';
import type { Schedule } from './platform/jobs/schedule.js';
import { pruneSessionsHandler, pruneSessionsSchedule } from './platform/auth/prune-sessions.job.js';
import { pruneZeroResultsHandler, pruneZeroResultsSchedule } from './modules/search/prune-zero-results.job.js';
import { createFreshnessCheckHandler, freshnessCheckSchedule } from './modules/freshness/freshness.job.js';
import { referralRemindersHandler, referralRemindersSchedule } from './modules/referrals/referral-reminders.job.js';
import { createEraseContactRequestsHandler, eraseContactRequestsSchedule } from './modules/referrals/erase-contact-requests.job.js';
import { backupJobs } from './platform/backup/backup.job.js';
import { eraseFeedbackHandler, eraseFeedbackSchedule } from './modules/feedback/erase-feedback.job.js';
import type { FieldCipher } from './platform/crypto/field-cipher.js';
import { createNewsletterBatchHandler, newsletterPrepareHandler } from './modules/newsletter/send-issue.job.js';
import { eraseNewsletterSubscriptionsHandler, eraseNewsletterSubscriptionsSchedule } from './modules/newsletter/erase-expired-subscriptions.job.js';
import { materialExpiryHandler, materialExpirySchedule } from './modules/centres/material-expiry.job.js';
import { agreementRemindersHandler, agreementRemindersSchedule } from './modules/centres/agreement-reminders.job.js';
import { peerHelpDigestHandler, peerHelpDigestSchedule, peerHelpRemindersHandler, peerHelpRemindersSchedule, peerHelpUnreadHandler, peerHelpUnreadSchedule } from './modules/peer-help/peer-help.job.js';

/**
 * Every module's background jobs and their schedules (the platform's own e-mail and clean-up jobs are added by
 * startBackgroundWork). `cipher` (the field cipher) is for jobs that open or seal personal data. A module defines `<name>.job.ts` in its folder and adds its handler and schedule here.
 */
export function backgroundJobs(config: Config, cipher?: FieldCipher): { handlers: JobHandler[]; schedules: Schedule[] } {
  // Scheduled backups into DATA_DIR/backups, when BACKUP_INTERVAL_HOURS is set.
  const backup = backupJobs({ dataDir: config.dataDir, databaseUrl: config.databaseUrl, ...config.backup });
  return {
    handlers: [pruneSessionsHandler, pruneZeroResultsHandler, createFreshnessCheckHandler(config.freshness), referralRemindersHandler, createEraseContactRequestsHandler(config.referrals), eraseFeedbackHandler, materialExpiryHandler, agreementRemindersHandler, peerHelpDigestHandler, peerHelpRemindersHandler, peerHelpUnreadHandler, newsletterPrepareHandler, createNewsletterBatchHandler({ cipher }), eraseNewsletterSubscriptionsHandler, ...backup.handlers],
    schedules: [pruneSessionsSchedule, pruneZeroResultsSchedule, freshnessCheckSchedule, referralRemindersSchedule, eraseContactRequestsSchedule, eraseFeedbackSchedule, materialExpirySchedule, agreementRemindersSchedule, peerHelpDigestSchedule, peerHelpRemindersSchedule, peerHelpUnreadSchedule, eraseNewsletterSubscriptionsSchedule, ...backup.schedules],
  };
}
