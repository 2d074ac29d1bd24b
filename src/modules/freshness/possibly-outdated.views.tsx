import type { PageContext } from '../../platform/views/page-context.js';

/**
 * The "may be out of date" mark for the organisation card, the activity page and result cards. It only shows the
 * flag the page's use case computed with `isPossiblyOutdated` (freshness-dates.ts) from the configured age.
 */
export function PossiblyOutdated({ ctx, outdated }: { ctx: PageContext; outdated: boolean | undefined }) {
  if (!outdated) return null;
  return (
    <p class="stale-mark">
      <strong>{ctx.t('freshness.mark')}</strong> <span class="stale-mark-hint">{ctx.t('freshness.mark.hint')}</span>
    </p>
  );
}
