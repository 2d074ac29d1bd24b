import { formatNumber } from '../../platform/i18n/i18n.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { SearchHelp } from './help-when-nothing-found.js';
import { REMOTE, searchPath, type SearchPageState } from './search.schema.js';

/** "Tarkoititko …?": a link to the same search with the corrected text. */
export function DidYouMean({ ctx, state, help }: { ctx: PageContext; state: SearchPageState; help?: SearchHelp }) {
  if (!help?.didYouMean) return null;
  return (
    <p class="search-did-you-mean">
      {ctx.t('search.help.didYouMean')}{' '}
      <a href={ctx.href(searchPath({ ...state, q: help.didYouMean, page: 1 }))}>
        {help.didYouMean}
      </a>
      ?
    </p>
  );
}

/** The same search nationwide / remote only, and in every area, each with its count. */
export function WiderArea({ ctx, state, help, level = 2 }: { ctx: PageContext; state: SearchPageState; help?: SearchHelp; level?: 2 | 3 }) {
  const widen = help?.widen;
  if (!widen) return null;
  const { t } = ctx;
  const base = { ...state, page: 1 };
  const Heading = level === 3 ? 'h3' : 'h2';
  return (
    <section class="search-widen" aria-labelledby="search-widen-title">
      <Heading id="search-widen-title">{t('search.help.widenTitle')}</Heading>
      <ul>
        {widen.remote !== undefined ? (
          <li>
            <a href={ctx.href(searchPath({ ...base, municipality: REMOTE }))}>{t('search.help.widenRemote', { count: formatNumber(widen.remote, ctx.lang) })}</a>
          </li>
        ) : null}
        {widen.everywhere !== undefined ? (
          <li>
            <a href={ctx.href(searchPath({ ...base, municipality: '' }))}>{t('search.help.widenEverywhere', { count: formatNumber(widen.everywhere, ctx.lang) })}</a>
          </li>
        ) : null}
      </ul>
    </section>
  );
}
