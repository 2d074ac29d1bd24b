import { CrisisBox } from '../crisis/crisis.views.js';
import type { CrisisHelp } from '../crisis/find-crisis-help.js';
import { formatDate, formatNumber } from '../../platform/i18n/i18n.js';
import { Layout } from '../../platform/views/layout.js';
import type { PageContext } from '../../platform/views/page-context.js';
import { ExplainParts } from './explain.views.js';
import type { ResultCard } from './list-result-cards.js';
import type { Option, SearchOptions } from './list-search-options.js';
import { REMOTE, searchPath, type SearchPageState } from './search.schema.js';
import type { FacetValue, ScoreParts, SearchResult } from './search.types.js';
import type { SearchHelp } from './help-when-nothing-found.js';
import { DidYouMean, WiderArea } from './search-help.views.js';
import { suggestConfig } from './suggest-config.js';
import { PossiblyOutdated } from '../freshness/possibly-outdated.views.js';
import { withFrom } from '../directory/back-to-results.views.js';
import { EmailLink, PhoneLink } from '../directory/parts.views.js';
import { TrayButton } from '../referrals/tray.views.js';
import type { TrayItem } from '../referrals/tray.cookie.js';

const EMPTY_STATE: SearchPageState = { q: '', need: [], support: [], target: [], municipality: '', sort: 'relevance', page: 1 };
/** Needs offered as quick links on the front page. */
const QUICK_NEEDS = ['masennus', 'omaishoito', 'yksinaisyys', 'paihteet', 'muistisairaus', 'talous', 'kriisi', 'syopa'];
const MAX_MUNICIPALITIES_SHOWN = 6;
const FACET_VALUES_SHOWN = 8;

/**
 * The three questions and the keyword, as a plain GET form to /search. Extra chosen values ride along hidden. Within
 * a region's scope (`state.region`, a portal: src/modules/regions) the area lists only the region's municipalities
 * and "Etänä / koko Suomi", and the region's slug rides along.
 */
