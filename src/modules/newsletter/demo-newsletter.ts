import type { Database } from '../../platform/db/database.js';
import { stableId } from '../../platform/ids.js';
import { loadIssueChoices } from './issue-content.js';
import { findRegion, insertIssueIfMissing } from './newsletter.repo.js';

/**
 * The demo's newsletter (issue 13 item 6): a draft issue per demo region, with the region's two latest news items
 * and two next events chosen, ready to preview, test and send. No demo subscribers: subscribing on the portal (the
 * confirmation link lands in the outbox) adds them. Fictional text; stable ids: loading again adds nothing.
 */
const DRAFTS: Record<string, { subject: string; intro: string }> = {
  'pohjois-savo': {
    subject: 'Pohjois-Savon järjestöuutiset',
    intro: 'Hei!\n\nTässä kuussa alueen järjestöt kutsuvat mukaan **vertaistukeen**, liikuntaan ja yhteisiin tapahtumiin. Alta löydät uusimmat uutiset ja tulevat tapahtumat.\n\nJärjestö voi lähettää omat tapahtumansa ja ilmoituksensa Tarjottimen kautta.',
  },
  'kanta-hame': {
    subject: 'Kanta-Hämeen järjestökirje',
    intro: 'Hei!\n\nKanta-Hämeen järjestöjen tuki ja toiminta löytyvät nyt yhdestä paikasta. Alla ajankohtaiset uutiset ja tulevat tapahtumat.',
  },
};

export async function addDemoNewsletter(db: Database, today: string): Promise<void> {
  for (const [slug, draft] of Object.entries(DRAFTS)) {
    if (!(await findRegion(db, slug))) continue;
    const choices = await loadIssueChoices({ db, regionId: slug, now: new Date(`${today}T09:00:00Z`) });
    await insertIssueIfMissing(db, {
      id: stableId('demo-newsletter', slug),
      regionId: slug,
      createdBy: null,
      lang: 'fi',
      subject: draft.subject,
      intro: draft.intro,
      newsIds: choices.news.slice(0, 2).map((n) => n.id),
      eventIds: choices.events.slice(0, 2).map((e) => e.id),
    });
  }
}
