import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { sendAgreementReminders } from './send-agreement-reminders.js';

/** Reminders of agreed presentations, events and group activities at centres, two days before, once. */
export const agreementRemindersJob = defineJobType({ name: 'centre-agreement-reminders', version: 1, schema: z.object({}) });

export const agreementRemindersHandler = defineJobHandler(agreementRemindersJob, async ({ db }) => {
  await sendAgreementReminders({ db, now: new Date() });
});

/** Every hour at :20 (an agreement two days ahead is reminded within the hour it comes due). */
export const agreementRemindersSchedule = schedule(agreementRemindersJob, '20 * * * *');
