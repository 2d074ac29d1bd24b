import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { closePastRequests } from './close-past-requests.js';
import { sendRequestDigests } from './send-request-digests.js';
import { sendRequesterReminders } from './send-requester-reminders.js';
import { sendUnreadNotices } from './send-unread-notices.js';

/**
 * Peer help's scheduled jobs. Each run is safe to repeat (what was sent is marked in the same transaction), and a
 * missed cron run happens once when the service is back.
 */

/** The daily digest of new matching requests, every morning at 07:00 Finnish time. */
export const peerHelpDigestJob = defineJobType({ name: 'peer-help-digest', version: 1, schema: z.object({}) });
export const peerHelpDigestHandler = defineJobHandler(peerHelpDigestJob, async ({ db }) => {
  await sendRequestDigests({ db, now: new Date() });
});
export const peerHelpDigestSchedule = schedule(peerHelpDigestJob, '0 7 * * *');

/** The reminders of unanswered applications, then the warnings and closing past the wished time: daily at 07:20. */
export const peerHelpRemindersJob = defineJobType({ name: 'peer-help-reminders', version: 1, schema: z.object({}) });
export const peerHelpRemindersHandler = defineJobHandler(peerHelpRemindersJob, async ({ db }) => {
  const now = new Date();
  await sendRequesterReminders({ db, now });
  await closePastRequests({ db, now });
});
export const peerHelpRemindersSchedule = schedule(peerHelpRemindersJob, '20 7 * * *');

/** The batched notice of unread conversation messages: one batch window every 15 minutes. */
export const peerHelpUnreadJob = defineJobType({ name: 'peer-help-unread', version: 1, schema: z.object({}) });
export const peerHelpUnreadHandler = defineJobHandler(peerHelpUnreadJob, async ({ db }) => {
  await sendUnreadNotices({ db, now: new Date() });
});
export const peerHelpUnreadSchedule = schedule(peerHelpUnreadJob, '15 minutes');
