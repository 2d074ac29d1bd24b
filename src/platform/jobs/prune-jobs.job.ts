import { z } from 'zod';
import { deleteOldJobs } from './job.repo.js';
import { defineJobHandler, defineJobType } from './job-types.js';

/**
 * Daily clean-up of the job table: payloads can hold e-mail addresses, so finished jobs are not kept longer than
 * needed. Done jobs go after 14 days; given-up ones after 90 days (time enough to look at and retry them).
 */
export const pruneJobsJob = defineJobType({ name: 'prune-jobs', version: 1, schema: z.object({}) });

export const pruneJobsHandler = defineJobHandler(pruneJobsJob, async ({ db }) => {
  await deleteOldJobs(db, { doneDays: 14, failedDays: 90 });
});
