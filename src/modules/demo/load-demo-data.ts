import type { Database } from '../../platform/db/database.js';
import { isDirectoryEmpty } from '../../platform/db/count.js';
import { emptyCounts } from '../directory/organization-graph.js';
import { saveOrganizationGraph } from '../directory/save-organization-graph.js';
import { buildDemoData, demoLoadDay } from './build-demo-data.js';
import { addDemoMaintainer } from './demo-maintainer.js';
import { insertOrganizationGraphs } from './demo.repo.js';
import { addDemoRegions } from '../regions/demo-regions.js';
import { addDemoEvents } from '../events/demo-events.js';
import { addDemoNews } from '../news/demo-news.js';
import { addDemoThemes } from '../themes/demo-themes.js';
import { addDemoNetworks } from '../networks/demo-networks.js';
import { addDemoNewsletter } from '../newsletter/demo-newsletter.js';
import { addDemoCentres } from '../centres/demo-centres.js';
import { addDemoPeerHelp } from '../peer-help/demo-peer-help.js';

/**
 * Writes the demo directory (see build-demo-data.ts) in one transaction. Into an empty directory the rows are
 * inserted in bulk (a second or two, even on the embedded database); otherwise every organisation goes through
 * saveOrganizationGraph, which upserts by id, so loading again on the same day changes nothing. The dates are
 * counted back from `today` (YYYY-MM-DD; default: the day it is loaded, in Finland), so a newcomer's first start
 * shows fresh data whatever the calendar says. The demo maintainer (demo-maintainer.ts) and the demo regions with
 * their administrators (regions/demo-regions.ts: Pohjois-Savo's look, Kanta-Häme) are added with them. Returns
 * how many organisations and activities the demo data holds, whatever their status.
 */
export async function loadDemoData({ db, today = demoLoadDay() }: { db: Database; today?: string }): Promise<{ organizations: number; activities: number }> {
  const graphs = buildDemoData(today);
  await db.transaction().execute(async (trx) => {
    if (await isDirectoryEmpty(trx)) {
      await insertOrganizationGraphs(trx, graphs);
    } else {
      const counts = emptyCounts();
      for (const graph of graphs) await saveOrganizationGraph({ db: trx, graph, counts });
    }
    await addDemoMaintainer(trx, graphs);
    await addDemoRegions(trx);
    await addDemoEvents(trx, today);
    await addDemoNews(trx, today);
    await addDemoThemes(trx);
    await addDemoNetworks(trx);
    await addDemoNewsletter(trx, today);
    await addDemoCentres(trx, today);
    await addDemoPeerHelp(trx);
  });
  return { organizations: graphs.length, activities: graphs.reduce((n, g) => n + g.activities.length, 0) };
}
