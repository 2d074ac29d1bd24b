import type { FastifyPluginAsync } from 'fastify';
import { pageContext, sendPage } from '../../platform/http/app.js';
import { accessibilityStatement } from './content/accessibility.js';
import { organisationsGuide } from './content/organisations.js';
import { plainLanguageGuide } from './content/plain-language.js';
import { professionalsGuide } from './content/professionals.js';
import { residentsGuide } from './content/residents.js';
import { GuidePage, GuidesIndexPage, type GuideDefinition } from './guides.views.js';

/** The guides for each user group, in the order the index lists them. */
export const GUIDES: GuideDefinition[] = [
  { path: '/guides/residents', titleKey: 'guides.residents.title', summaryKey: 'guides.residents.summary', content: residentsGuide },
  { path: '/guides/professionals', titleKey: 'guides.professionals.title', summaryKey: 'guides.professionals.summary', content: professionalsGuide },
  { path: '/guides/organisations', titleKey: 'guides.organisations.title', summaryKey: 'guides.organisations.summary', content: organisationsGuide },
];
export const PLAIN_LANGUAGE_GUIDE: GuideDefinition = {
  path: '/guides/plain-language',
  titleKey: 'guides.plain.title',
  summaryKey: 'guides.plain.summary',
  content: plainLanguageGuide,
};
export const ACCESSIBILITY_STATEMENT: GuideDefinition = {
  path: '/accessibility',
  titleKey: 'guides.accessibility.title',
  summaryKey: 'guides.accessibility.summary',
  content: accessibilityStatement,
};

const ALL = [...GUIDES, PLAIN_LANGUAGE_GUIDE, ACCESSIBILITY_STATEMENT];

/** Pages of the guides module (mounted for fi, /sv and /en): /guides, one page per guide, /accessibility. */
export const guidesPages: FastifyPluginAsync = async (app) => {
  app.get('/guides', async (request, reply) =>
    sendPage(reply, <GuidesIndexPage ctx={pageContext(request)} guides={GUIDES} more={[PLAIN_LANGUAGE_GUIDE, ACCESSIBILITY_STATEMENT]} />),
  );
  for (const guide of ALL) {
    const others = ALL.filter((g) => g !== guide);
    app.get(guide.path, async (request, reply) =>
      sendPage(reply, <GuidePage ctx={pageContext(request)} guide={guide} others={others} underGuides={guide !== ACCESSIBILITY_STATEMENT} />),
    );
  }
};
