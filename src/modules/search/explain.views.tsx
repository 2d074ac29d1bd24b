import { formatNumber } from '../../platform/i18n/i18n.js';
import type { PageContext } from '../../platform/views/page-context.js';
import type { ScoreParts } from './search.types.js';

const PARTS = [
  'textRank',
  'literalBonus',
  'nameBonus',
  'taxonomyBonus',
  'coverage',
  'typoPenalty',
  'facetBonus',
  'localityFactor',
  'freshnessFactor',
  'languageFactor',
] as const;

const FACTORS = new Set<string>(['localityFactor', 'freshnessFactor', 'languageFactor']);

/**
 * A hit's score parts on the results page, shown only to signed-in platform and regional administrators who add
 * `?explain=1` (the route decides). Sum of the parts × the factors = the score.
 */
export function ExplainParts({ ctx, parts }: { ctx: PageContext; parts: ScoreParts }) {
  const fmt = (n: number) => formatNumber(Math.round(n * 1000) / 1000, ctx.lang);
  return (
    <details class="hit-explain">
      <summary>{ctx.t('search.explain.summary', { score: fmt(parts.score) })}</summary>
      <dl>
        {PARTS.map((k) => (
          <div>
            <dt>{ctx.t(`search.explain.${k}`)}</dt>
            <dd>{FACTORS.has(k) ? `× ${fmt(parts[k])}` : fmt(parts[k])}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
