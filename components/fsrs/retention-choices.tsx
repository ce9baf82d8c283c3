import { LineChart } from "@/components/charts/line-chart";
import { pct } from "@/components/fsrs/format";
import type { SimResult } from "@/lib/fsrs/retention-sim";

/**
 * What each desired retention would mean for the learner's own cards, simulated. The table
 * is the whole story (and the chart's text alternative); the chart shows the trade-off.
 */
export function RetentionChoices({
  current,
  days,
  cards,
  results,
}: {
  current: number;
  days: number;
  cards: number;
  results: SimResult[];
}) {
  const perDay = (x: number) => x.toFixed(x < 10 ? 1 : 0);
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto">
        <table className="w-full text-sm tabular-nums">
          <caption className="pb-2 text-left text-xs text-zinc-600 dark:text-zinc-400">
            Simulated for your {cards} card{cards === 1 ? "" : "s"} over the next {days} days, with your memory model
            and your new-card limit.
          </caption>
          <thead className="text-left text-xs text-zinc-500 dark:text-zinc-400">
            <tr>
              <th scope="col" className="py-1 font-medium">
                Retention
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Reviews a day (30 d)
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                ({days} d)
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                Recall (30 d)
              </th>
              <th scope="col" className="py-1 text-right font-medium">
                ({days} d)
              </th>
            </tr>
          </thead>
          <tbody>
            {results.map((r) => {
              const mine = Math.abs(r.retention - current) < 0.005;
              return (
                <tr
                  key={r.retention}
                  aria-current={mine ? "true" : undefined}
                  className={`border-t border-zinc-100 dark:border-zinc-800 ${mine ? "font-semibold text-accent-700 dark:text-accent-300" : ""}`}
                >
                  <th scope="row" className="py-1 text-left font-[inherit]">
                    {pct(r.retention)}
                    {mine ? " (yours)" : ""}
                  </th>
                  <td className="py-1 text-right">{perDay(r.reviewsPerDay30)}</td>
                  <td className="py-1 text-right">{perDay(r.reviewsPerDay)}</td>
                  <td className="py-1 text-right">{pct(r.recall30)}</td>
                  <td className="py-1 text-right">{pct(r.recall)}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <LineChart
        title={`Reviews a day over ${days} days at each desired retention`}
        xLabel="desired retention (%)"
        yLabel="reviews a day"
        series={[
          {
            name: `Reviews a day, next ${days} days`,
            points: results.map((r) => ({ x: r.retention * 100, y: r.reviewsPerDay })),
          },
        ]}
        height={160}
      />
      <p className="text-xs text-zinc-500 dark:text-zinc-400">
        Recall is the average chance of remembering one of your started cards on a given day. Each review&apos;s outcome
        is drawn from your memory model, so these are expectations, not promises.
      </p>
    </div>
  );
}