export function SearchForm({ ctx, options, state, suggest }: { ctx: PageContext; options: SearchOptions; state: SearchPageState; suggest?: boolean }) {
  const { t } = ctx;
  const hidden: [string, string][] = [
    ...state.need.slice(1).map((c): [string, string] => ['need', c]),
    ...state.support.slice(1).map((c): [string, string] => ['support', c]),
    ...state.target.map((c): [string, string] => ['target', c]),
    ...(state.sort !== 'relevance' ? [['sort', state.sort] as [string, string]] : []),
    ...(state.region ? [['region', state.region] as [string, string]] : []),
  ];
  const select = (id: string, name: 'need' | 'support', label: string, any: string, list: Option[]) => (
    <div class="field">
      <label for={id}>{label}</label>
      <select id={id} name={name}>
        <option value="">{any}</option>
        {list.map((o) => (
          <option value={o.code} selected={state[name][0] === o.code}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  return (
    <form class="search-form" role="search" aria-label={t('search.form.label')} method="get" action={ctx.href('/search')}>
      {select('search-need', 'need', t('search.form.need'), t('search.form.anyNeed'), options.need)}
      {select('search-support', 'support', t('search.form.support'), t('search.form.anySupport'), options.support)}
      <div class="field">
        <label for="search-municipality">{t('search.form.area')}</label>
        <select id="search-municipality" name="municipality">
          <option value="">{state.region ? t('search.form.wholeRegion', { region: options.region.name }) : t('search.form.anyArea')}</option>
          <option value={REMOTE} selected={state.municipality === REMOTE}>
            {t('search.form.remote')}
          </option>
          {options.region.municipalities.length > 0 ? (
            <optgroup label={options.region.name}>
              {options.region.municipalities.map((m) => (
                <option value={m.code} selected={state.municipality === m.code}>
                  {m.label}
                </option>
              ))}
            </optgroup>
          ) : null}
          {options.otherMunicipalities.length > 0 ? (
            <optgroup label={t('search.form.otherMunicipalities')}>
              {options.otherMunicipalities.map((m) => (
                <option value={m.code} selected={state.municipality === m.code}>
                  {m.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </div>
      <div class="field">
        <label for="search-q">{t('search.form.q')}</label>
        <p class="hint" id="search-q-hint">
          {t('search.form.qHint')}
        </p>
        <input
          type="search"
          id="search-q"
          name="q"
          value={state.q}
          maxLength={200}
          aria-describedby="search-q-hint"
          autocomplete="off"
          data-suggest={suggest ? suggestConfig(ctx) : undefined}
        />
      </div>
      {hidden.map(([name, value]) => (
        <input type="hidden" name={name} value={value} />
      ))}
      <div class="search-submit">
        <button type="submit">{t('search.form.submit')}</button>
      </div>
    </form>
  );
}

/** `regions`: the regions' portals (src/modules/regions), listed under "Alueet". */
export function FrontPage({ ctx, options, regions = [] }: { ctx: PageContext; options: SearchOptions; regions?: { slug: string; name: string }[] }) {
  const { t } = ctx;
  const quick = QUICK_NEEDS.map((code) => options.need.find((o) => o.code === code)).filter((o): o is Option => o !== undefined);
  return (
    <Layout ctx={ctx} title={t('search.front.title')} description={t('search.front.intro')} script="js/suggest.js">
      <h1>{t('search.front.title')}</h1>
      <p class="search-intro">{t('search.front.intro')}</p>
      <SearchForm ctx={ctx} options={options} state={EMPTY_STATE} suggest />
      {quick.length > 0 ? (
        <section class="search-quick" aria-labelledby="search-quick-title">
          <h2 id="search-quick-title">{t('search.front.quick')}</h2>
          <ul>
            {quick.map((o) => (
              <li>
                <a href={ctx.href(searchPath({ ...EMPTY_STATE, need: [o.code] }))}>{o.label}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={ctx.href('/organisations')}>{t('search.front.browse')}</a>
      </p>
      {regions.length > 0 ? (
        <section class="search-regions" aria-labelledby="search-regions-title">
          <h2 id="search-regions-title">{t('regions.front.title')}</h2>
          <p>{t('regions.front.intro')}</p>
          <ul>
            {regions.map((r) => (
              <li>
                <a href={ctx.href(`/regions/${r.slug}`)}>{r.name}</a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </Layout>
  );
}

interface Chip {
  label: string;
  /** The filter as the collapsed form's summary names it (the keyword in quotes rather than "Hakusana: …"). */
  short: string;
  path: string;
}

/** One chip per chosen filter; each links to the same search without just that filter. */
function chipsOf(ctx: PageContext, options: SearchOptions, state: SearchPageState): Chip[] {
  const chips: Chip[] = [];
  const base = { ...state, page: 1 };
  const label = (list: Option[], code: string) => list.find((o) => o.code === code)?.label ?? code;
  if (state.q) chips.push({ label: ctx.t('search.chips.q', { q: state.q }), short: ctx.t('search.change.q', { q: state.q }), path: searchPath({ ...base, q: '' }) });
  for (const field of ['need', 'support', 'target'] as const) {
    for (const code of state[field]) {
      const name = label(options[field], code);
      chips.push({ label: name, short: name, path: searchPath({ ...base, [field]: state[field].filter((c) => c !== code) }) });
    }
  }
  if (state.municipality) {
    const name =
      state.municipality === REMOTE
        ? ctx.t('search.form.remote')
        : label([...options.region.municipalities, ...options.otherMunicipalities], state.municipality);
    chips.push({ label: name, short: name, path: searchPath({ ...base, municipality: '' }) });
  }
  return chips;
}

function ChipList({ ctx, chips }: { ctx: PageContext; chips: Chip[] }) {
  return (
    <ul class="chips">
      {chips.map((c) => (
        <li>
          <a class="chip" href={ctx.href(c.path)}>
            <span class="visually-hidden">{ctx.t('search.chips.remove')} </span>
            {c.label}
            <span class="chip-x" aria-hidden="true">
              ×
            </span>
          </a>
        </li>
      ))}
    </ul>
  );
}

/**
 * The results page's form. With filters chosen it is folded into a native disclosure (no script needed): the summary
 * "Muuta hakua" names the chosen filters, so that on a phone the first hit shows without scrolling. It stays open when
 * nothing was found, so the search can be changed at once; with nothing chosen it is the plain form.
 */
function ChangeSearch({ ctx, options, state, chips, open }: { ctx: PageContext; options: SearchOptions; state: SearchPageState; chips: Chip[]; open: boolean }) {
  const { t } = ctx;
  if (chips.length === 0) return <SearchForm ctx={ctx} options={options} state={state} />;
  return (
    <details class="search-change" open={open}>
      <summary>
        <span class="search-change-action">{t('search.change.open')}</span>{' '}
        <span class="search-change-chosen">
          {t('search.change.chosen')} {chips.map((c) => c.short).join(', ')}
        </span>
      </summary>
      <SearchForm ctx={ctx} options={options} state={state} />
    </details>
  );
}

/** On paper only: the search made, the date and where to find the same results again. */
function PrintLine({ ctx, chips, today, pageUrl }: { ctx: PageContext; chips: Chip[]; today?: string; pageUrl?: string }) {
  const { t } = ctx;
  const search = chips.length > 0 ? chips.map((c) => c.short).join(', ') : t('search.print.everything');
  return (
    <div class="print-only search-print">
      <p>{t('search.print.made', { search, date: formatDate(today, ctx.lang) })}</p>
      {pageUrl ? <p>{t('search.print.address', { url: pageUrl })}</p> : null}
    </div>
  );
}

function countText(ctx: PageContext, total: number, estimated = false): string {
  if (total === 0) return ctx.t('search.results.countNone');
  if (estimated) return ctx.t('search.results.countAbout', { count: formatNumber(total, ctx.lang) });
  if (total === 1) return ctx.t('search.results.countOne');
  return ctx.t('search.results.count', { count: formatNumber(total, ctx.lang) });
}

/**
 * A name in the language it is shown in: `lang` is set when it differs from the page's (a Finnish name on an sv / en
 * page).
 */
function NameIn({ ctx, text, lang }: { ctx: PageContext; text: string; lang: string }) {
  return lang !== ctx.lang ? <span lang={lang}>{text}</span> : <>{text}</>;
}

/** The tray's ids and a CSRF token: each hit gets "Lisää Tarjottimelle" / "Poista Tarjottimelta" (src/modules/referrals). */
interface TrayProps {
  csrf: string;
  tray: readonly TrayItem[];
}

/** One hit. `from`: these results' path, carried on the links so the card and activity page can link back. */
function Hit({ ctx, card, explain, from, tray }: { ctx: PageContext; card: ResultCard; explain?: ScoreParts; from: string; tray?: TrayProps }) {
  const { t } = ctx;
  const shown = card.municipalities.slice(0, MAX_MUNICIPALITIES_SHOWN);
  const more = card.municipalities.length - shown.length;
  const where: string[] = [];
  if (card.availability !== 'nationwide' && shown.length > 0) where.push(shown.join(', ') + (more > 0 ? ` ${t('search.hit.more', { n: more })}` : ''));
  if (card.nationwide) where.push(t('search.hit.remote'));
  return (
    <li class="hit">
      <h2 class="hit-title">
        <a href={ctx.href(withFrom(`/activities/${card.activityId}`, from))}>
          <NameIn ctx={ctx} text={card.activityName} lang={card.activityNameLang} />
        </a>
      </h2>
      <p class="hit-org">
        <span class="visually-hidden">{t('search.hit.organisation')}: </span>
        <a href={ctx.href(withFrom(`/organisations/${card.organizationId}`, from))}>
          <NameIn ctx={ctx} text={card.organizationName} lang={card.organizationNameLang} />
        </a>
      </p>
      <dl class="hit-facts">
        {where.length > 0 ? (
          <div>
            <dt>{t('search.hit.where')}</dt>
            <dd class={card.availability === 'nationwide' ? 'hit-remote' : undefined}>{where.join(' · ')}</dd>
          </div>
        ) : null}
        {card.supports.length > 0 ? (
          <div>
            <dt>{t('search.hit.support')}</dt>
            <dd>{card.supports.join(', ')}</dd>
          </div>
        ) : null}
        {card.phone ? (
          <div class="hit-contact">
            <dt>{t('search.hit.phone')}</dt>
            <dd>
              <PhoneLink phone={card.phone} />
            </dd>
          </div>
        ) : null}
        {card.email ? (
          <div class="hit-contact">
            <dt>{t('search.hit.email')}</dt>
            <dd>
              <EmailLink email={card.email} />
            </dd>
          </div>
        ) : null}
      </dl>
      {card.lastChecked ? <p class="hit-checked">{t('search.hit.checked', { date: formatDate(card.lastChecked, ctx.lang) })}</p> : null}
      <PossiblyOutdated ctx={ctx} outdated={card.possiblyOutdated} />
      {tray ? (
        <TrayButton ctx={ctx} csrf={tray.csrf} tray={tray.tray} item={{ kind: 'activity', id: card.activityId }} name={<NameIn ctx={ctx} text={card.activityName} lang={card.activityNameLang} />} />
      ) : null}
      {explain ? <ExplainParts ctx={ctx} parts={explain} /> : null}
    </li>
  );
}

function Pagination({
  ctx,
  state,
  total,
  perPage,
  estimated = false,
}: {
  ctx: PageContext;
  state: SearchPageState;
  total: number;
  perPage: number;
  /** The total is an estimate: no link to a "last" page that may not exist, only the pages around this one. */
  estimated?: boolean;
}) {
  const { t } = ctx;
  const last = Math.ceil(total / perPage);
  if (last <= 1 || state.page > last) return null;
  const pages: (number | null)[] = [];
  for (let n = 1; n <= last; n += 1) {
    if (n === 1 || (n === last && !estimated) || Math.abs(n - state.page) <= 2) pages.push(n);
    else if (pages[pages.length - 1] !== null) pages.push(null);
  }
  const link = (n: number) => ctx.href(searchPath({ ...state, page: n }));
  return (
    <nav class="pagination" aria-label={t('pagination.label')}>
      <ul>
        {state.page > 1 ? (
          <li>
            <a href={link(state.page - 1)} rel="prev">
              {t('pagination.previous')}
            </a>
          </li>
        ) : null}
        {pages.map((n) =>
          n === null ? (
            <li aria-hidden="true">…</li>
          ) : (
            <li>
              <a href={link(n)} aria-label={t('pagination.page', { n })} aria-current={n === state.page ? 'page' : undefined}>
                {n}
              </a>
            </li>
          ),
        )}
        {state.page < last ? (
          <li>
            <a href={link(state.page + 1)} rel="next">
              {t('pagination.next')}
            </a>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}

function FacetGroup({
  ctx,
  title,
  values,
  chosen,
  pathFor,
  estimated,
}: {
  ctx: PageContext;
  title: string;
  values: FacetValue[];
  chosen: string[];
  pathFor: (code: string) => string;
  /** The counts are estimates from the index's sample (a broad query): "about 1 600". */
  estimated: boolean;
}) {
  if (values.length === 0) return null;
  const { t } = ctx;
  const count = (n: number) => (estimated ? t('search.facets.about', { n: formatNumber(n, ctx.lang) }) : formatNumber(n, ctx.lang));
  const item = (v: FacetValue) => (
    <li>
      {chosen.includes(v.code) ? (
        <span class="facet-chosen">
          {v.label} <span class="facet-count">({count(v.count)})</span> {t('search.facets.selected')}
        </span>
      ) : (
        <a href={ctx.href(pathFor(v.code))}>
          {v.label} <span class="facet-count">({count(v.count)})</span>
        </a>
      )}
    </li>
  );
  // The biggest values first; the rest behind a native disclosure (works without JavaScript). Chosen ones stay visible.
  const shown = values.filter((v, i) => i < FACET_VALUES_SHOWN || chosen.includes(v.code));
  const rest = values.filter((v) => !shown.includes(v));
  return (
    <div class="facet">
      <h3>{title}</h3>
      <ul>{shown.map(item)}</ul>
      {rest.length > 0 ? (
        <details class="facet-more">
          <summary>{t('search.facets.more', { n: rest.length })}</summary>
          <ul>{rest.map(item)}</ul>
        </details>
      ) : null}
    </div>
  );
}

function Facets({
  ctx,
  state,
  facets,
  estimated,
}: {
  ctx: PageContext;
  state: SearchPageState;
  facets: NonNullable<SearchResult['facets']>;
  estimated: boolean;
}) {
  const { t } = ctx;
  const base = { ...state, page: 1 };
  const municipalityValues: FacetValue[] = [
    ...(facets.nationwide ? [{ code: REMOTE, label: t('search.form.remote'), count: facets.nationwide }] : []),
    ...facets.municipality,
  ];
  return (
    <section class="search-facets" aria-labelledby="search-facets-title">
      <h2 id="search-facets-title">{t('search.facets.title')}</h2>
      <FacetGroup ctx={ctx} title={t('search.facets.need')} values={facets.need} chosen={state.need} pathFor={(c) => searchPath({ ...base, need: [c] })} estimated={estimated} />
      <FacetGroup ctx={ctx} title={t('search.facets.support')} values={facets.support} chosen={state.support} pathFor={(c) => searchPath({ ...base, support: [c] })} estimated={estimated} />
      <FacetGroup ctx={ctx} title={t('search.facets.target')} values={facets.target} chosen={state.target} pathFor={(c) => searchPath({ ...base, target: [c] })} estimated={estimated} />
      <FacetGroup
        ctx={ctx}
        title={t('search.facets.municipality')}
        values={municipalityValues}
        chosen={state.municipality ? [state.municipality] : []}
        pathFor={(c) => searchPath({ ...base, municipality: c })}
        estimated={estimated}
      />
    </section>
  );
}

function SortSwitch({ ctx, state }: { ctx: PageContext; state: SearchPageState }) {
  const { t } = ctx;
  const choices: ['relevance' | 'name', string][] = [
    ['relevance', t('search.sort.relevance')],
    ['name', t('search.sort.name')],
  ];
  return (
    <div class="search-sort">
      <span id="search-sort-label">{t('search.sort.label')}</span>
      <ul aria-labelledby="search-sort-label">
        {choices.map(([sort, label]) => (
          <li>
            <a href={ctx.href(searchPath({ ...state, sort, page: 1 }))} aria-current={state.sort === sort ? 'true' : undefined}>
              {label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

function EmptyState({ ctx, state, chips, help }: { ctx: PageContext; state: SearchPageState; chips: Chip[]; help?: SearchHelp }) {
  const { t } = ctx;
  return (
    <div class="search-empty">
      <h2>{t('search.empty.title')}</h2>
      <WiderArea ctx={ctx} state={state} help={help} level={3} />
      {chips.length > 0 ? (
        <>
          <p>{t('search.empty.removeFilters')}</p>
          <ChipList ctx={ctx} chips={chips} />
        </>
      ) : null}
      <ul>
        {state.q ? <li>{t('search.empty.spelling')}</li> : null}
        <li>
          <a href={ctx.href('/organisations')}>{t('search.empty.browse')}</a>
        </li>
      </ul>
    </div>
  );
}

function hasFacetValues(f: NonNullable<SearchResult['facets']>): boolean {
  return f.need.length + f.support.length + f.target.length + f.municipality.length > 0 || (f.nationwide ?? 0) > 0;
}

export function ResultsPage({
  ctx,
  options,
  state,
  result,
  cards,
  perPage,
  help,
  explain,
  tray,
  crisis,
  today,
  pageUrl,
}: {
  ctx: PageContext;
  options: SearchOptions;
  state: SearchPageState;
  result: SearchResult;
  cards: ResultCard[];
  perPage: number;
  /** The crisis box, above everything else, when the search expresses a crisis (src/modules/crisis). */
  crisis?: CrisisHelp | null;
  /** Did you mean, wider areas (see help-when-nothing-found.ts). */
  help?: SearchHelp;
  /** Show each hit's score parts (administrators with ?explain=1; explain.views.tsx). */
  explain?: boolean;
  /** The tray's ids and a CSRF token: the hits' tray buttons (none without). */
  tray?: TrayProps;
  /** The date in Finland (YYYY-MM-DD) and the page's full address, for the printout's line about the search. */
  today?: string;
  pageUrl?: string;
}) {
  const { t } = ctx;
  const chips = chipsOf(ctx, options, state);
  const heading = countText(ctx, result.total, result.totalEstimated === true);
  return (
    <Layout ctx={ctx} title={`${heading} – ${t('search.results.title')}`} script={tray ? 'js/tray.js' : undefined}>
      {crisis ? <CrisisBox ctx={ctx} help={crisis} /> : null}
      <ChangeSearch ctx={ctx} options={options} state={state} chips={chips} open={result.total === 0} />
      <h1 class="search-count">{heading}</h1>
      {state.region ? (
        <p class="search-region">
          {t('search.region.within', { region: options.region.name })}{' '}
          <a href={ctx.href(`/regions/${state.region}`)}>{t('search.region.portal', { region: options.region.name })}</a>
        </p>
      ) : null}
      <PrintLine ctx={ctx} chips={chips} today={today} pageUrl={pageUrl} />
      {result.approximate && result.total > 0 ? <p class="search-notice">{t('search.results.approximate', { q: state.q })}</p> : null}
      {result.partial && !result.approximate && result.total > 0 ? <p class="search-notice">{t('search.results.partial', { q: state.q })}</p> : null}
      <DidYouMean ctx={ctx} state={state} help={help} />
      {chips.length > 0 && result.total > 0 ? (
        <section class="search-chips" aria-labelledby="search-chips-title">
          <h2 id="search-chips-title" class="visually-hidden">
            {t('search.chips.title')}
          </h2>
          <ChipList ctx={ctx} chips={chips} />
          {chips.length > 1 ? (
            <p class="chips-clear">
              <a href={ctx.href(searchPath({ ...EMPTY_STATE, ...(state.region ? { region: state.region } : {}) }))}>{t('search.chips.clearAll')}</a>
            </p>
          ) : null}
        </section>
      ) : null}
      <div class="search-layout">
        <div class="search-main">
          {result.total === 0 ? (
            <EmptyState ctx={ctx} state={state} chips={chips} help={help} />
          ) : (
            <>
              <SortSwitch ctx={ctx} state={state} />
              {cards.length > 0 ? (
                <ol class="hits" aria-label={t('search.results.list')} start={(state.page - 1) * perPage + 1}>
                  {cards.map((card) => (
                    <Hit
                      ctx={ctx}
                      card={card}
                      from={searchPath(state)}
                      tray={tray}
                      explain={explain ? result.hits.find((h) => h.activityId === card.activityId)?.explain : undefined}
                    />
                  ))}
                </ol>
              ) : (
                <div class="search-empty">
                  <p>{t('search.page.beyond')}</p>
                  <p>
                    <a href={ctx.href(searchPath({ ...state, page: 1 }))}>{t('search.page.first')}</a>
                  </p>
                </div>
              )}
              <Pagination ctx={ctx} state={state} total={result.total} perPage={perPage} estimated={result.totalEstimated === true} />
              <WiderArea ctx={ctx} state={state} help={help} />
            </>
          )}
        </div>
        {result.facets && hasFacetValues(result.facets) ? (
          <Facets ctx={ctx} state={state} facets={result.facets} estimated={result.facetsEstimated === true} />
        ) : null}
      </div>
    </Layout>
  );
}
