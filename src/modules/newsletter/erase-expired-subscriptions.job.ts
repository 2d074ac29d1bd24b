import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { eraseExpiredSubscriptions } from './erase-expired-subscriptions.js';

/** The daily erasure of subscriptions never confirmed (CONFIRM_DAYS; docs/privacy.md). */
export const eraseNewsletterSubscriptionsJob = defineJobType({ name: 'erase-newsletter-subscriptions', version: 1, schema: z.object({}) });

export const eraseNewsletterSubscriptionsHandler = defineJobHandler(eraseNewsletterSubscriptionsJob, async ({ db }) => {
  await eraseExpiredSubscriptions({ db, now: new Date() });
});

/** Every night at 04:10 Finnish time; a missed run happens once when the service is back. */
export const eraseNewsletterSubscriptionsSchedule = schedule(eraseNewsletterSubscriptionsJob, '10 4 * * *');
