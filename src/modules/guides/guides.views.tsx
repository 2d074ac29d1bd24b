import type { MessageKey } from '../../platform/i18n/catalog.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { GuideContent } from './content/guide-content.js';

/** One guide page: where it lives, its title and summary keys, and its per-language body. */
export interface GuideDefinition {
  path: string;
  titleKey: MessageKey;
  summaryKey: MessageKey;
  content: GuideContent;
}

/** GET /guides: the list of guides, and links to the plain-language guide and the accessibility statement. */
export function GuidesIndexPage({ ctx, guides, more }: { ctx: PageContext; guides: GuideDefinition[]; more: GuideDefinition[] }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('guides.index.title')} description={t('guides.index.lead')} breadcrumbs={[[t('guides.index.title'), '/guides']]}>
      <h1>{t('guides.index.title')}</h1>
      <p class="guide-lead">{t('guides.index.lead')}</p>
      <ul class="guide-list">
        {guides.map((g) => (
          <GuideLink ctx={ctx} guide={g} />
        ))}
      </ul>
      <h2>{t('guides.index.more')}</h2>
      <ul class="guide-list">
        {more.map((g) => (
          <GuideLink ctx={ctx} guide={g} />
        ))}
      </ul>
    </Layout>
  );
}

function GuideLink({ ctx, guide }: { ctx: PageContext; guide: GuideDefinition }) {
  return (
    <li>
      <a href={ctx.href(guide.path)} class="guide-list-title">
        {ctx.t(guide.titleKey)}
      </a>
      <p>{ctx.t(guide.summaryKey)}</p>
    </li>
  );
}

/** One guide (or the accessibility statement): h1 from the catalog, the body in the page language, other guides. */
export function GuidePage({
  ctx,
  guide,
  others,
  underGuides,
}: {
  ctx: PageContext;
  guide: GuideDefinition;
  others: GuideDefinition[];
  /** Breadcrumb through "Guides" (false for the accessibility statement, which lives at /accessibility). */
  underGuides: boolean;
}) {
  const { t } = ctx;
  const title = t(guide.titleKey);
  const Body = guide.content[ctx.lang];
  const crumbs: [string, string][] = underGuides ? [[t('guides.index.title'), '/guides'], [title, guide.path]] : [[title, guide.path]];
  return (
    <Layout ctx={ctx} title={title} description={t(guide.summaryKey)} breadcrumbs={crumbs}>
      <article class="guide" aria-labelledby="guide-title">
        <h1 id="guide-title">{title}</h1>
        <Body ctx={ctx} />
      </article>
      <nav class="guide-others no-print" aria-labelledby="guide-others-title">
        <h2 id="guide-others-title">{t('guides.otherGuides')}</h2>
        <ul>
          {others.map((g) => (
            <li>
              <a href={ctx.href(g.path)}>{t(g.titleKey)}</a>
            </li>
          ))}
        </ul>
      </nav>
    </Layout>
  );
}
