/**
 * A horizontal bar chart drawn as SVG on the server (no JavaScript, no inline styles: colours come from site.css).
 * It repeats the table beside it, which is the accessible source of the figures: the chart is aria-hidden.
 */
export function BarChart({ rows }: { rows: { label: string; value: number; text: string }[] }) {
  const labelWidth = 170;
  const barWidth = 190;
  const rowHeight = 24;
  const width = labelWidth + barWidth + 50;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const short = (s: string) => (s.length > 26 ? `${s.slice(0, 25)}…` : s);
  return (
    <svg class="stats-chart" viewBox={`0 0 ${width} ${Math.max(1, rows.length) * rowHeight + 4}`} width={width} aria-hidden="true" focusable="false">
      {rows.map((r, i) => {
        const w = r.value > 0 ? Math.max(2, Math.round((r.value / max) * barWidth)) : 0;
        const y = i * rowHeight;
        return (
          <g>
            <text x={labelWidth - 8} y={y + 17} text-anchor="end" class="stats-chart-label">
              {short(r.label)}
            </text>
            <rect x={labelWidth} y={y + 5} width={w} height={rowHeight - 8} class="stats-bar" />
            <text x={labelWidth + w + 6} y={y + 17} class="stats-chart-value">
              {r.text}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
