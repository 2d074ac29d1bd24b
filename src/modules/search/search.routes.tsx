import type { FastifyPluginAsync } from 'fastify';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { badRequest } from '../../platform/errors.js';
import { hasRole } from '../../platform/auth/get-session-user.js';
import { helpWhenNothingFound } from './help-when-nothing-found.js';
import { listResultCards } from './list-result-cards.js';
import { suggestSpelling } from './suggest-spelling.js';
import { listSearchOptions } from './list-search-options.js';
import { searchActivities } from './search-activities.js';
import { parseSearchPageQuery, PER_PAGE, REMOTE } from './search.schema.js';
import { FrontPage, ResultsPage } from './search.views.js';

/** Pages of the search module (mounted for fi, /sv and /en): the front page and the results page. */
export const searchPages: FastifyPluginAsync = async (app) => {
  app.get('/', async (request, reply) => {
    const ctx = pageContext(request);
    const options = await listSearchOptions({ db: app.deps.db, lang: ctx.lang });
    return sendPage(reply, <FrontPage ctx={ctx} options={options} />);
  });

  app.get('/search', async (request, reply) => {
    const ctx = pageContext(request);
    const db = app.deps.db;
    const options = await listSearchOptions({ db, lang: ctx.lang });
    const parsed = parseSearchPageQuery(request.query, options);
    if (!parsed.ok) {
      throw badRequest(
        parsed.value === undefined
          ? ctx.t('search.error.invalid', { field: parsed.field })
          : ctx.t('search.error.unknown', { field: parsed.field, value: parsed.value.slice(0, 64) }),
      );
    }
    const state = parsed.state;
    // Score parts for administrators only: ?explain=1 from anyone else is ignored.
    const explain =
      (request.query as Record<string, unknown> | undefined)?.explain === '1' &&
      (hasRole(request.user, 'platform_admin') || hasRole(request.user, 'regional_admin'));
    const result = await searchActivities({
      db,
      text: state.q,
      needs: state.need,
      supports: state.support,
      targets: state.target,
      municipality: state.municipality && state.municipality !== REMOTE ? state.municipality : undefined,
      remoteOnly: state.municipality === REMOTE,
      lang: ctx.lang,
      sort: state.sort,
      page: state.page,
      perPage: PER_PAGE,
      facets: true,
      explain,
    });
    const cards = await listResultCards({ db, hits: result.hits, lang: ctx.lang });
    const help = await helpWhenNothingFound({ db, state, result, lang: ctx.lang, spell: suggestSpelling, log: request.log });
    return sendPage(reply, <ResultsPage ctx={ctx} options={options} state={state} result={result} cards={cards} perPage={PER_PAGE} help={help} explain={explain} />);
  });
};
