import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { deleteZeroResultsBefore } from './search-help.repo.js';

/** How long the log of searches that found nothing is kept. */
export const ZERO_RESULT_RETENTION_MONTHS = 24;

export function zeroResultCutoff(now: Date): Date {
  const cutoff = new Date(now.getTime());
  cutoff.setUTCMonth(cutoff.getUTCMonth() - ZERO_RESULT_RETENTION_MONTHS);
  return cutoff;
}

/** Daily clean-up: rows of the zero-result search log older than 24 months are deleted. */
export const pruneZeroResultsJob = defineJobType({ name: 'prune-zero-result-searches', version: 1, schema: z.object({}) });

export const pruneZeroResultsHandler = defineJobHandler(pruneZeroResultsJob, async ({ db }) => {
  await deleteZeroResultsBefore(db, zeroResultCutoff(new Date()));
});

export const pruneZeroResultsSchedule = schedule(pruneZeroResultsJob, '1 day');
