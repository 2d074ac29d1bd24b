import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { sendExpiryReminders } from './send-expiry-reminders.js';

/** The daily reminder to senders of material whose validity ends within two weeks. */
export const materialExpiryJob = defineJobType({ name: 'centre-material-expiry', version: 1, schema: z.object({}) });

export const materialExpiryHandler = defineJobHandler(materialExpiryJob, async ({ db }) => {
  await sendExpiryReminders({ db, now: new Date() });
});

/** Every morning at 07:30 Finnish time; a missed run happens once when the service is back. */
export const materialExpirySchedule = schedule(materialExpiryJob, '30 7 * * *');
