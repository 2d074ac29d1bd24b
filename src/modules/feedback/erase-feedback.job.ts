import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { eraseOldFeedback } from './erase-old-feedback.js';

/** The daily erasure of feedback older than FEEDBACK_RETENTION_DAYS (docs/privacy.md). */
export const eraseFeedbackJob = defineJobType({ name: 'erase-feedback', version: 1, schema: z.object({}) });

export const eraseFeedbackHandler = defineJobHandler(eraseFeedbackJob, async ({ db }) => {
  await eraseOldFeedback({ db, now: new Date() });
});

/** Every night at 03:50 Finnish time; a missed run happens once when the service is back. */
export const eraseFeedbackSchedule = schedule(eraseFeedbackJob, '50 3 * * *');
