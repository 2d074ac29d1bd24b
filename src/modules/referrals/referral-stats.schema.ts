import { z } from 'zod';

/** The statistics pages' query: the period (last 30 / 90 / 365 days, default 90) and an optional region. */
export const STATS_PERIODS = [30, 90, 365] as const;
export type StatsPeriod = (typeof STATS_PERIODS)[number];

export const statsQuery = z
  .object({
    period: z
      .enum(['30', '90', '365'])
      .catch('90')
      .default('90')
      .transform((p) => Number(p) as StatsPeriod),
    region: z
      .string()
      .max(100)
      .optional()
      .catch(undefined)
      .transform((r) => r || null),
  })
  .loose();
