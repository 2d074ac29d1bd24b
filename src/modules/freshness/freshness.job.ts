import { z } from 'zod';
import type { FreshnessSettings } from '../../config.js';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { runFreshnessCheck } from './run-freshness-check.js';

/** The daily freshness run (reminders, notices to administrators, hiding unchecked data from search). */
export const freshnessCheckJob = defineJobType({ name: 'freshness-check', version: 1, schema: z.object({}) });

export function createFreshnessCheckHandler(settings: FreshnessSettings) {
  return defineJobHandler(freshnessCheckJob, async ({ db }) => {
    await runFreshnessCheck({ db, settings, now: new Date() });
  });
}

/** Every day at 06:30 Finnish time, so reminders arrive in the morning; a missed run happens once when back. */
export const freshnessCheckSchedule = schedule(freshnessCheckJob, '30 6 * * *');
