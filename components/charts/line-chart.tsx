import { formatTick, linear, niceTicks, SERIES_COLORS } from "@/components/charts/scale";

export type Series = { name: string; points: { x: number; y: number }[]; color?: string; dashed?: boolean };

/**
 * A responsive multi-series SVG line chart. Pure markup (no hooks), so it renders on the
 * server or in a client component that re-renders it as data streams in.
 */
export function LineChart({
  series,
  title,
  xLabel,
  yLabel,
  yDomain,
  xDomain,
  xIntegers = false,
  height = 200,
  log = false,
}: {
  series: Series[];
  title: string;
  xLabel?: string;
  yLabel?: string;
  yDomain?: [number, number];
  /** fixed x range (e.g. 1…epochs), so a streaming series grows into its axis instead of rescaling it */
  xDomain?: [number, number];
  /** only whole-number ticks on the x axis (epochs) */
  xIntegers?: boolean;
  height?: number;
  /** log-scale x axis (e.g. parameter counts) */
  log?: boolean;
}) {
  const W = 360;
  const H = height;
  const m = { l: 40, r: 10, t: 10, b: xLabel ? 34 : 22 };
  const tx = (x: number) => (log ? Math.log10(Math.max(x, 1e-12)) : x);
  const all = series.flatMap((s) => s.points);
  const xs = all.map((p) => tx(p.x));
  const ys = all.map((p) => p.y);
  const xDom: [number, number] = xDomain
    ? [tx(xDomain[0]), tx(xDomain[1])]
    : xs.length
      ? [Math.min(...xs), Math.max(...xs)]
      : [0, 1];
  const yDom: [number, number] = yDomain ?? (ys.length ? [Math.min(0, ...ys), Math.max(...ys) || 1] : [0, 1]);
  const x = linear(xDom, [m.l, W - m.r]);
  const y = linear(yDom, [H - m.b, m.t]);
  const xTicks = log
    ? niceTicks(xDom[0], xDom[1], 4).filter(Number.isInteger)
    : niceTicks(xDom[0], xDom[1], 4, xIntegers);
  return (
    <figure className="w-full">
      <svg
        viewBox={`0 0 ${W} ${H}`}
        role="img"
        aria-label={title}
        className="h-auto w-full overflow-visible text-zinc-500"
      >
        {niceTicks(yDom[0], yDom[1], 4).map((t) => (
          <g key={`y${t}`}>
            <line x1={m.l} x2={W - m.r} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.15} />
            <text x={m.l - 4} y={y(t)} fontSize={9} textAnchor="end" dominantBaseline="middle" fill="currentColor">
              {formatTick(t)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <text key={`x${t}`} x={x(t)} y={H - m.b + 12} fontSize={9} textAnchor="middle" fill="currentColor">
            {log ? formatTick(10 ** t) : formatTick(t)}
          </text>
        ))}
        {xLabel ? (
          <text x={(m.l + W - m.r) / 2} y={H - 4} fontSize={9} textAnchor="middle" fill="currentColor">
            {xLabel}
          </text>
        ) : null}
        {yLabel ? (
          <text
            x={10}
            y={m.t + (H - m.b - m.t) / 2}
            fontSize={9}
            textAnchor="middle"
            fill="currentColor"
            transform={`rotate(-90 10 ${m.t + (H - m.b - m.t) / 2})`}
          >
            {yLabel}
          </text>
        ) : null}
        {series.map((s, i) => {
          const color = s.color ?? SERIES_COLORS[i % SERIES_COLORS.length];
          const d = s.points.map((p, j) => `${j ? "L" : "M"}${x(tx(p.x)).toFixed(1)},${y(p.y).toFixed(1)}`).join("");
          return (
            <g key={s.name}>
              <path d={d} fill="none" stroke={color} strokeWidth={2} strokeDasharray={s.dashed ? "4 3" : undefined} />
              {s.points.length === 1 ? (
                <circle cx={x(tx(s.points[0].x))} cy={y(s.points[0].y)} r={3} fill={color} />
              ) : null}
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-1 flex flex-wrap gap-x-3 gap-y-1 text-xs text-zinc-600 dark:text-zinc-400">
        {series.map((s, i) => (
          <span key={s.name} className="inline-flex items-center gap-1">
            <span
              className="inline-block h-0.5 w-4"
              style={{ background: s.color ?? SERIES_COLORS[i % SERIES_COLORS.length] }}
              aria-hidden="true"
            />
            {s.name}
          </span>
        ))}
      </figcaption>
    </figure>
  );
}
