import { z } from 'zod';
import { defineJobHandler, defineJobType } from '../jobs/job-types.js';
import { schedule } from '../jobs/schedule.js';
import { deleteExpiredAuthRows } from './auth.repo.js';
import { SESSION_IDLE_MINUTES } from './auth-tokens.js';

/** Hourly clean-up: ended sessions go at once, sign-in links a day after they expired. */
export const pruneSessionsJob = defineJobType({ name: 'prune-sessions', version: 1, schema: z.object({}) });

export const pruneSessionsHandler = defineJobHandler(pruneSessionsJob, async ({ db }) => {
  await deleteExpiredAuthRows(db, { idleMinutes: SESSION_IDLE_MINUTES });
});

export const pruneSessionsSchedule = schedule(pruneSessionsJob, '1 hour');
