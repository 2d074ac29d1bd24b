import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { sendReferralReminders } from './send-referral-reminders.js';

/** The daily contact-request reminders: the organisation after 2 working days, the administrators after 5. */
export const referralRemindersJob = defineJobType({ name: 'contact-request-reminders', version: 1, schema: z.object({}) });

export const referralRemindersHandler = defineJobHandler(referralRemindersJob, async ({ db }) => {
  await sendReferralReminders({ db, now: new Date() });
});

/**
 * Every day at 07:15 Finnish time, so reminders are there when the working day starts (the run sends nothing on
 * a day that is not a working day); a missed run happens once when the service is back.
 */
export const referralRemindersSchedule = schedule(referralRemindersJob, '15 7 * * *');
