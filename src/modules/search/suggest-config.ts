import type { PageContext } from '../../platform/views/page-context.js';

/**
 * What public/js/suggest.js needs, as the JSON value of the keyword field's data-suggest attribute: the endpoint,
 * the language and the texts it shows or announces (from the catalogs, so the script holds no text of its own).
 */
export function suggestConfig(ctx: PageContext): string {
  const { t } = ctx;
  return JSON.stringify({
    url: '/api/suggest',
    lang: ctx.lang,
    text: {
      count: t('search.suggest.count'),
      countOne: t('search.suggest.countOne'),
      none: t('search.suggest.none'),
      listLabel: t('search.suggest.listLabel'),
      areaSet: t('search.suggest.areaSet'),
      groups: {
        needs: t('search.suggest.needs'),
        supports: t('search.suggest.supports'),
        targets: t('search.suggest.targets'),
        organizations: t('search.suggest.organizations'),
        municipalities: t('search.suggest.municipalities'),
      },
    },
  });
}
