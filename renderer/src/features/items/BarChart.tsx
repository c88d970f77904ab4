// A plain SVG bar chart: a chart library would add ~60–200 KB gzipped to the renderer for a
// handful of bars, so the register draws its own.

export type Bar = { label: string; value: number; part?: number }

const ROW = 26
const LABEL = 120
const WIDTH = 520

export function BarChart({
  title,
  bars,
  unit = '件'
}: {
  title: string
  bars: Bar[]
  unit?: string
}) {
  const max = Math.max(1, ...bars.map((b) => b.value))
  const scale = (WIDTH - LABEL - 60) / max
  return (
    <figure className="bar-chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-label={`${title}：${bars.map((b) => `${b.label}${b.value}${unit}`).join('，')}`}
        width={WIDTH}
        height={bars.length * ROW + 4}
      >
        {bars.map((b, i) => (
          <g key={b.label} transform={`translate(0 ${i * ROW})`}>
            <text x={LABEL - 6} y={17} textAnchor="end">
              {b.label}
            </text>
            <rect x={LABEL} y={4} width={b.value * scale} height={18} className="bar-total" />
            {b.part !== undefined && (
              <rect x={LABEL} y={4} width={b.part * scale} height={18} className="bar-part" />
            )}
            <text x={LABEL + b.value * scale + 6} y={17}>
              {b.part !== undefined ? `${b.part}/${b.value}` : b.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  )
}
