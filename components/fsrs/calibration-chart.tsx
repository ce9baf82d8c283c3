import { LineChart, type Series } from "@/components/charts/line-chart";
import { SERIES_COLORS } from "@/components/charts/scale";
import { loss, pct } from "@/components/fsrs/format";
import type { CalibrationReport, CalibrationSummary } from "@/lib/fsrs/calibration";

/**
 * Predicted recall (binned) against the share of those reviews actually recalled, for the
 * default weights and the weights in use, with log loss and RMSE(bins). The table under it is
 * the chart's text alternative and carries every number the chart draws.
 */
const MIN_REVIEWS = 10;

function points(s: CalibrationSummary) {
  return s.bins.map((b) => ({ x: b.predicted, y: b.measured }));
}

export function CalibrationChart({
  report,
  inUseLabel = "Weights in use",
}: {
  report: CalibrationReport;
  inUseLabel?: string;
}) {
  if (report.reviews < MIN_REVIEWS)
    return (
      <p className="text-sm text-zinc-600 dark:text-zinc-400">
        Not enough to measure yet: {report.reviews} review{report.reviews === 1 ? "" : "s"} with a day or more since the
        card&apos;s last grade (at least {MIN_REVIEWS} needed).
      </p>
    );
  const rows = [{ name: "Default FSRS-6 weights", s: report.default, color: SERIES_COLORS[0] }];
  if (report.inUse) rows.push({ name: inUseLabel, s: report.inUse, color: SERIES_COLORS[1] });
  const all = rows.flatMap((r) => points(r.s));
  const lo = Math.max(0, Math.floor(Math.min(...all.map((p) => Math.min(p.x, p.y))) * 10) / 10);
  const series: Series[] = [
    {
      name: "Perfect calibration",
      points: [
        { x: lo, y: lo },
        { x: 1, y: 1 },
      ],
      color: "#a3a3a3",
      dashed: true,
    },
    ...rows.map((r) => ({ name: r.name, points: points(r.s), color: r.color })),
  ];
  const best = rows.reduce((a, b) => (b.s.metrics.logLoss < a.s.metrics.logLoss ? b : a));
  return (
    <div className="space-y-3">
      <table className="w-full text-sm tabular-nums">
        <caption className="sr-only">Log loss and RMSE(bins), lower is better</caption>
        <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
          <tr>
            <th scope="col" className="py-1 font-medium">
              Weights
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              Log loss
            </th>
            <th scope="col" className="py-1 text-right font-medium">
              RMSE(bins)
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.name} className="border-t border-zinc-100 dark:border-zinc-800">
              <th scope="row" className="py-1 text-left font-normal">
                <span
                  className="mr-1.5 inline-block h-2 w-2 rounded-full"
                  style={{ background: r.color }}
                  aria-hidden="true"
                />
                {r.name}
              </th>
              <td className="py-1 text-right">{loss(r.s.metrics.logLoss)}</td>
              <td className="py-1 text-right">{loss(r.s.metrics.rmseBins)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <LineChart
        series={series}
        title={`Predicted recall against measured recall on ${report.reviews} reviews`}
        xLabel="predicted recall"
        yLabel="measured recall"
        xDomain={[lo, 1]}
        yDomain={[lo, 1]}
        height={220}
      />
      <p className="text-xs text-zinc-600 dark:text-zinc-400">
        {report.reviews.toLocaleString("en")} reviews, grouped by the recall the weights predicted. On the dashed line,
        predictions match what happened.
        {rows.length > 1 ? ` ${best.name} predicted better here (lower log loss).` : ""}
      </p>
      <details className="text-sm">
        <summary className="min-h-11 cursor-pointer py-2 font-medium">The chart as a table</summary>
        {rows.map((r) => (
          <table key={r.name} className="mb-3 w-full text-sm tabular-nums">
            <caption className="py-1 text-left font-medium">{r.name}</caption>
            <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
              <tr>
                <th scope="col" className="font-medium">
                  Predicted
                </th>
                <th scope="col" className="font-medium">
                  Measured
                </th>
                <th scope="col" className="text-right font-medium">
                  Reviews
                </th>
              </tr>
            </thead>
            <tbody>
              {r.s.bins.map((b) => (
                <tr key={b.predicted}>
                  <td>{pct(b.predicted, 1)}</td>
                  <td>{pct(b.measured, 1)}</td>
                  <td className="text-right">{b.reviews}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
      </details>
    </div>
  );
}
