/**
 * A horizontal bar chart drawn on the server as SVG (no JavaScript, no inline styles): one row per bar with its
 * label, the bar and the value text at the bar's end. The chart is a picture of the data table the page always shows
 * beside it, which stays the accessible source of the figures. So by default the SVG is hidden from assistive
 * technology (aria-hidden); a page that names its charts passes `described`, and the chart becomes one image
 * (role="img") named by its <title> and <desc> through aria-labelledby.
 *
 * Texts come from the caller: labels, the value text (already formatted in the page's language) or a `format`
 * function for the value. Long labels are shortened in the picture only. Colours and font size come from site.css
 * (`.stats-chart`, `.stats-bar`, `.stats-chart text`); the presentation attributes are the fallback without CSS.
 */

export interface BarChartBar {
  label: string;
  value: number;
  /** The value as shown at the bar's end (e.g. a count and a share); default `format(value)`. */
  text?: string;
}

export interface BarChartProps {
  bars: BarChartBar[];
  /** Formats a value when its bar has no `text` (pass the page's language-aware number formatter). */
  format?: (value: number) => string;
  /** Makes the chart an image named by a title and a description; without it the chart is aria-hidden. */
  described?: { id: string; title: string; description: string };
}

const ROW = 26;
const LABEL_WIDTH = 220;
const BAR_MAX = 250;
const WIDTH = 560;
const MAX_LABEL = 30;

function shortLabel(label: string): string {
  return label.length > MAX_LABEL ? `${label.slice(0, MAX_LABEL - 1)}…` : label;
}

export function BarChart({ bars, format = String, described }: BarChartProps) {
  const max = Math.max(1, ...bars.map((b) => b.value));
  const height = Math.max(1, bars.length) * ROW + 4;
  return (
    <svg
      class="stats-chart"
      role={described ? 'img' : undefined}
      aria-labelledby={described ? `${described.id}-title ${described.id}-desc` : undefined}
      aria-hidden={described ? undefined : 'true'}
      focusable={described ? undefined : 'false'}
      viewBox={`0 0 ${WIDTH} ${height}`}
      width={WIDTH}
      height={height}
      xmlns="http://www.w3.org/2000/svg"
    >
      {described ? <title id={`${described.id}-title`}>{described.title}</title> : null}
      {described ? <desc id={`${described.id}-desc`}>{described.description}</desc> : null}
      {bars.map((b, i) => {
        const y = i * ROW;
        const w = b.value > 0 ? Math.max(2, Math.round((b.value / max) * BAR_MAX)) : 0;
        return (
          <g>
            <text x={LABEL_WIDTH - 8} y={y + 17} text-anchor="end" font-size="13" fill="#1a1a1a" class="stats-chart-label">
              {shortLabel(b.label)}
            </text>
            <rect x={LABEL_WIDTH} y={y + 5} width={w} height={ROW - 8} fill="#1f5f8b" class="stats-bar" />
            <text x={LABEL_WIDTH + w + 6} y={y + 17} font-size="13" fill="#1a1a1a" class="stats-chart-value">
              {b.text ?? format(b.value)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
