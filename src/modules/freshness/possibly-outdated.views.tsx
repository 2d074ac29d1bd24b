import type { PageContext } from '../../platform/views/page-context.js';
import { daysBefore, helsinkiDate } from './freshness-dates.js';

/**
 * Age (in days) from which data is marked "Tiedot voivat olla vanhentuneita". The freshness page plugin sets it
 * from FRESHNESS_MARK_AFTER_DAYS when the app starts (views get no settings), the default until then.
 */
let markAfterDays = 365;

export function setMarkAfterDays(days: number): void {
  markAfterDays = days;
}

/** Whether data last checked on `lastChecked` (YYYY-MM-DD) is old enough to be marked; unknown dates are not. */
export function isPossiblyOutdated(lastChecked: string | null | undefined, now: Date = new Date()): boolean {
  if (!lastChecked) return false;
  return lastChecked.slice(0, 10) <= daysBefore(helsinkiDate(now), markAfterDays);
}

/** The "may be out of date" mark for the organisation card, the activity page and result cards. */
export function PossiblyOutdated({ ctx, lastChecked }: { ctx: PageContext; lastChecked: string | null | undefined }) {
  if (!isPossiblyOutdated(lastChecked)) return null;
  return (
    <p class="stale-mark">
      <strong>{ctx.t('freshness.mark')}</strong> <span class="stale-mark-hint">{ctx.t('freshness.mark.hint')}</span>
    </p>
  );
}
