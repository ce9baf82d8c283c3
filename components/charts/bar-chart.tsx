import { formatTick, linear, niceTicks, SERIES_COLORS } from "@/components/charts/scale";

export type Bar = { label: string; value: number; color?: string; title?: string };

/** A responsive vertical bar chart (histograms, per-day counts, forecasts). */
export function BarChart({
  bars,
  title,
  yLabel,
  height = 160,
  labelEvery = 1,
  integer = false,
}: {
  bars: Bar[];
  title: string;
  yLabel?: string;
  height?: number;
  labelEvery?: number;
  integer?: boolean;
}) {
  const W = 360;
  const H = height;
  const m = { l: 32, r: 6, t: 8, b: 22 };
  const max = Math.max(1, ...bars.map((b) => b.value));
  const y = linear([0, max], [H - m.b, m.t]);
  const band = (W - m.l - m.r) / Math.max(1, bars.length);
  const gap = Math.min(4, band * 0.2);
  return (
    <figure className="w-full">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title} className="h-auto w-full text-zinc-500">
        {niceTicks(0, max, 3)
          .filter((t) => !integer || Number.isInteger(t)) // counts: no "0.5 cards" gridline
          .map((t) => (
            <g key={t}>
              <line x1={m.l} x2={W - m.r} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.15} />
              <text x={m.l - 4} y={y(t)} fontSize={9} textAnchor="end" dominantBaseline="middle" fill="currentColor">
                {formatTick(t)}
              </text>
            </g>
          ))}
        {bars.map((b, i) => (
          <g key={`${b.label}-${i}`}>
            <rect
              x={m.l + i * band + gap / 2}
              y={y(b.value)}
              width={Math.max(1, band - gap)}
              height={Math.max(0, H - m.b - y(b.value))}
              rx={2}
              fill={b.color ?? SERIES_COLORS[0]}
            >
              <title>{b.title ?? `${b.label}: ${b.value}`}</title>
            </rect>
            {i % labelEvery === 0 ? (
              <text x={m.l + i * band + band / 2} y={H - m.b + 12} fontSize={9} textAnchor="middle" fill="currentColor">
                {b.label}
              </text>
            ) : null}
          </g>
        ))}
        {yLabel ? (
          <text x={m.l} y={m.t - 1} fontSize={9} fill="currentColor">
            {yLabel}
          </text>
        ) : null}
      </svg>
    </figure>
  );
}
