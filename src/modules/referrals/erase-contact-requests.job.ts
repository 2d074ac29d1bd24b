import { z } from 'zod';
import type { ReferralSettings } from '../../config.js';
import { defineJobHandler, defineJobType } from '../../platform/jobs/job-types.js';
import { schedule } from '../../platform/jobs/schedule.js';
import { eraseExpiredContactRequests } from './erase-expired-contact-requests.js';

/**
 * The daily erasure of contact requests' personal data: CONTACT_REQUEST_ERASE_AFTER_CLOSED_DAYS after a request
 * closed, CONTACT_REQUEST_ERASE_AFTER_DAYS after it was made in any case (docs/privacy.md).
 */
export const eraseContactRequestsJob = defineJobType({ name: 'erase-contact-requests', version: 1, schema: z.object({}) });

export function createEraseContactRequestsHandler(settings: ReferralSettings) {
  return defineJobHandler(eraseContactRequestsJob, async ({ db }) => {
    await eraseExpiredContactRequests({ db, settings, now: new Date() });
  });
}

/** Every night at 03:40 Finnish time; a missed run happens once when the service is back. */
export const eraseContactRequestsSchedule = schedule(eraseContactRequestsJob, '40 3 * * *');
