import { formatNumber } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { OrganizationIndex, OrganizationListItem } from './directory.types.js';
import { OTHER_GROUP } from './list-organizations.js';
import { Localized, cityName, kindLabel, municipalityName } from './parts.views.js';

function letterId(letter: string): string {
  return letter === OTHER_GROUP ? 'letter-other' : `letter-${letter}`;
}

function placeOf(ctx: PageContext, o: OrganizationListItem): string | null {
  if (o.municipality) return municipalityName(ctx.lang, o.municipality);
  return o.city ? cityName(ctx.lang, o.city) : null;
}

/** "Katso kaikki järjestöt": published organisations A–Ö with a letter navigation and a municipality filter. */
export function OrganizationIndexPage({ ctx, index }: { ctx: PageContext; index: OrganizationIndex }) {
  const { t } = ctx;
  const used = index.letters.filter((g) => g.organizations.length > 0);
  const count = index.total === 1 ? t('directory.index.count.one') : t('directory.index.count.other', { n: formatNumber(index.total, ctx.lang) });
  const chosen = index.municipality;
  return (
    <Layout ctx={ctx} title={t('directory.index.title')} breadcrumbs={[[t('directory.index.title'), '/organisations']]}>
      <h1>{t('directory.index.heading')}</h1>
      <p>{t('directory.index.intro')}</p>

      <form method="get" action={ctx.href('/organisations')} class="org-filter">
        <div class="field">
          <label for="municipality">{t('directory.index.filterLabel')}</label>
          <select id="municipality" name="municipality">
            <option value="" selected={!chosen}>
              {t('directory.index.allMunicipalities')}
            </option>
            {index.municipalities.map((m) => (
              <option value={m.code} selected={chosen?.code === m.code}>
                {municipalityName(ctx.lang, m)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit">{t('directory.index.show')}</button>
      </form>

      <p class="org-count">
        <strong>{count}</strong>
        {chosen ? (
          <>
            {' – '}
            {t('directory.index.filtered', { municipality: municipalityName(ctx.lang, chosen) })}
            {' '}
            <a href={ctx.href('/organisations')} class="no-print">
              {t('directory.index.clear')}
            </a>
          </>
        ) : null}
      </p>

      {index.total === 0 ? (
        <p>{chosen ? t('directory.index.empty') : t('directory.index.emptyAll')}</p>
      ) : (
        <>
          <nav aria-label={t('directory.index.letters')} id="letters" class="letter-nav no-print">
            <ul>
              {index.letters.map((g) =>
                g.organizations.length > 0 ? (
                  <li>
                    <a href={`#${letterId(g.letter)}`}>{g.letter === OTHER_GROUP ? t('directory.index.other') : g.letter}</a>
                  </li>
                ) : (
                  <li>
                    <span class="letter-empty">
                      {g.letter}
                      <span class="visually-hidden"> ({t('directory.index.letterEmpty')})</span>
                    </span>
                  </li>
                ),
              )}
            </ul>
          </nav>
          {used.map((g) => (
            <section class="letter-group" aria-labelledby={letterId(g.letter)}>
              <h2 id={letterId(g.letter)}>{g.letter === OTHER_GROUP ? t('directory.index.other') : g.letter}</h2>
              <ul class="org-index-list">
                {g.organizations.map((o) => {
                  const place = placeOf(ctx, o);
                  return (
                    <li>
                      <a href={ctx.href(`/organisations/${o.id}`)}>
                        <Localized ctx={ctx} texts={o.name} />
                      </a>
                      <span class="org-index-meta">
                        {kindLabel(ctx, o.kind)}
                        {place ? `, ${place}` : null}
                      </span>
                    </li>
                  );
                })}
              </ul>
              <p class="back-to-letters no-print">
                <a href="#letters">{t('directory.index.backToLetters')}</a>
              </p>
            </section>
          ))}
        </>
      )}
    </Layout>
  );
}
