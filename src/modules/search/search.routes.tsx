import type { FastifyPluginAsync } from 'fastify';
import { z } from 'zod';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { listSearchOptions } from './list-search-options.js';
import { canExplainRanking } from './search.policy.js';
import { FrontPage, ResultsPage } from './search.views.js';
import { searchPath } from './search.schema.js';
import { showSearchResults } from './show-search-results.js';
import { trayOf } from '../referrals/tray.cookie.js';
import { listPortalRegions } from '../regions/list-portal-regions.js';

const explainQuery = z.object({ explain: z.string().max(5).optional().catch(undefined) }).loose();

/** Pages of the search module (mounted for fi, /sv and /en): the front page and the results page. */
export const searchPages: FastifyPluginAsync = async (app) => {
  app.get('/', async (request, reply) => {
    const ctx = pageContext(request);
    const [options, regions] = await Promise.all([listSearchOptions({ db: app.deps.db, lang: ctx.lang }), listPortalRegions({ db: app.deps.db, lang: ctx.lang })]);
    return sendPage(reply, <FrontPage ctx={ctx} options={options} regions={regions} />);
  });

  app.get('/search', async (request, reply) => {
    const ctx = pageContext(request);
    const explain = explainQuery.parse(request.query ?? {}).explain === '1' && canExplainRanking(request.user);
    const page = await showSearchResults({
      db: app.deps.db,
      query: request.query,
      lang: ctx.lang,
      explain,
      markAfterDays: app.deps.config.freshness.markAfterDays,
      log: request.log,
    });
    return sendPage(
      reply,
      <ResultsPage ctx={ctx} options={page.options} state={page.state} result={page.result} cards={page.cards} perPage={page.perPage} help={page.help} crisis={page.crisis} explain={explain} tray={{ csrf: reply.generateCsrf(), tray: trayOf(request) }} today={page.today} pageUrl={`${app.deps.config.baseUrl}${ctx.href(searchPath(page.state))}`} />,
    );
  });
};
