"use client";

import { ChartFrame, useChartWidth, type ReadoutStop } from "@/components/charts/chart-frame";
import {
  CHART_FONT,
  formatAxis,
  formatTick,
  formatValue,
  linear,
  niceTicks,
  SERIES_COLORS,
  textWidth,
  type ValueFormat,
} from "@/components/charts/scale";

export type Series = { name: string; points: { x: number; y: number }[]; color?: string; dashed?: boolean };

/**
 * A responsive multi-series SVG line chart, drawn at its real width so its text stays
 * CHART_FONT px. Re-renders as data streams in; reads out the values at the x under the
 * finger, pointer or keyboard; summarises each series and lists the numbers as a table.
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
  yFormat = "number",
  summary,
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
  /** "percent": y values are fractions, printed as % on the axis, readout and table */
  yFormat?: ValueFormat;
  /** replaces the generated one-line summary (the chart's text alternative) */
  summary?: string;
}) {
  const { ref, width: W } = useChartWidth();
  const H = height;
  const color = (s: Series, i: number) => s.color ?? SERIES_COLORS[i % SERIES_COLORS.length];
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
  const yTicks = niceTicks(yDom[0], yDom[1], Math.max(2, Math.min(5, Math.floor(H / 45))));
  const yTickText = yTicks.map((t) => formatAxis(t, yFormat));
  // The y label sits above the plot, level (a rotated one would not fit a short chart on a phone).
  const m = {
    l: 10 + Math.max(24, ...yTickText.map(textWidth)),
    r: 12,
    t: yLabel ? CHART_FONT + 12 : 8,
    b: CHART_FONT + 10 + (xLabel ? CHART_FONT + 6 : 0),
  };
  const x = linear(xDom, [m.l, W - m.r]);
  const y = linear(yDom, [H - m.b, m.t]);
  const xTickCount = Math.max(2, Math.min(6, Math.floor((W - m.l - m.r) / 64)));
  const xTicks = log
    ? niceTicks(xDom[0], xDom[1], xTickCount).filter(Number.isInteger)
    : niceTicks(xDom[0], xDom[1], xTickCount, xIntegers);
  const xText = (v: number) => (log ? formatTick(10 ** v) : formatTick(v));

  // One readout stop per distinct x, with every series' value there.
  const xValues = [...new Set(all.map((p) => p.x))].sort((a, b) => a - b);
  const stops: ReadoutStop[] = xValues.map((xv) => ({
    px: x(tx(xv)),
    label: `${xLabel ? `${xLabel.replace(/\s*\(.*\)$/, "")} ` : ""}${formatValue(xv)}`,
    values: series.flatMap((s, i) => {
      const p = s.points.find((q) => q.x === xv);
      return p ? [{ name: s.name, color: color(s, i), text: formatValue(p.y, yFormat), py: y(p.y) }] : [];
    }),
  }));
  const generated = series
    .filter((s) => s.points.length)
    .map((s) => {
      const first = s.points[0];
      const last = s.points[s.points.length - 1];
      return s.points.length === 1
        ? `${s.name}: ${formatValue(first.y, yFormat)} at ${formatValue(first.x)}`
        : `${s.name}: ${formatValue(first.y, yFormat)} at ${formatValue(first.x)} to ${formatValue(last.y, yFormat)} at ${formatValue(last.x)}`;
    })
    .join("; ");
  const table = {
    head: [xLabel ?? "x", ...series.map((s) => s.name)],
    rows: stops.map((st, i) => [
      formatValue(xValues[i]),
      ...series.map((s) => st.values.find((v) => v.name === s.name)?.text ?? "—"),
    ]),
  };

  return (
    <ChartFrame
      title={title}
      frameRef={ref}
      stops={stops}
      summary={summary ?? (generated ? `${yLabel ?? "Value"} by ${xLabel ?? "x"}. ${generated}.` : "No data yet.")}
      table={table}
      legend={
        series.length > 1 ? (
          <span className="flex flex-wrap gap-x-3 gap-y-1">
            {series.map((s, i) => (
              <span key={s.name} className="inline-flex items-center gap-1">
                <span className="inline-block h-0.5 w-4" style={{ background: color(s, i) }} aria-hidden="true" />
                {s.name}
              </span>
            ))}
          </span>
        ) : null
      }
    >
      {(active) => (
        <svg
          width={W}
          height={H}
          viewBox={`0 0 ${W} ${H}`}
          aria-hidden="true"
          focusable="false"
          className="block text-zinc-600 dark:text-zinc-400"
        >
          {yTicks.map((t, i) => (
            <g key={`y${t}`}>
              <line x1={m.l} x2={W - m.r} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.15} />
              <text
                x={m.l - 6}
                y={y(t)}
                fontSize={CHART_FONT}
                textAnchor="end"
                dominantBaseline="middle"
                fill="currentColor"
              >
                {yTickText[i]}
              </text>
            </g>
          ))}
          {xTicks.map((t) => (
            <text
              key={`x${t}`}
              x={x(t)}
              y={H - m.b + CHART_FONT + 4}
              fontSize={CHART_FONT}
              textAnchor="middle"
              fill="currentColor"
            >
              {xText(t)}
            </text>
          ))}
          {xLabel ? (
            <text x={(m.l + W - m.r) / 2} y={H - 4} fontSize={CHART_FONT} textAnchor="middle" fill="currentColor">
              {xLabel}
            </text>
          ) : null}
          {yLabel ? (
            <text x={4} y={CHART_FONT} fontSize={CHART_FONT} fill="currentColor">
              {yLabel}
            </text>
          ) : null}
          {series.map((s, i) => {
            const d = s.points.map((p, j) => `${j ? "L" : "M"}${x(tx(p.x)).toFixed(1)},${y(p.y).toFixed(1)}`).join("");
            return (
              <g key={s.name}>
                <path
                  d={d}
                  fill="none"
                  stroke={color(s, i)}
                  strokeWidth={2}
                  strokeDasharray={s.dashed ? "4 3" : undefined}
                />
                {s.points.length <= 12
                  ? s.points.map((p) => <circle key={p.x} cx={x(tx(p.x))} cy={y(p.y)} r={3} fill={color(s, i)} />)
                  : null}
              </g>
            );
          })}
          {active ? (
            <g>
              <line
                x1={active.px}
                x2={active.px}
                y1={m.t}
                y2={H - m.b}
                stroke="currentColor"
                strokeOpacity={0.5}
                strokeDasharray="3 3"
              />
              {active.values.map((v) =>
                v.py === undefined ? null : (
                  <circle key={v.name} cx={active.px} cy={v.py} r={5} fill="white" stroke={v.color} strokeWidth={2.5} />
                ),
              )}
            </g>
          ) : null}
        </svg>
      )}
    </ChartFrame>
  );
}
