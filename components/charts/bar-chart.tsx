"use client";

import { ChartFrame, useChartWidth, type ReadoutStop } from "@/components/charts/chart-frame";
import {
  CHART_FONT,
  formatAxis,
  formatValue,
  linear,
  niceTicks,
  SERIES_COLORS,
  textWidth,
  type ValueFormat,
} from "@/components/charts/scale";

/** `label` goes under the bar (may be ""); `name` is the bar in full for the readout and table ("Mon 28 Nov"); `title` is a whole readout line. */
export type Bar = { label: string; value: number; color?: string; title?: string; name?: string };

/**
 * A responsive vertical bar chart (histograms, per-day counts, forecasts), drawn at its real
 * width so its text stays CHART_FONT px. Labels thin out by themselves when bars get narrow;
 * each bar reads out under the finger, pointer or keyboard, and the bars are a table too.
 */
export function BarChart({
  bars,
  title,
  yLabel,
  xLabel,
  height = 160,
  labelEvery = 1,
  integer = false,
  yFormat = "number",
  summary,
}: {
  bars: Bar[];
  title: string;
  yLabel?: string;
  /** what the bars are along (with its unit), drawn under the axis */
  xLabel?: string;
  height?: number;
  /** label at most every n-th bar (more are skipped when they would collide) */
  labelEvery?: number;
  integer?: boolean;
  yFormat?: ValueFormat;
  /** replaces the generated one-line summary (the chart's text alternative) */
  summary?: string;
}) {
  const { ref, width: W } = useChartWidth();
  const H = height;
  const max = Math.max(yFormat === "percent" ? 0.01 : 1, ...bars.map((b) => b.value));
  const ticks = niceTicks(0, max, Math.max(2, Math.min(4, Math.floor(H / 45)))).filter(
    (t) => !integer || Number.isInteger(t),
  ); // counts: no "0.5 cards" gridline
  const tickText = ticks.map((t) => formatAxis(t, yFormat));
  const m = {
    l: 10 + Math.max(16, ...tickText.map(textWidth)),
    r: 6,
    t: yLabel ? CHART_FONT + 8 : 8,
    b: CHART_FONT + 10 + (xLabel ? CHART_FONT + 6 : 0),
  };
  const y = linear([0, max], [H - m.b, m.t]);
  const band = (W - m.l - m.r) / Math.max(1, bars.length);
  const gap = Math.min(4, band * 0.2);
  // Every n-th label, n large enough that neighbouring labels never overlap.
  const widest = Math.max(0, ...bars.map((b) => textWidth(b.label)));
  const every = Math.max(labelEvery, Math.ceil((widest + 6) / Math.max(1, band)));
  const unit = yLabel ? ` ${yLabel}` : "";
  const stops: ReadoutStop[] = bars.map((b, i) => ({
    px: m.l + i * band + band / 2,
    label: b.name ?? b.title ?? b.label,
    values:
      b.title && !b.name
        ? []
        : [
            {
              name: yLabel ?? "value",
              color: b.color ?? SERIES_COLORS[0],
              text: `${formatValue(b.value, yFormat)}${unit}`,
            },
          ],
  }));
  const top = bars.reduce<Bar | null>((a, b) => (!a || b.value > a.value ? b : a), null);
  const total = bars.reduce((n, b) => n + b.value, 0);
  const generated = bars.length
    ? `${yFormat === "number" ? `${formatValue(total)}${unit} in total over ${bars.length} bars` : `${bars.length} bars`}; highest ${top!.name ?? top!.title ?? top!.label}: ${formatValue(top!.value, yFormat)}${unit}.`
    : "No data.";

  return (
    <ChartFrame
      title={title}
      frameRef={ref}
      stops={stops}
      summary={summary ?? generated}
      table={{
        head: [xLabel ?? "bar", yLabel ?? "value"],
        rows: bars.map((b) => [b.name ?? b.title ?? b.label, formatValue(b.value, yFormat)]),
      }}
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
          {ticks.map((t, i) => (
            <g key={t}>
              <line x1={m.l} x2={W - m.r} y1={y(t)} y2={y(t)} stroke="currentColor" strokeOpacity={0.15} />
              <text
                x={m.l - 5}
                y={y(t)}
                fontSize={CHART_FONT}
                textAnchor="end"
                dominantBaseline="middle"
                fill="currentColor"
              >
                {tickText[i]}
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
                stroke={active === stops[i] ? "currentColor" : undefined}
                strokeWidth={2}
              />
              {i % every === 0 && b.label ? (
                <text
                  x={m.l + i * band + band / 2}
                  y={H - m.b + CHART_FONT + 4}
                  fontSize={CHART_FONT}
                  textAnchor="middle"
                  fill="currentColor"
                >
                  {b.label}
                </text>
              ) : null}
            </g>
          ))}
          {yLabel ? (
            <text x={4} y={CHART_FONT} fontSize={CHART_FONT} fill="currentColor">
              {yLabel}
            </text>
          ) : null}
          {xLabel ? (
            <text x={(m.l + W - m.r) / 2} y={H - 4} fontSize={CHART_FONT} textAnchor="middle" fill="currentColor">
              {xLabel}
            </text>
          ) : null}
        </svg>
      )}
    </ChartFrame>
  );
}
